// `docent export --pptx` end to end: the real command line writes the file, and LibreOffice opens it
// (soffice --headless --convert-to pdf), as a colleague's office suite would. Pages, text and
// pixels are read back from LibreOffice's rendering with poppler; notes, pictures and properties
// from the package itself (unzip). Nothing is compared with a stored file.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseDeck } from '../../src/core/deck/parse-deck';
import { slideTitle } from '../../src/core/deck/slide-outline';
import type { Deck } from '../../src/core/deck/deck-model';
import { hexToRgb, pageImage, pageText, pdfInfo, pixelsNear, runExport } from './support/pdf-pages';

const root = path.resolve(import.meta.dirname, '../..');
const defaultDeck = 'slides/russia-china-north-korea';
const shareDeck = 'tests/fixtures/decks/share';
/** The fixture picture's sun and the map style's sea (src/renderer/map/map-style.ts). */
const sunColour = '#f6b93b';
const seaColour = '#cfdde8';

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'docent-pptx-e2e-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));
test.describe.configure({ mode: 'serial', timeout: 180_000 });

function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function copyDeck(deck: string, name: string): { folder: string; deck: Deck } {
  const folder = path.join(work, name);
  cpSync(path.join(root, deck), folder, { recursive: true });
  return { folder, deck: parseDeck(readFileSync(path.join(folder, 'deck.md'), 'utf8')) };
}

async function exportPptx(folder: string, name: string, flags: string[] = []): Promise<{ file: string; stderr: string }> {
  const file = path.join(work, `${name}.pptx`);
  const run = await runExport([folder, '--pptx', file, ...flags]);
  expect(run.stderr, run.stderr).toMatch(/100% Exported \d+ slides?/);
  expect(run.status).toBe(0);
  expect(run.stdout.trim()).toBe(file);
  return { file, stderr: run.stderr };
}

/** LibreOffice's conversion of the .pptx (its own profile folder, so parallel runs do not share a lock). */
function libreOfficeConvert(file: string, format: 'pdf' | 'odp'): string {
  const out = path.join(work, `${path.basename(file, '.pptx')}-lo`);
  const profile = path.join(work, 'lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', out, file], { stdio: 'pipe', timeout: 120_000 });
  const converted = path.join(out, `${path.basename(file, '.pptx')}.${format}`);
  expect(existsSync(converted), `LibreOffice wrote a .${format}`).toBe(true);
  return converted;
}

function libreOfficePdf(file: string): string {
  return libreOfficeConvert(file, 'pdf');
}

