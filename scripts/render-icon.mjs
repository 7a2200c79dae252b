// Renders resources/build/icon.svg to the 1024×1024 icon.png electron-builder makes every
// platform's icons from (.ico, .icns, the Linux sizes): `node scripts/render-icon.mjs`.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const [source = 'resources/build/icon.svg', target = 'resources/build/icon.png'] = process.argv.slice(2);
const svg = readFileSync(source, 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: target, omitBackground: true });
await browser.close();
