// Pictures in the PDF: the print view used to measure the layout before pictures had loaded, so a
// picture slide came out pushed down and cut off (with a false "taller than the slide" warning) in
// some exports and not others. Exported ten times in a row, each PDF must hold the picture whole on
// its page, read back with poppler's pdfimages and pdftoppm.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { pageImage, pageText, pixelsNear, runExport } from './support/pdf-pages';
import { pictureColours, writeTestPicture } from './support/test-picture';

const root = path.resolve(import.meta.dirname, '../..');
const runs = 10;

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'docent-export-pictures-'));
  cpSync(path.join(root, 'tests/fixtures/decks/basic'), path.join(work, 'deck'), { recursive: true });
  // 900×420 fits under a heading and above a caption on a 1280×720 slide, but only if the slide is
  // placed on its page after the picture has its height.
  writeTestPicture(path.join(work, 'deck', 'picture.png'), 900, 420);
  writeTestPicture(path.join(work, 'deck', 'backdrop.png'), 1280, 720);
  writeFileSync(
    path.join(work, 'deck', 'deck.md'),
    ['---', 'title: Pictures', '---', '', '# Pictures', '', '---', '', '## A picture', '', '![A test picture](picture.png)', '', 'Caption under the picture', '', '---', '', '<!-- .slide: data-background-image="backdrop.png" -->', '', '## On a backdrop', ''].join('\n'),
  );
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));
test.describe.configure({ timeout: 240_000 });

/** pdfimages -list rows: the page each image is drawn on and its pixel size. */
function imagesOnPages(file: string): { page: number; width: number; height: number }[] {
  const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2);
  return rows.flatMap((row) => {
    const [page, , type, width, height] = row.trim().split(/\s+/);
    return type === 'image' ? [{ page: Number(page), width: Number(width), height: Number(height) }] : [];
  });
}

test(`a picture deck exported ${runs} times has its pictures whole on their pages every time`, async () => {
  for (let run = 1; run <= runs; run++) {
    const file = path.join(work, `pictures-${run}.pdf`);
    const result = await runExport([path.join(work, 'deck'), '--pdf', file]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr, `run ${run}: no cut-off warning`).not.toMatch(/warning/);

    const images = imagesOnPages(file);
    expect(images, `run ${run}: pdfimages`).toContainEqual({ page: 2, width: 900, height: 420 });
    expect(images, `run ${run}: pdfimages`).toContainEqual({ page: 3, width: 1280, height: 720 });

    // Page 2 at 72 dpi is 960×540 (a PDF point a pixel; the 1280-pixel slide is 960 points wide),
    // so the 900×420 picture is 675×315: all of its frame on the page, the caption below it.
    const page = pageImage(file, 2, 72, run === 1 ? test.info().outputPath('picture-page.png') : undefined);
    const frame = pixelsNear(page, pictureColours.frame, 30).box;
    expect(frame, `run ${run}: the picture's frame`).not.toBeNull();
    if (!frame) continue;
    expect(frame.right - frame.left, `run ${run}: picture width`).toBeGreaterThan(665);
    expect(frame.right - frame.left, `run ${run}: picture width`).toBeLessThan(685);
    expect(frame.bottom - frame.top, `run ${run}: picture height (the whole frame)`).toBeGreaterThan(305);
    expect(frame.bottom - frame.top, `run ${run}: picture height (the whole frame)`).toBeLessThan(325);
    expect(frame.bottom, `run ${run}: the picture ends above the page's bottom`).toBeLessThan(page.height - 20);
    const inside = pixelsNear(page, pictureColours.inside, 30, frame).count;
    expect(inside / ((frame.right - frame.left) * (frame.bottom - frame.top)), `run ${run}: the picture is painted, not a blank box`).toBeGreaterThan(0.6);
    expect(pageText(file, 2), `run ${run}`).toContain('Caption under the picture');

    // The backdrop covers the whole page 3.
    const backdrop = pageImage(file, 3, 24);
    const painted = pixelsNear(backdrop, pictureColours.inside, 30).count + pixelsNear(backdrop, pictureColours.frame, 30).count;
    expect(painted / (backdrop.width * backdrop.height), `run ${run}: the backdrop is painted`).toBeGreaterThan(0.8);
  }
});
