// `docent export` end to end: the real command line prints the real /print view with Chromium, and
// every check reopens the PDF as a user's tools would (pdf-lib, poppler's pdfinfo, pdftotext and
// pdftoppm). Nothing is compared with a stored file: counts, sizes, text and pixels are read back.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { parseDeck } from '../../src/core/deck/parse-deck';
import { slideTitle } from '../../src/core/deck/slide-outline';
import type { Deck } from '../../src/core/deck/deck-model';
import { readOutline } from '../../src/host/export/pdf-outline';
import { hexToRgb, pageImage, pageText, pdfInfo, pixelsNear, readPdf, runExport } from './support/pdf-pages';

const root = path.resolve(import.meta.dirname, '../..');
const defaultDeck = 'slides/russia-china-north-korea';
const basicDeck = 'tests/fixtures/decks/basic';
const mapDeck = 'tests/fixtures/decks/map-basic';
/** The map style's defaults (src/renderer/map/map-style.ts). */
const mapColours = { sea: '#cfdde8', highlight: '#f0b45a', place: '#1f3a5f', event: '#c0392b' };

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'docent-export-e2e-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));
test.describe.configure({ mode: 'serial', timeout: 120_000 });

/** A copy of a deck in the repository, so the test may change it and the generator may not. */
function copyDeck(deck: string, name: string, edit?: (text: string) => string): { folder: string; deck: Deck } {
  const folder = path.join(work, name);
  cpSync(path.join(root, deck), folder, { recursive: true });
  const file = path.join(folder, 'deck.md');
  if (edit) writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return { folder, deck: parseDeck(readFileSync(file, 'utf8')) };
}

/** A deck written here for what it pins: fragments, quotes with their speakers, an author. */
function writeDeck(name: string, text: string): { folder: string; deck: Deck } {
  const folder = path.join(work, name);
  cpSync(path.join(root, basicDeck), folder, { recursive: true });
  writeFileSync(path.join(folder, 'deck.md'), text);
  return { folder, deck: parseDeck(text) };
}

async function exportPdf(folder: string, name: string, flags: string[] = []): Promise<{ file: string; pdf: PDFDocument; stderr: string }> {
  const file = path.join(work, `${name}.pdf`);
  const run = await runExport([folder, '--pdf', file, ...flags]);
  expect(run.stderr, run.stderr).toMatch(/100% Exported/);
  expect(run.status).toBe(0);
  expect(run.stdout.trim()).toBe(file);
  return { file, pdf: await PDFDocument.load(readPdf(file), { updateMetadata: false }), stderr: run.stderr };
}

