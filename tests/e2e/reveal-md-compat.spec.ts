// A deck shown by reveal.js 6 as reveal-md sets it up (its separators `\r?\n---\r?\n` and
// `\r?\n----\r?\n`, or the front matter's own, its markdown, highlight plugins) and the same deck
// presented in Docent, in the same Chromium: the same slides, notes, fragment steps and highlighted
// code blocks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseDeck } from '../../src/core/deck/parse-deck';
import { startDocentServer } from './support/docent-server';
import { openDeck } from './support/present';

const root = path.resolve(import.meta.dirname, '../..');
// Decks written for reveal-md. (Docent's own decks use `--` between vertical slides, which reveal-md
// does not know; reveal-compat.spec.ts compares those with reveal.js given Docent's separators.)
const decks = ['tests/fixtures/decks/reveal-md-style', 'tests/fixtures/decks/code-and-math'];
/** reveal-md's defaults (lib/defaults.json): reveal.js's markdown plugin gets these as data-separator attributes. */
const revealMdSeparators = { separator: '\\r?\\n---\\r?\\n', verticalSeparator: '\\r?\\n----\\r?\\n' };

interface Counts {
  slides: number;
  notes: number;
  fragments: number;
  highlighted: number;
}

/** Counted the same way in both: leaf sections, their notes, fragments and highlighted code blocks. */
function countShown(): Counts {
  const leaves = Array.from(document.querySelectorAll('.reveal .slides section')).filter((section) => !section.querySelector('section'));
  return {
    slides: leaves.length,
    notes: leaves.filter((section) => section.querySelector('aside.notes')).length,
    fragments: leaves.reduce((sum, section) => sum + section.querySelectorAll('.fragment').length, 0),
    highlighted: leaves.reduce((sum, section) => sum + section.querySelectorAll('pre code.hljs:not(.fragment)').length, 0),
  };
}

async function inRevealJs(page: Page, text: string): Promise<Counts> {
  const deck = parseDeck(text);
  const meta = deck.meta as Record<string, unknown>;
  const body = deck.frontMatter === null ? text : text.replace(/^---\n[\s\S]*?\n---\n/, '');
  await page.setContent('<div class="reveal"><div class="slides"></div></div>');
  for (const script of ['dist/reveal.js', 'dist/plugin/markdown.js', 'dist/plugin/highlight.js']) await page.addScriptTag({ path: path.join(root, 'node_modules/reveal.js', script) });
  const separators = {
    separator: typeof meta.separator === 'string' ? meta.separator : revealMdSeparators.separator,
    verticalSeparator: typeof meta.verticalSeparator === 'string' ? meta.verticalSeparator : revealMdSeparators.verticalSeparator,
    notesSeparator: typeof meta.notesSeparator === 'string' ? meta.notesSeparator : null,
  };
  await page.evaluate(
    async ({ markdown, separators }) => {
      const section = document.createElement('section');
      section.setAttribute('data-markdown', '');
      section.setAttribute('data-separator', separators.separator);
      section.setAttribute('data-separator-vertical', separators.verticalSeparator);
      if (separators.notesSeparator) section.setAttribute('data-separator-notes', separators.notesSeparator);
      const template = document.createElement('textarea');
      template.setAttribute('data-template', '');
      template.textContent = markdown;
      section.append(template);
      document.querySelector('.slides')?.append(section);
      const w = window as unknown as { Reveal: { initialize(o: object): Promise<void> }; RevealMarkdown: unknown; RevealHighlight: unknown };
      await w.Reveal.initialize({ plugins: [w.RevealMarkdown, w.RevealHighlight], hash: false });
    },
    { markdown: body, separators },
  );
  return page.evaluate(countShown);
}

for (const deckPath of decks) {
  test(`reveal.js 6 with reveal-md's defaults and Docent show ${deckPath} alike`, async ({ page, browser }) => {
    const text = readFileSync(path.join(root, deckPath, 'deck.md'), 'utf8');
    const theirs = await inRevealJs(page, text);
    const server = await startDocentServer(deckPath);
    try {
      const docent = await browser.newPage();
      await openDeck(docent, server.url);
      const ours = await docent.evaluate(countShown);
      test.info().annotations.push({ type: 'counts', description: JSON.stringify({ revealJs: theirs, docent: ours }) });
      expect(ours).toEqual(theirs);
      await docent.close();
    } finally {
      await server.stop();
    }
  });
}
