// `docent export --png` end to end: the real command line writes the images; each is decoded here
// and compared, pixel by pixel, with the page poppler renders of the PDF export of the same deck,
// so "this image is its slide" is measured, not assumed.
import { mkdtempSync, readdirSync, readFileSync, rmSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseDeck } from '../../src/core/deck/parse-deck';
import { pageImage, runExport, type PageImage } from './support/pdf-pages';
import { decodePng } from './support/png-image';

const root = path.resolve(import.meta.dirname, '../..');
const shareDeck = 'tests/fixtures/decks/share';

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'docent-png-e2e-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));
test.describe.configure({ mode: 'serial', timeout: 180_000 });

/** Mean absolute difference per channel (0–255) of two images of the same size. */
function difference(a: PageImage, b: PageImage): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let sum = 0;
  // Every 4th pixel is plenty for a mean and keeps the test quick.
  for (let i = 0; i < a.pixels.length; i += 12) sum += Math.abs((a.pixels[i] ?? 0) - (b.pixels[i] ?? 0)) + Math.abs((a.pixels[i + 1] ?? 0) - (b.pixels[i + 1] ?? 0)) + Math.abs((a.pixels[i + 2] ?? 0) - (b.pixels[i + 2] ?? 0));
  return sum / ((a.pixels.length / 12) * 3);
}

/** Share of pixels darker than mid-grey (text) inside a box. */
function inkShare(image: PageImage, box: { left: number; top: number; right: number; bottom: number }): number {
  let dark = 0;
  let all = 0;
  for (let y = box.top; y < box.bottom; y++) {
    for (let x = box.left; x < box.right; x++) {
      const at = (y * image.width + x) * 3;
      all += 1;
      if ((image.pixels[at] ?? 255) + (image.pixels[at + 1] ?? 255) + (image.pixels[at + 2] ?? 255) < 384) dark += 1;
    }
  }
  return dark / all;
}

test('one 1280×720 image per slide, each matching its own page of the PDF export best', async () => {
  const folder = path.join(work, 'share');
  cpSync(path.join(root, shareDeck), folder, { recursive: true });
  const deck = parseDeck(readFileSync(path.join(folder, 'deck.md'), 'utf8'));
  const images = path.join(work, 'images');
  const run = await runExport([folder, '--png', images]);
  expect(run.stderr, run.stderr).toMatch(/100% Exported 5 images/);
  expect(run.status).toBe(0);
  const names = readdirSync(images).sort();
  expect(names).toEqual(deck.slides.map((_slide, index) => `slide-${String(index + 1).padStart(2, '0')}.png`));
  expect(run.stdout.trim().split('\n')).toEqual(names.map((name) => path.join(images, name)));

  const pdf = path.join(work, 'share.pdf');
  expect((await runExport([folder, '--pdf', pdf])).status).toBe(0);
  const pages = deck.slides.map((_slide, index) => pageImage(pdf, index + 1, 96));
  for (const [index, name] of names.entries()) {
    const image = decodePng(readFileSync(path.join(images, name)));
    expect([image.width, image.height]).toEqual([1280, 720]);
    const differences = pages.map((page) => difference(image, page));
    const best = differences.indexOf(Math.min(...differences));
    expect(best, `${name} looks most like page ${best + 1} (differences ${differences.map((each) => each.toFixed(1)).join(', ')})`).toBe(index);
    expect(differences[index], `${name} against its PDF page`).toBeLessThan(4);
  }
});

test('--scale 2 --fragments --range 2: one 2560×1440 image per step, each showing more of the list', async () => {
  const folder = path.join(work, 'share-steps');
  cpSync(path.join(root, shareDeck), folder, { recursive: true });
  const images = path.join(work, 'steps');
  const run = await runExport([folder, '--png', images, '--scale', '2', '--fragments', '--range', '2']);
  expect(run.status, run.stderr).toBe(0);
  const names = readdirSync(images).sort();
  expect(names).toEqual(['slide-02-step-1.png', 'slide-02-step-2.png', 'slide-02-step-3.png']);
  const steps = names.map((name) => decodePng(readFileSync(path.join(images, name))));
  for (const image of steps) expect([image.width, image.height]).toEqual([2560, 1440]);
  // The lower half of the slide holds the fragments: more text at each step.
  const lower = { left: 0, top: 720, right: 2560, bottom: 1440 };
  const ink = steps.map((image) => inkShare(image, lower));
  expect(ink[1]).toBeGreaterThan((ink[0] ?? 0) * 1.05);
  expect(ink[2]).toBeGreaterThan((ink[1] ?? 0) * 1.05);
});

test('bad PNG options: a one-line error and status 2; a file where the folder should be: status 1', async () => {
  const folder = path.join(work, 'share-flags');
  cpSync(path.join(root, shareDeck), folder, { recursive: true });
  const scale = await runExport([folder, '--png', path.join(work, 'x'), '--scale', '9']);
  expect(scale.status).toBe(2);
  expect(scale.stderr.trim()).toBe('docent export: --scale must be a number above 0 and at most 4, not "9"');
  const notes = await runExport([folder, '--png', path.join(work, 'x'), '--notes']);
  expect(notes.status).toBe(2);
  const file = path.join(folder, 'deck.md');
  const onFile = await runExport([folder, '--png', file]);
  expect(onFile.status).toBe(1);
  expect(onFile.stderr.trim()).toMatch(/^docent export: cannot write images to .*deck\.md: it is a file, not a folder$/);
});
