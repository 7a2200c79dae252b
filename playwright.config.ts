// End-to-end tests drive the real renderer through the browser host in Chromium: Playwright's own
// Chromium when installed, else the system's (/usr/bin/chromium, Debian's package).
import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './tests/e2e/support/chromium-executable';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    screenshot: 'only-on-failure',
  },
});
