// Decks written for reveal-md, shown by reveal.js 6 as reveal-md sets it up (its separators
// `\r?\n---\r?\n` and `\r?\n----\r?\n`, or the front matter's own, its markdown, highlight, notes and
// math plugins) and presented in Docent, in the same Chromium: the same slides, notes, fragment
// steps, highlighted code blocks, formulas and pictures. reveal-md-corpus.spec.ts does the same for
// real decks.
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startDocentServer } from './support/docent-server';
import { openDeck } from './support/present';
import { presentInRevealJs } from './support/reveal-reference';
import { countShown, picturesSettled } from './support/shown-counts';

const root = path.resolve(import.meta.dirname, '../..');
// Decks written for reveal-md. (Docent's own decks use `--` between vertical slides, which reveal-md
// does not know; reveal-compat.spec.ts compares those with reveal.js given Docent's separators.)
const decks = ['tests/fixtures/decks/reveal-md-style', 'tests/fixtures/decks/code-and-math'];

for (const deckPath of decks) {
  test(`reveal.js 6 with reveal-md's defaults and Docent show ${deckPath} alike`, async ({ browser }) => {
    const theirs = await presentInRevealJs(browser, path.join(root, deckPath), { tool: 'reveal-md' });
    const server = await startDocentServer(deckPath);
    try {
      const docent = await browser.newPage();
      await openDeck(docent, server.url);
      await picturesSettled(docent);
      const ours = await docent.evaluate(countShown);
      test.info().annotations.push({ type: 'counts', description: JSON.stringify({ revealJs: theirs, docent: ours }) });
      expect(ours).toEqual(theirs);
      expect(ours.slides).toBeGreaterThan(1);
      await docent.close();
    } finally {
      await server.stop();
    }
  });
}
