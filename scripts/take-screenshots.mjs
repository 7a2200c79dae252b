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
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
