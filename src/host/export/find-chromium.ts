// Which Chromium prints PDFs on the command line (and runs the end-to-end tests): Playwright's own
// if installed, else the system's.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { DocentError } from '../../core/errors';

/** undefined means Playwright's own browser; otherwise the path of a system Chromium. */
export function chromiumExecutable(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Not installed: fall through to the system browser.
  }
  for (const candidate of [process.env.DOCENT_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new DocentError('EXPORT_FAILED', 'no Chromium found: install one ("apt-get install -y chromium" on Debian, or "npx playwright install chromium"), or name it in DOCENT_CHROMIUM');
}
