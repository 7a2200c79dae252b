// The PDF export is accessible: tagged by Chromium from the page's accessibility tree, its structure
// read back with poppler (pdfinfo -struct-text), its language and figures' alt text from the
// catalog and structure elements with pdf-lib (a reader here: Chromium wrote the tags).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import { parseDeck } from '../../src/core/deck/parse-deck';
import { slideTitle } from '../../src/core/deck/slide-outline';
import { pdfInfo, runExport } from './support/pdf-pages';

const root = path.resolve(import.meta.dirname, '../..');
const defaultDeck = 'slides/russia-china-north-korea';
const shareDeck = 'tests/fixtures/decks/share';

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'docent-tagged-e2e-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));
test.describe.configure({ mode: 'serial', timeout: 120_000 });

interface StructureLine {
  depth: number;
  text: string;
}

/** poppler's structure tree: one line per element or text, indented by depth. */
function structure(file: string): StructureLine[] {
  const output = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return output.split('\n').flatMap((line) => (line.trim() ? [{ depth: line.length - line.trimStart().length, text: line.trim() }] : []));
}

/** Each heading element (H1…H6) with the text beneath it. */
function headings(lines: StructureLine[]): { level: string; text: string }[] {
  return lines.flatMap((line, index) => {
    const level = /^(H[1-6])\b/.exec(line.text)?.[1];
    if (!level) return [];
    const texts: string[] = [];
    for (const next of lines.slice(index + 1)) {
      if (next.depth <= line.depth) break;
      const quoted = /^"(.*)"$/.exec(next.text)?.[1];
      if (quoted) texts.push(quoted);
    }
    return [{ level, text: texts.join('') }];
  });
}

/**
 * Letters and digits only: Chromium's tagged text drops the space where a heading wraps to a new
 * line ("NEW" / "FERRY" reads "NEWFERRY"), and themes may upper-case headings.
 */
function words(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join('');
}

async function catalogFacts(file: string): Promise<{ language: string | null; figures: string[] }> {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const text = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null);
  const figures: string[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.get(PDFName.of('S')) === PDFName.of('Figure')) figures.push(text(object.get(PDFName.of('Alt'))) ?? '');
  }
  return { language: text(pdf.catalog.get(PDFName.of('Lang'))), figures };
}

async function exportPdf(deck: string, name: string): Promise<{ file: string; titles: (string | null)[] }> {
  const folder = path.join(work, name);
  cpSync(path.join(root, deck), folder, { recursive: true });
  const file = path.join(work, `${name}.pdf`);
  const run = await runExport([folder, '--pdf', file]);
  expect(run.status, run.stderr).toBe(0);
  return { file, titles: parseDeck(readFileSync(path.join(folder, 'deck.md'), 'utf8')).slides.map((slide) => slideTitle(slide)) };
}

test('the fixture deck: tagged, every slide title a heading in order, a list, a table, language, alt text on the picture and the map', async () => {
  const { file, titles } = await exportPdf(shareDeck, 'share');
  expect(pdfInfo(file).Tagged).toBe('yes');
  const lines = structure(file);
  expect(headings(lines).map((heading) => words(heading.text))).toEqual(titles.map((title) => words(title ?? '')));
  expect(headings(lines)[0]?.level).toBe('H1');
  expect(lines.filter((line) => line.text.startsWith('LI')).length).toBe(4);
  expect(lines.filter((line) => /^TH\b/.test(line.text)).length).toBe(3);
  // The slide numbers are decoration, not content.
  expect(lines.some((line) => line.text === '"3"')).toBe(false);
  const { language, figures } = await catalogFacts(file);
  expect(language).toBe('en');
  expect(figures).toContain('The harbour at dawn: blue water, a green shore and a yellow sun');
  expect(figures).toContain('Map: The ferry line. Places: Lisbon, Porto. Arrow from Lisbon to Porto: ferry line.');
});

test('the default deck: every slide title a heading, the map figure naming its places', async () => {
  test.skip(!existsSync(path.join(root, defaultDeck, 'deck.md')), 'the default deck is not generated yet');
  const { file, titles } = await exportPdf(defaultDeck, 'default');
  expect(pdfInfo(file).Tagged).toBe('yes');
  expect(headings(structure(file)).map((heading) => words(heading.text))).toEqual(titles.map((title) => words(title ?? '')));
  const { figures } = await catalogFacts(file);
  const map = figures.find((alt) => alt.startsWith('Map'));
  expect(map).toBeDefined();
  const deckText = readFileSync(path.join(root, defaultDeck, 'deck.md'), 'utf8');
  const places = [...deckText.matchAll(/^ {2}- name: (.+)$/gm)].map((match) => match[1]?.trim() ?? '');
  expect(places.length).toBeGreaterThan(0);
  for (const place of places) expect(map).toContain(place);
});