/** Words as pdftotext gives them (themes may upper-case headings), for comparing text. */
function words(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

function plainNotes(markdown: string): string {
  return markdown.replace(/^>\s?/gm, '').replace(/[*_`]/g, '');
}

function expectSixteenByNine(pdf: PDFDocument): void {
  for (const page of pdf.getPages()) {
    const { width, height } = page.getSize();
    expect(width / height).toBeCloseTo(16 / 9, 2);
  }
}

/** The slides the exporter warned are cut off at the bottom (their content is taller than the slide). */
function cutOffSlides(stderr: string): Set<number> {
  return new Set([...stderr.matchAll(/warning: slide (\d+) .* cut off/g)].map((match) => Number(match[1])));
}

function expectTitlesOnTheirPages(file: string, deck: Deck, pageOfSlide: (slide: number) => number, cutOff = new Set<number>()): void {
  deck.slides.forEach((slide, index) => {
    const title = slideTitle(slide);
    if (!title) return;
    const text = words(pageText(file, pageOfSlide(index + 1)));
    if (!cutOff.has(index + 1)) return void expect(text, `slide ${index + 1}`).toContain(words(title));
    // Printed as presented, so a title taller than the slide is cut: its start must still be there.
    test.info().annotations.push({ type: 'cut off', description: `slide ${index + 1} is taller than the slide: "${title}"` });
    expect(text, `slide ${index + 1}`).toContain(words(title).split(' ').slice(0, 6).join(' '));
  });
}

function slidesWithNotes(deck: Deck): number {
  return deck.slides.filter((slide) => slide.notes?.trim()).length;
}

/** Checks the map page, rendered at 96 dpi (1280×720): a sea-coloured map area holding the highlight colour and markers. */
function expectMapDrawn(file: string, page: number, screenshot: string): void {
  const image = pageImage(file, page, 96, test.info().outputPath(screenshot));
  const sea = pixelsNear(image, hexToRgb(mapColours.sea), 6);
  expect(sea.box, 'the map area (sea colour)').not.toBeNull();
  const area = sea.box ?? { left: 0, top: 0, right: 0, bottom: 0 };
  expect(area.right - area.left).toBeGreaterThan(image.width * 0.4);
  expect(area.bottom - area.top).toBeGreaterThan(image.height * 0.3);
  const areaPixels = (area.right - area.left) * (area.bottom - area.top);
  const highlight = pixelsNear(image, hexToRgb(mapColours.highlight), 12, area);
  expect(highlight.count / areaPixels, 'share of the map painted in the highlight colour').toBeGreaterThan(0.01);
  const markers = pixelsNear(image, hexToRgb(mapColours.place), 20, area).count + pixelsNear(image, hexToRgb(mapColours.event), 20, area).count;
  expect(markers, 'marker pixels in the map area').toBeGreaterThan(30);
}

function mapSlides(deck: Deck): number[] {
  return deck.slides.flatMap((slide, index) => (/^```map\s*$/m.test(slide.content) ? [index + 1] : []));
}

test('the default deck: one 16:9 page per slide, titles on their pages, metadata, outline, the map drawn', async () => {
  test.skip(!existsSync(path.join(root, defaultDeck, 'deck.md')), 'the default deck is not generated yet');
  const { folder, deck } = copyDeck(defaultDeck, 'default');
  const { file, pdf, stderr } = await exportPdf(folder, 'default');
  expect(pdf.getPageCount()).toBe(deck.slides.length);
  expectSixteenByNine(pdf);
  expect(pdfInfo(file)['Page size']).toBe('960 x 540 pts');
  expectTitlesOnTheirPages(file, deck, (slide) => slide, cutOffSlides(stderr));
  expect(pdf.getTitle()).toBe(deck.meta.title);
  expect(readOutline(pdf).map((entry) => entry.pageIndex)).toEqual(deck.slides.map((_slide, index) => index));
  const maps = mapSlides(deck);
  expect(maps.length).toBeGreaterThan(0);
  for (const slide of maps) {
    // A map block the map plugin refuses prints its error box instead (as it presents); that is the deck's bug, not the export's.
    const refused = /deck\.md, line \d+ map block: .*/.exec(pageText(file, slide))?.[0];
    test.fixme(refused !== undefined, `the default deck's map on slide ${slide} shows an error: ${refused ?? ''}`);
    expectMapDrawn(file, slide, `default-map-slide-${slide}.png`);
  }
});

test('the default deck with --notes: a notes page after each slide with notes, holding its quotes and speakers', async () => {
  test.skip(!existsSync(path.join(root, defaultDeck, 'deck.md')), 'the default deck is not generated yet');
  const { folder, deck } = copyDeck(defaultDeck, 'default-notes');
  const { file, pdf, stderr } = await exportPdf(folder, 'default-notes', ['--notes']);
  const cutOff = cutOffSlides(stderr);
  expect(pdf.getPageCount()).toBe(deck.slides.length + slidesWithNotes(deck));
  expectSixteenByNine(pdf);
  let page = 0;
  for (const [index, slide] of deck.slides.entries()) {
    page += 1;
    const title = slideTitle(slide);
    if (title && !cutOff.has(index + 1)) expect(words(pageText(file, page))).toContain(words(title));
    if (!slide.notes?.trim()) continue;
    page += 1;
    const text = words(pageText(file, page));
    expect(text, `notes page of slide ${index + 1}`).toContain(words(`Notes slide ${index + 1}`));
    // Every quote and its speaker, as the notes say them.
    for (const line of plainNotes(slide.notes).split('\n').filter((each) => each.trim())) expect(text, `notes page of slide ${index + 1}`).toContain(words(line));
  }
  expect(page).toBe(pdf.getPageCount());
});

test('the basic deck: slide count, titles, title and author metadata, outline with the slide titles', async () => {
  const { folder, deck } = copyDeck(basicDeck, 'basic', (text) => text.replace('title: A basic deck\n', 'title: A basic deck\nauthor: Grace Hopper\n'));
  const { file, pdf } = await exportPdf(folder, 'basic');
  expect(pdf.getPageCount()).toBe(5);
  expect(pdf.getPageCount()).toBe(deck.slides.length);
  expectSixteenByNine(pdf);
  expectTitlesOnTheirPages(file, deck, (slide) => slide);
  const info = pdfInfo(file);
  expect(info.Title).toBe('A basic deck');
  expect(info.Author).toBe('Grace Hopper');
  expect(info.Subject).toBe('Written by hand for the tests');
  expect(readOutline(pdf)).toEqual(deck.slides.map((slide, index) => ({ title: `${index + 1}. ${slideTitle(slide)}`, pageIndex: index })));
  // Exactly as presented: the theme's white background, no browser header or footer.
  const first = pageImage(file, 1, 24);
  expect(pixelsNear(first, [255, 255, 255], 3).count / (first.width * first.height)).toBeGreaterThan(0.9);
  expect(words(pageText(file, 1))).not.toMatch(/127 0 0 1|print|docent/);
  // The theme's fonts travel with the PDF.
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim());
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font, 'embedded').toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
});

