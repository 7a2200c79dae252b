// The time-budget suite of the second security review (issue 19): each parser and analysis stage
// is fed the hostile shapes that froze Docent and generated worst cases of about a megabyte, and
// must finish within a generous ceiling. The ceilings are not speed targets (npm run bench measures
// speed): each is far above what the stage takes on a loaded machine and far below what the old
// quadratic code took (minutes to hours at this size), so only an algorithm that is linear, or
// bounded per line, sentence or attribute, passes.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/core/analysis/analyze-document';
import { splitSentences } from '../../../src/core/analysis/split-sentences';
import { parseDeck } from '../../../src/core/deck/parse-deck';
import { parseFrontMatter } from '../../../src/core/deck/parse-front-matter';
import { extractSlideAttributes, markElementAttributes, parseAttributeList } from '../../../src/core/deck/slide-attributes';
import { parseDocumentText } from '../../../src/core/document/read-document';
import { DocentError } from '../../../src/core/errors';
import { generateDeckMarkdown } from '../../../src/core/generate/generate-deck';
import { parseMapBlock } from '../../../src/core/map/parse-map-block';
import { renderSlide } from '../../../src/core/deck/render-markdown';
import { maxEmphasisRuns } from '../../../src/core/deck/emphasis-budget';
import type { Gazetteer } from '../../../src/core/places/gazetteer';
import { gazetteer } from '../../../src/host/offline-gazetteer';
import { readAttribution } from '../../../src/core/notes/quote-notes';

const megabyte = 1_000_000;
/** Parsers of one deck or line: linear at a megabyte takes well under a second. */
const parserCeilingMs = 15_000;
/** The whole analysis of a one-megabyte document (the NLP library is slow but now bounded). */
const analysisCeilingMs = 120_000;

const fill = (unit: string, size = megabyte): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Runs `work`; it may return or throw a DocentError, and must end within `ceilingMs`. */
function withinBudget(ceilingMs: number, work: () => unknown): void {
  const started = performance.now();
  try {
    work();
  } catch (error) {
    if (!(error instanceof DocentError)) throw error;
  }
  expect(performance.now() - started).toBeLessThan(ceilingMs);
}

describe('deck parsers at a megabyte', () => {
  const shapes: Record<string, () => unknown> = {
    'front matter of 80,000 keys (the YAML duplicate-key check was quadratic)': () =>
      parseDeck(`---\n${Array.from({ length: 80_000 }, (_, i) => `k${i}: v`).join('\n')}\n---\n# x\n`),
    'front matter just under its cap, with a repeated key at the end': () =>
      expect(() => parseFrontMatter(`${Array.from({ length: 6_000 }, (_, i) => `k${i}: v`).join('\n')}\nk1: again\n`, 2)).toThrow(/unique/),
    'a map block of 80,000 keys': () => parseMapBlock(Array.from({ length: 80_000 }, (_, i) => `k${i}: v`).join('\n'), 1),
    'slide separators': () => parseDeck(fill('a\n\n---\n\n')),
    'vertical separators': () => parseDeck(fill('a\n\n--\n\n')),
    'unclosed fences': () => parseDeck(fill('```\na\n~~~\n')),
    'map fences': () => parseDeck(fill('```map\nplaces: [a]\n')),
    'notes markers': () => parseDeck(fill('Note: a\n')),
    'a long word inside a .slide comment (300 KB froze a view for a minute)': () => extractSlideAttributes(`# t\n\n<!-- .slide: ${fill('a')} -->\n`),
    'unclosed .slide comments': () => extractSlideAttributes(fill('<!-- .slide: ')),
    'unclosed .element comments': () => markElementAttributes(fill('<!-- .element: class=')),
    'an attribute list of one long word': () => parseAttributeList(fill('a')),
    'an attribute list of names without values': () => parseAttributeList(fill('a-b:c ')),
    'a notes attribution padded with Unicode spaces (150,000 froze the speaker view)': () => readAttribution(`— A${'\u2003'.repeat(150_000)}· reported`),
    // marked is quadratic in emphasis delimiter runs (10 KB took 6 s): past the budget a slide is its text.
    'markdown rendering of emphasis delimiters (*a_*a_…)': () => renderSlide(fill('*a_'), fill('_a*')),
    'markdown rendering of a slide just under the emphasis budget': () => renderSlide('*a_'.repeat(maxEmphasisRuns / 2 - 1), null),
    'markdown rendering of strikethrough and autolinks': () => renderSlide(fill('~a www.a '), null),
    'a megabyte attribution of separators and parentheses': () => readAttribution(`A${fill('\u2003 ·(to ')}`),
  };
  for (const [name, work] of Object.entries(shapes)) it(name, () => withinBudget(parserCeilingMs, work), 60_000);
});