function packageEntries(file: string): string[] {
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

function packagePart(file: string, part: string): Buffer {
  return execFileSync('unzip', ['-p', file, part], { maxBuffer: 64 * 1024 * 1024 });
}

/** Words, lower-cased (themes upper-case headings), for comparing text. */
function words(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** The text a slide part holds (a:t runs), in order. */
function partText(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join(' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

/** The pictures a slide part places: media file and alt text (descr). */
function slidePictures(file: string, slide: number): { media: string; alt: string }[] {
  const xml = packagePart(file, `ppt/slides/slide${slide}.xml`).toString('utf8');
  const rels = packagePart(file, `ppt/slides/_rels/slide${slide}.xml.rels`).toString('utf8');
  return [...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)].map((match) => {
    const alt = /descr="([^"]*)"/.exec(match[0])?.[1] ?? '';
    const rel = /r:embed="([^"]+)"/.exec(match[0])?.[1] ?? '';
    const target = new RegExp(`Id="${rel}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rel}"`).exec(rels)?.[1] ?? '';
    return { media: path.posix.normalize(path.posix.join('ppt/slides', target)), alt };
  });
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the fixture deck: LibreOffice opens it, one page per slide, text as text, notes, picture, table, map and properties', async () => {
  test.skip(!hasLibreOffice(), 'LibreOffice (soffice) is not installed; .ci/run installs libreoffice-impress');
  const { folder, deck } = copyDeck(shareDeck, 'share');
  const { file } = await exportPptx(folder, 'share');
  const pdf = libreOfficePdf(file);
  expect(Number(pdfInfo(pdf).Pages)).toBe(deck.slides.length);
  // 16:9: LibreOffice prints PowerPoint's widescreen slide at 960×540 points.
  const [width, height] = (pdfInfo(pdf)['Page size'] ?? '').split(' x ').map((each) => parseFloat(each));
  expect((width ?? 0) / (height ?? 1)).toBeCloseTo(16 / 9, 2);

  // Titles and bullets are text LibreOffice lays out (not pictures of slides).
  deck.slides.forEach((slide, index) => {
    const title = slideTitle(slide);
    if (title) expect(words(pageText(pdf, index + 1)), `slide ${index + 1}`).toContain(words(title));
  });
  const bullets = words(pageText(pdf, 2));
  for (const bullet of ['The bridge is closed for two years', 'Crossing by road takes an hour', 'A ferry crosses in twelve minutes', 'Tickets cost two coins']) expect(bullets).toContain(words(bullet));
  // Every item a bulleted paragraph of one text box, emphasis kept.
  const listSlide = packagePart(file, 'ppt/slides/slide2.xml').toString('utf8');
  expect(listSlide.match(/<a:buChar /g)).toHaveLength(4);
  expect(listSlide).toMatch(/<a:rPr[^>]* i="1"[^>]*>(?:(?!<\/a:r>).)*<a:t>twelve<\/a:t>/s);
  // One paragraph properties element each (the schema allows one), and the two fragments as Appear
  // animations on their paragraphs, one click each, as LibreOffice reads them back (its own format).
  for (const paragraph of listSlide.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? []) expect((paragraph.match(/<a:pPr\b/g) ?? []).length).toBeLessThanOrEqual(1);
  expect(listSlide.match(/nodeType="clickEffect"/g)).toHaveLength(2);
  expect(listSlide.match(/<p:pRg st="(\d)"/g)).toEqual(['<p:pRg st="2"', '<p:pRg st="3"']);
  const odp = libreOfficeConvert(file, 'odp');
  const content = packagePart(odp, 'content.xml').toString('utf8');
  const clicks = [...content.matchAll(/<anim:par [^>]*presentation:node-type="on-click"[^>]*>/g)].map((match) => match[0]);
  expect(clicks).toHaveLength(2);
  for (const click of clicks) expect(click).toContain('presentation:preset-id="ooo-entrance-appear"');
  const table = words(pageText(pdf, 4));
  for (const cell of ['Leaves', 'Arrives', 'Boat', '07:20', 'Tern']) expect(table).toContain(words(cell));
  expect(packagePart(file, 'ppt/slides/slide4.xml').toString('utf8')).toContain('<a:tbl>');

  // The theme's font and colours are the text boxes' own (white theme: Source Sans Pro, #222 text).
  const titleSlide = packagePart(file, 'ppt/slides/slide1.xml').toString('utf8');
  expect(titleSlide).toMatch(/typeface="Source Sans Pro"/);
  expect(titleSlide).toMatch(/<a:srgbClr val="222222"/);

  // Notes with the attributed quotes, in PowerPoint's notes part.
  const notes = partText(packagePart(file, 'ppt/notesSlides/notesSlide2.xml').toString('utf8'));
  expect(notes).toContain('The ferry will run every twenty minutes — A. Mayor');
  expect(notes).toContain('Fares will stay low for a year — The harbour board');

  // The picture as a picture, with its alt text; its pixels on LibreOffice's page.
  const [picture] = slidePictures(file, 3);
  expect(picture?.alt).toBe('The harbour at dawn: blue water, a green shore and a yellow sun');
  expect(pngSize(packagePart(file, picture?.media ?? ''))).toEqual({ width: 480, height: 270 });
  const pictureSlide = pageImage(pdf, 3, 96, test.info().outputPath('libreoffice-picture-slide.png'));
  expect(pixelsNear(pictureSlide, hexToRgb(sunColour), 10).count).toBeGreaterThan(500);

  // The map as a sharp picture (captured at twice the slide's pixels) with its places in the alt text.
  const [map] = slidePictures(file, 5);
  expect(map?.alt).toContain('Lisbon');
  expect(map?.alt).toContain('Porto');
  expect(map?.alt).toContain('Arrow from Lisbon to Porto: ferry line');
  expect(pngSize(packagePart(file, map?.media ?? '')).width).toBeGreaterThan(2000);
  const mapSlide = pageImage(pdf, 5, 96, test.info().outputPath('libreoffice-map-slide.png'));
  expect(pixelsNear(mapSlide, hexToRgb(seaColour), 8).count / (mapSlide.width * mapSlide.height)).toBeGreaterThan(0.2);

  // Title, author and subject in the file's properties.
  const core = packagePart(file, 'docProps/core.xml').toString('utf8');
  expect(core).toContain(`<dc:title>${deck.meta.title?.replace(/'/g, '&apos;')}</dc:title>`);
  expect(core).toContain('<dc:creator>Ada Example</dc:creator>');
  expect(pdfInfo(pdf).Title).toBe(deck.meta.title);
  for (const page of [1, 2, 4]) pageImage(pdf, page, 96, test.info().outputPath(`libreoffice-slide-${page}.png`));
});

