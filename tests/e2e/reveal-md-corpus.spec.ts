// The corpus of real reveal-md and reveal.js markdown decks (tests/fixtures/reveal-md-decks, sources
// and licences in SOURCES.md), each presented by reveal.js as its tool set it up and by Docent, in
// the same Chromium: the same slides, notes, fragment steps, highlighted code blocks, typeset
// formulas and loaded pictures. One test, the decks side by side in pages of one browser.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startDocentServer } from './support/docent-server';
import { openDeck } from './support/present';
import { presentInRevealJs, type ReferenceSetup } from './support/reveal-reference';
import { countShown, picturesSettled, type ShownCounts } from './support/shown-counts';

const corpus = 'tests/fixtures/reveal-md-decks';
const root = path.resolve(import.meta.dirname, '../..');
/**
 * Each deck with how its author presented it. `docentDiffers` pins a known difference (its reason and
 * the counts Docent shows instead), so the difference stays exactly what the README says it is.
 */
interface CorpusDeck extends ReferenceSetup {
  folder: string;
  docentDiffers?: { why: string } & Partial<ShownCounts>;
}
const decks = JSON.parse(readFileSync(path.join(root, corpus, 'decks.json'), 'utf8')) as CorpusDeck[];
/** Decks compared at once: each is a `docent serve` process and two pages. */
const atOnce = 3;

/** `docent import <page> --out <new folder>`, the real command line; returns the deck folder. */
function importPage(page: string): string {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'docent-import-')), 'deck');
  execFileSync(process.execPath, [path.join(root, 'bin/docent.mjs'), 'import', page, '--out', out], { stdio: 'pipe' });
  return out;
}

test('the corpus has at least 15 real decks', () => {
  expect(decks.length).toBeGreaterThanOrEqual(15);
});

test('reveal.js and Docent show every deck of the corpus alike', async ({ browser }) => {
  test.setTimeout(decks.length * 20_000);
  const results: Array<{ deck: CorpusDeck; revealJs: ShownCounts; docent: ShownCounts }> = [];
  const queue = [...decks];
  const worker = async (): Promise<void> => {
    for (let deck = queue.shift(); deck; deck = queue.shift()) {
      const folder = path.join(corpus, deck.folder);
      const revealJs = await presentInRevealJs(browser, path.join(root, folder), deck);
      // A reveal-md deck opens as it is; a reveal.js page is imported first, as a user would (`docent import`).
      const imported = deck.tool === 'reveal.js' ? importPage(path.join(root, folder, deck.html ?? 'index.html')) : null;
      const server = await startDocentServer(imported ?? folder);
      try {
        const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
        const page = await context.newPage();
        await openDeck(page, server.url);
        await picturesSettled(page);
        results.push({ deck, revealJs, docent: await page.evaluate(countShown) });
        await context.close();
      } finally {
        await server.stop();
        if (imported) rmSync(path.dirname(imported), { recursive: true, force: true });
      }
    }
  };
  await Promise.all(Array.from({ length: atOnce }, worker));
  results.sort((a, b) => a.deck.folder.localeCompare(b.deck.folder));
  for (const { deck, revealJs, docent } of results) {
    test.info().annotations.push({ type: deck.folder, description: JSON.stringify({ revealJs, docent }) });
    const { why, ...instead } = deck.docentDiffers ?? { why: '' };
    expect.soft(docent, `${deck.folder}${why ? ` (${why})` : ''}`).toEqual({ ...revealJs, ...instead });
    if (why) expect.soft(docent, `${deck.folder} still differs`).not.toEqual(revealJs);
  }
  expect(results.length).toBe(decks.length);
});