describe('document readers at a megabyte', () => {
  const shapes: Record<string, () => unknown> = {
    'HTML of unclosed <svg': () => parseDocumentText('x.html', fill('<svg '), 'html'),
    'HTML of nested <div>': () => parseDocumentText('x.html', fill('<div>'), 'html'),
    'HTML of unclosed comments': () => parseDocumentText('x.html', fill('<!--'), 'html'),
    'markdown of headings, quotes and open links': () => parseDocumentText('x.md', fill('# a\n> [b]('), 'markdown'),
    'text of carriage returns': () => parseDocumentText('x.txt', fill('a\r'), 'text'),
    // Found while making the readers linear: each took minutes to hours at this size before.
    'HTML of unclosed start tags (<p <p …)': () => parseDocumentText('x.html', fill('<p '), 'html'),
    'HTML of a paragraph of < with no >': () => parseDocumentText('x.html', `<p>${fill('<')}</p>`, 'html'),
    'HTML of unclosed <head and <title': () => parseDocumentText('x.html', fill('<head<title>'), 'html'),
    'HTML of closing bold tags in a paragraph': () => parseDocumentText('x.html', `<p><b>${fill('</b> ')}</p>`, 'html'),
    'markdown of open brackets': () => parseDocumentText('x.md', fill('['), 'markdown'),
    'markdown of unclosed strong emphasis': () => parseDocumentText('x.md', fill('**a '), 'markdown'),
    'markdown of unclosed emphasis': () => parseDocumentText('x.md', fill(' *a'), 'markdown'),
    'markdown of a heading with a long run of spaces inside': () => parseDocumentText('x.md', `# a${' '.repeat(megabyte)}x\n\nA paragraph.\n`, 'markdown'),
    'markdown front matter with a long run of spaces inside a value': () => parseDocumentText('x.md', `---\ntitle: a${' '.repeat(megabyte)}b\n---\n\nA paragraph.\n`, 'markdown'),
    'sentences of abbreviations ("Mr. Mr. …")': () => splitSentences(fill('Mr. ')),
    'sentences of periods and capitals': () => splitSentences(fill('A. b. ')),
  };
  for (const [name, work] of Object.entries(shapes)) it(name, () => withinBudget(parserCeilingMs, work), 60_000);
});

describe('analysis and generation of a hostile megabyte', () => {
  let places: Gazetteer;
  beforeAll(() => {
    places = gazetteer();
  }, 120_000);
  // The shapes the review timed: 100–200 KB of each took from 20 s to 5 minutes.
  const shapes: Record<string, string> = {
    'comma lists ("a, a, a, …")': fill('a, '),
    'unclosed curly quotes': `The mayor said ${fill('“')}`,
    'a paragraph of ‹': `A sentence with ‹ ${fill('‹')}`,
    'runs of honorifics ("Mr. Mr. …")': `${fill('Mr. ')} Smith said it.`,
    'one run of capitalised words': `${fill('Aa ')} said.`,
    'compass phrases in one sentence': fill('the far north of Aa, '),
  };
  for (const [name, body] of Object.entries(shapes)) {
    it(name, () => withinBudget(analysisCeilingMs, () => generateDeckMarkdown(analyzeDocument(parseDocumentText('x.txt', `Title\n\n${body}\n`, 'text'), places))), 240_000);
  }
});