test('--fragments: one PowerPoint slide per step, each showing the fragments up to it', async () => {
  test.skip(!hasLibreOffice(), 'LibreOffice (soffice) is not installed');
  const { folder, deck } = copyDeck(shareDeck, 'share-steps');
  const { file, stderr } = await exportPptx(folder, 'share-steps', ['--fragments']);
  expect(stderr).toMatch(/Exported 7 slides/);
  // Steps replace the animations.
  expect(packagePart(file, 'ppt/slides/slide2.xml').toString('utf8')).not.toContain('<p:timing>');
  const pdf = libreOfficePdf(file);
  expect(Number(pdfInfo(pdf).Pages)).toBe(deck.slides.length + 2);
  const steps = [2, 3, 4].map((page) => words(pageText(pdf, page)));
  expect(steps[0]).toContain(words('Crossing by road takes an hour'));
  expect(steps[0]).not.toContain('twelve');
  expect(steps[1]).toContain(words('A ferry crosses in twelve minutes'));
  expect(steps[1]).not.toContain('coins');
  expect(steps[2]).toContain(words('Tickets cost two coins'));
  // Each step keeps the slide's notes.
  for (const step of [2, 3, 4]) expect(partText(packagePart(file, `ppt/notesSlides/notesSlide${step}.xml`).toString('utf8'))).toContain('A. Mayor');
});

test('the default deck: every slide a page with its title, the map a picture listing its places, notes in the notes', async () => {
  test.skip(!hasLibreOffice(), 'LibreOffice (soffice) is not installed');
  test.skip(!existsSync(path.join(root, defaultDeck, 'deck.md')), 'the default deck is not generated yet');
  const { folder, deck } = copyDeck(defaultDeck, 'default');
  const { file } = await exportPptx(folder, 'default');
  const pdf = libreOfficePdf(file);
  expect(Number(pdfInfo(pdf).Pages)).toBe(deck.slides.length);
  deck.slides.forEach((slide, index) => {
    const title = slideTitle(slide);
    if (title) expect(words(pageText(pdf, index + 1)), `slide ${index + 1}`).toContain(words(title));
  });
  const entries = packageEntries(file);
  const mapSlides = deck.slides.flatMap((slide, index) => (/^```map\s*$/m.test(slide.content) ? [index + 1] : []));
  expect(mapSlides.length).toBeGreaterThan(0);
  for (const slide of mapSlides) {
    const [map] = slidePictures(file, slide);
    expect(entries).toContain(map?.media);
    const places = [...(deck.slides[slide - 1]?.content ?? '').matchAll(/- name: (.+)/g)].map((match) => match[1]?.trim() ?? '');
    for (const place of places) expect(map?.alt).toContain(place);
    pageImage(pdf, slide, 96, test.info().outputPath(`libreoffice-default-map-${slide}.png`));
  }
  deck.slides.forEach((slide, index) => {
    if (!slide.notes?.trim()) return;
    const quoted = [...slide.notes.matchAll(/— \*\*([^*]+)\*\*/g)].map((match) => match[1] ?? '');
    const notes = partText(packagePart(file, `ppt/notesSlides/notesSlide${index + 1}.xml`).toString('utf8'));
    for (const speaker of quoted) expect(notes, `notes of slide ${index + 1}`).toContain(speaker);
  });
});

test('bad flags: one format at a time, PDF-only options refused with a one-line error and status 2', async () => {
  const { folder } = copyDeck(shareDeck, 'share-flags');
  const both = await runExport([folder, '--pptx', path.join(work, 'x.pptx'), '--pdf', path.join(work, 'x.pdf')]);
  expect(both.status).toBe(2);
  expect(both.stderr.trim()).toBe('docent export: one format at a time (got --pdf and --pptx)');
  const handout = await runExport([folder, '--pptx', path.join(work, 'x.pptx'), '--handout']);
  expect(handout.status).toBe(2);
  expect(handout.stderr.trim().split('\n')).toHaveLength(1);
  const missingFolder = await runExport([folder, '--pptx', path.join(work, 'no-such-folder', 'x.pptx')]);
  expect(missingFolder.status).toBe(1);
  expect(missingFolder.stderr).toMatch(/cannot write .*the folder .* does not exist/);
});
