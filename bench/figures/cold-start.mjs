// Figure 2: cold start to the first slide painted. The clock starts when `docent serve` is spawned
// and stops in the animation frame where the first slide has text and a size on screen (Playwright
// polls every frame). The browser is already running, as a user's is; its own launch is reported apart.
// The baseline is the same deck as a plain reveal.js page (its markdown plugin) opened from a file in
// a fresh context of the same browser, timed from opening the page to the same frame.
// Electron: measured the same way through Playwright's Electron driver where an Electron binary exists.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { _electron as electron } from 'playwright-core';
import { deckSlides, revealPageOfDeck, writeDocentDeck, writeRevealPage } from '../fixtures/make-deck.mjs';
import { firstSlidePaintedAt, launchChromium, newDeckPage } from '../lib/browser.mjs';
import { startDocentServe } from '../lib/docent-serve.mjs';
import { app, defaultDeck, repoRoot } from '../lib/paths.mjs';
import { summarize } from '../lib/stats.mjs';

export const id = 'cold-start';
export const title = 'Cold start to first slide';

async function browserHostOnce(browser, deckFolder) {
  const page = await newDeckPage(browser);
  const spawnedAt = Date.now();
  const server = await startDocentServe(deckFolder);
  try {
    const openedAt = Date.now();
    await page.goto(server.url, { waitUntil: 'commit' });
    const paintedAt = await firstSlidePaintedAt(page);
    return { totalMs: paintedAt - spawnedAt, serverMs: server.urlAt - server.startedAt, pageMs: paintedAt - openedAt };
  } finally {
    await page.context().close();
    await server.stop();
  }
}

/** The baseline: the same deck as a plain reveal.js page opened from a file, in a fresh context of the same browser. */
async function revealPageOnce(browser, pageFile) {
  const page = await newDeckPage(browser);
  try {
    const openedAt = Date.now();
    await page.goto(pathToFileURL(pageFile).href, { waitUntil: 'commit' });
    const paintedAt = await firstSlidePaintedAt(page);
    return { pageMs: paintedAt - openedAt };
  } finally {
    await page.context().close();
  }
}

function electronBinary() {
  const pathFile = path.join(repoRoot, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(repoRoot, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

async function electronOnce(binary, deckFolder) {
  const launchedAt = Date.now();
  const electronApp = await electron.launch({ executablePath: binary, args: [app.main, deckFolder], cwd: repoRoot });
  try {
    const window = await electronApp.firstWindow();
    const paintedAt = await firstSlidePaintedAt(window);
    return { totalMs: paintedAt - launchedAt };
  } finally {
    await electronApp.close();
  }
}

export async function run({ quick, runs, scratch, log }) {
  const slides200 = deckSlides(200, { maps: 2 });
  const allDecks = [
    { name: 'default deck (slides/russia-china-north-korea)', folder: defaultDeck, revealPage: revealPageOfDeck(defaultDeck, path.join(scratch, 'cold-start-default-reveal')) },
    {
      name: '200 slides, 2 maps',
      folder: writeDocentDeck(path.join(scratch, 'cold-start-200'), slides200, 'Cold start, 200 slides'),
      // reveal.js cannot draw a map: its page shows the same slides with the map blocks as code.
      revealPage: writeRevealPage(path.join(scratch, 'cold-start-200-reveal/index.html'), slides200, 'Cold start, 200 slides'),
    },
  ];
  const decks = quick ? allDecks.slice(0, 1) : allDecks;
  const launchStarted = performance.now();
  const browser = await launchChromium();
  const browserLaunchMs = performance.now() - launchStarted;
  const rows = [];
  try {
    for (const deck of decks) {
      // Untimed: fills the file cache for both.
      await browserHostOnce(browser, deck.folder);
      await revealPageOnce(browser, deck.revealPage);
      const samples = [];
      const reveal = [];
      // Interleaved, so a busy moment of the machine falls on both.
      for (let index = 0; index < runs; index += 1) {
        samples.push(await browserHostOnce(browser, deck.folder));
        reveal.push(await revealPageOnce(browser, deck.revealPage));
      }
      const row = {
        deck: deck.name,
        totalMs: summarize(samples.map((sample) => sample.totalMs)),
        serverMs: summarize(samples.map((sample) => sample.serverMs)),
        pageMs: summarize(samples.map((sample) => sample.pageMs)),
        revealMs: summarize(reveal.map((sample) => sample.pageMs)),
      };
      rows.push(row);
      log(`cold start, browser host, ${deck.name}: ${row.totalMs.median.toFixed(0)} ms from spawn, ${row.pageMs.median.toFixed(0)} ms from opening the page; plain reveal.js page from a file ${row.revealMs.median.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
  }
  const binary = electronBinary();
  let electronRows = null;
  const electronSkipped = binary ? null : 'no Electron binary on this machine (node_modules/electron was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1; the binary cannot be downloaded here)';
  if (binary) {
    electronRows = [];
    for (const deck of decks) {
      const samples = [];
      for (let index = 0; index < runs; index += 1) samples.push(await electronOnce(binary, deck.folder));
      electronRows.push({ deck: deck.name, totalMs: summarize(samples.map((sample) => sample.totalMs)) });
    }
  }
  return { rows, browserLaunchMs, electronRows, electronSkipped };
}
