// Takes the README's screenshots from the running app: `npm run screenshots` (after a build).
// Usage: node scripts/take-screenshots.mjs [deck folder] — writes docs/images/*.png.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const deck = process.argv[2] ?? 'slides/russia-china-north-korea';
const executablePath = [process.env.DOCENT_CHROMIUM, '/usr/bin/chromium'].find((candidate) => candidate && existsSync(candidate));
mkdirSync('docs/images', { recursive: true });

const server = spawn(process.execPath, ['bin/docent.mjs', 'serve', deck, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk) => {
    output += chunk;
    const match = /^(http:\/\/\S+token=\S+)$/m.exec(output);
    if (match) resolve(match[1]);
  });
  server.on('exit', (code) => reject(new Error(`docent serve exited with ${code}`)));
});

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.waitForSelector('html[data-docent-ready="true"]');
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/images/app.png' });
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(900);
  await page.screenshot({ path: 'docs/images/app-slide-2.png' });
  console.log('wrote docs/images/app.png and docs/images/app-slide-2.png');

  // The speaker view beside it, on a slide whose notes quote someone and say to whom (else the one
  // quoting most), with a planned length so pacing shows, and the timer running.
  const speaker = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const speakerUrl = new URL(url);
  speakerUrl.pathname = '/speaker';
  await speaker.goto(speakerUrl.href);
  await speaker.waitForSelector('html[data-docent-ready="true"]');
  const quoted = await page.evaluate(() => {
    // Runs in the page (hence globalThis.document: this file is linted as Node code).
    const slides = Array.from(globalThis.document.querySelectorAll('.reveal .slides > section:not(.stack), .reveal .slides > section.stack > section'));
    const withOutlet = slides.findIndex((slide) => /\(to [^)]+\)/.test(slide.querySelector(':scope > aside.notes blockquote')?.textContent ?? ''));
    const quotes = slides.map((slide) => slide.querySelectorAll(':scope > aside.notes blockquote p').length);
    return (withOutlet >= 0 ? withOutlet : quotes.indexOf(Math.max(...quotes))) + 1;
  });
  for (const digit of String(Math.max(quoted, 2))) await speaker.keyboard.press(digit);
  await speaker.keyboard.press('Enter');
  await speaker.fill('.speaker-planned-minutes', '20');
  await speaker.press('.speaker-planned-minutes', 'Enter');
  await speaker.locator('.speaker-notes-text').click();
  if ((await speaker.textContent('.speaker-timer-toggle')) === 'Start') await speaker.keyboard.press('t');
  await speaker.waitForTimeout(2200);
  await speaker.screenshot({ path: 'docs/images/speaker-view.png' });
  console.log('wrote docs/images/speaker-view.png');
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
