// The floor for any exporter that prints with Chromium: a fresh Node process that launches the same
// Chromium through Playwright (as `docent export` does), loads a page of N trivial 1280×720 pages
// (one line of text each) and prints it with page.pdf. Usage: node bare-chromium-print.mjs <pages> <file.pdf>
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './paths.mjs';

const [count, file] = [Number(process.argv[2]), process.argv[3]];
if (!(count > 0) || !file) throw new Error('usage: bare-chromium-print.mjs <pages> <file.pdf>');
const pages = Array.from({ length: count }, (_, index) => `<section>Page ${index + 1}</section>`).join('');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 1280px 720px; margin: 0 }
body { margin: 0; font: 40px sans-serif }
section { width: 1280px; height: 720px; box-sizing: border-box; padding: 60px; break-after: page }
</style></head><body>${pages}</body></html>`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.setContent(html, { waitUntil: 'load' });
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
} finally {
  await browser.close();
}