const fragmentsDeck = `---
title: Fragments and quotes
author: Ada Lovelace
theme: black
---

# Fragments and quotes

---

## Three steps

- first <!-- .element: class="fragment" -->
- second <!-- .element: class="fragment" -->
- third <!-- .element: class="fragment" -->

Note:
> “We will not be moved,” the minister said. — **Sergei Lavrov**

> “Cooperation is deepening.” — **Wang Yi**

---

## No notes here

Plain slide.
`;

test('--fragments: one page per fragment step, each showing one more item', async () => {
  const { folder } = writeDeck('fragments', fragmentsDeck);
  const { file, pdf } = await exportPdf(folder, 'fragments', ['--fragments']);
  expect(pdf.getPageCount()).toBe(1 + (1 + 3) + 1);
  // The black theme's background is printed on every slide page.
  const first = pageImage(file, 1, 24);
  expect(pixelsNear(first, [25, 25, 25], 12).count / (first.width * first.height)).toBeGreaterThan(0.9);
  const steps = [2, 3, 4, 5].map((page) => words(pageText(file, page)));
  expect(steps.map((text) => ['first', 'second', 'third'].filter((item) => text.includes(item)))).toEqual([[], ['first'], ['first', 'second'], ['first', 'second', 'third']]);
  expect(readOutline(pdf).map((entry) => entry.pageIndex)).toEqual([0, 1, 5]);
});

test('--notes with --fragments: the notes page follows the last step; quotes keep their speakers', async () => {
  const { folder } = writeDeck('fragments-notes', fragmentsDeck);
  const { file, pdf } = await exportPdf(folder, 'fragments-notes', ['--notes', '--fragments']);
  expect(pdf.getPageCount()).toBe(1 + 4 + 1 + 1);
  const notes = pageText(file, 6);
  expect(notes).toContain('“We will not be moved,” the minister said. — Sergei Lavrov');
  expect(notes).toContain('“Cooperation is deepening.” — Wang Yi');
  expect(words(pageText(file, 7))).toContain('no notes here');
});

