// Which Chromium the end-to-end tests use: Playwright's own if installed, else the system's.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumExecutable(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined; // Playwright's default
  } catch {
    // Not installed: fall through to the system browser.
  }
  for (const candidate of [process.env.DOCENT_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error('No Chromium for the end-to-end tests: install one ("apt-get install -y chromium" on Debian, or "npx playwright install chromium").');
}