test('--handout: one portrait A4 (or Letter) page per slide with the slide and its notes', async () => {
  const { folder } = writeDeck('handout', fragmentsDeck);
  const a4 = await exportPdf(folder, 'handout', ['--handout']);
  expect(a4.pdf.getPageCount()).toBe(3);
  expect(pdfInfo(a4.file)['Page size']).toMatch(/\(A4\)$/);
  const second = pageText(a4.file, 2);
  expect(words(second)).toContain('three steps');
  expect(second).toContain('— Sergei Lavrov');
  // The slide keeps its theme (black) inside the white sheet; the sheet is not shrunk onto part of the paper.
  const image = pageImage(a4.file, 2, 24, test.info().outputPath('handout-page-2.png'));
  const dark = pixelsNear(image, [25, 25, 25], 12);
  expect(dark.box && (dark.box.right - dark.box.left) / image.width).toBeGreaterThan(0.8);
  expect(pixelsNear(image, [255, 255, 255], 3).count / (image.width * image.height)).toBeGreaterThan(0.5);
  const letter = await exportPdf(folder, 'handout-letter', ['--handout', '--paper', 'letter', '--range', '2-3']);
  expect(letter.pdf.getPageCount()).toBe(2);
  expect(pdfInfo(letter.file)['Page size']).toBe('612 x 792 pts (letter)');
});

test('--range: only the slides asked for, outline and titles matching', async () => {
  const { folder, deck } = copyDeck(basicDeck, 'range');
  const { file, pdf } = await exportPdf(folder, 'range', ['--range', '2-4']);
  expect(pdf.getPageCount()).toBe(3);
  expectTitlesOnTheirPages(file, { ...deck, slides: deck.slides.slice(1, 4) }, (slide) => slide);
  expect(readOutline(pdf).map((entry) => entry.title)).toEqual(['2. Second slide', '3. Second, below', '4. Third slide']);
});

test('maps are drawn before printing: highlight colour and markers in each map area', async () => {
  const { folder, deck } = copyDeck(mapDeck, 'maps');
  const { file, pdf, stderr } = await exportPdf(folder, 'maps');
  expect(pdf.getPageCount()).toBe(deck.slides.length);
  expect(stderr).toMatch(/Drawing maps|Ready to print/);
  const maps = mapSlides(deck);
  expect(maps.length).toBeGreaterThanOrEqual(2);
  // The fixture's last map block is broken on purpose: its slide shows the error, the others a map.
  for (const slide of maps.slice(0, 2)) expectMapDrawn(file, slide, `map-fixture-slide-${slide}.png`);
});

test('errors: one line each, the right exit status, and an existing PDF is never destroyed', async () => {
  const { folder } = copyDeck(basicDeck, 'errors');
  const existing = path.join(work, 'existing.pdf');
  writeFileSync(existing, 'the previous export');

  const badRange = await runExport([folder, '--pdf', existing, '--range', '4-9']);
  expect(badRange.status).toBe(2);
  expect(badRange.stderr).toBe("docent export: --range 4-9 goes past the deck's last slide (5)\n");

  const noFolder = await runExport([folder, '--pdf', path.join(work, 'missing', 'out.pdf')]);
  expect(noFolder.status).toBe(1);
  expect(noFolder.stderr.trim().split('\n')).toHaveLength(1);
  expect(noFolder.stderr).toContain('does not exist');

  writeFileSync(path.join(folder, 'deck.md'), '---\ntitle: [unclosed\n---\n\n# Broken\n');
  const broken = await runExport([folder, '--pdf', existing]);
  expect(broken.status).toBe(3);
  expect(broken.stderr).toMatch(/^docent export: .*deck\.md:2: front matter: .*\n$/);

  const usage = await runExport([folder, '--pdf', existing, '--notes', '--handout']);
  expect(usage.status).toBe(2);
  expect(readFileSync(existing, 'utf8')).toBe('the previous export');
});

test('cancelling (Ctrl+C) stops the export, writes nothing and keeps the previous PDF', async () => {
  const { folder } = copyDeck(mapDeck, 'cancel');
  const existing = path.join(work, 'cancelled.pdf');
  writeFileSync(existing, 'the previous export');
  const run = await runExport([folder, '--pdf', existing], (child) => child.kill('SIGINT'));
  expect(run.status).toBe(130);
  expect(run.stderr).toMatch(/docent export: the export was cancelled; no file was written\n$/);
  expect(readFileSync(existing, 'utf8')).toBe('the previous export');
  expect(readdirSync(work).filter((name) => name.startsWith('.cancelled.pdf'))).toEqual([]);
});
