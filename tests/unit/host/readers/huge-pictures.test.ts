// Huge pictures are scaled down and encoded again rather than left out: a camera photo in a Word report
// (made by LibreOffice: tests/fixtures/documents/office/make-huge-photo.mjs) reaches the deck at 2560
// pixels, the right way up, stored once though shown twice; what cannot be re-encoded is left out with
// its reason.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jpeg from 'jpeg-js';
import pngjs from 'pngjs';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { downscalePixels } from '../../../../src/host/readers/downscale-pixels';
import { fitPicture } from '../../../../src/host/readers/fit-picture';
import { orientPixels } from '../../../../src/host/readers/orient-pixels';
import { generateDeckFolder } from '../../../../src/host/generate-deck-folder';
import { maxPictureBytes } from '../../../../src/host/readers/reader-limits';

const office = new URL('../../../fixtures/documents/office/', import.meta.url).pathname;

function rgba(width: number, height: number, colour: (x: number, y: number) => [number, number, number, number]): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(colour(x, y), (y * width + x) * 4);
  return { width, height, data };
}

const pixelAt = (picture: { width: number; data: Uint8Array }, x: number, y: number) => [...picture.data.subarray((y * picture.width + x) * 4, (y * picture.width + x) * 4 + 4)];

describe('downscalePixels', () => {
  it('averages the area each target pixel covers', () => {
    const source = rgba(4, 2, (x) => (x < 2 ? [200, 0, 0, 255] : [0, 0, 100, 255]));
    const out = downscalePixels(source, 2, 1);
    expect([pixelAt(out, 0, 0), pixelAt(out, 1, 0)]).toEqual([[200, 0, 0, 255], [0, 0, 100, 255]]);
    // 5 -> 2: the middle column is split between both target pixels.
    const stripes = downscalePixels(rgba(5, 1, (x) => (x === 2 ? [250, 250, 250, 255] : [0, 0, 0, 255])), 2, 1);
    expect(pixelAt(stripes, 0, 0)).toEqual([50, 50, 50, 255]);
    expect(pixelAt(stripes, 1, 0)).toEqual([50, 50, 50, 255]);
  });

  it('weights colours by their alpha, so a transparent neighbour does not darken an edge', () => {
    const out = downscalePixels(rgba(2, 1, (x) => (x === 0 ? [0, 0, 0, 0] : [255, 255, 255, 255])), 1, 1);
    expect(pixelAt(out, 0, 0)).toEqual([255, 255, 255, 128]);
  });

  it('keeps a uniform picture uniform at a ratio that is not whole', () => {
    const out = downscalePixels(rgba(997, 331, () => [10, 120, 230, 255]), 300, 100);
    expect(out.width).toBe(300);
    expect(out.height).toBe(100);
    for (const [x, y] of [[0, 0], [299, 99], [150, 50], [17, 83]] as const) expect(pixelAt(out, x, y)).toEqual([10, 120, 230, 255]);
  });
});

it('orientPixels turns a picture as its EXIF orientation says', () => {
  // 2×1: red, green. Orientation 6 (turn a quarter clockwise) stands it up: red on top.
  const source = rgba(2, 1, (x) => (x === 0 ? [255, 0, 0, 255] : [0, 255, 0, 255]));
  const turned = orientPixels(source, 6);
  expect([turned.width, turned.height]).toEqual([1, 2]);
  expect([pixelAt(turned, 0, 0), pixelAt(turned, 0, 1)]).toEqual([[255, 0, 0, 255], [0, 255, 0, 255]]);
  const back = orientPixels(source, 8);
  expect([pixelAt(back, 0, 0), pixelAt(back, 0, 1)]).toEqual([[0, 255, 0, 255], [255, 0, 0, 255]]);
  expect(orientPixels(source, 3).data.subarray(0, 4)).toEqual(new Uint8Array([0, 255, 0, 255]));
  expect(orientPixels(source, 1)).toBe(source);
});

describe('fitPicture', () => {
  it('copies a picture that is not huge byte for byte', () => {
    const small = new Uint8Array(jpeg.encode({ ...rgba(800, 600, () => [1, 2, 3, 255]) }, 80).data);
    expect(fitPicture(small, 'jpg')).toEqual({ bytes: small, extension: 'jpg', reencoded: false });
  });

  it('scales a huge PNG down to 2560 pixels and keeps its transparency', () => {
    const png = new pngjs.PNG({ width: 6000, height: 300 });
    const source = rgba(6000, 300, (x) => (x < 3000 ? [255, 0, 0, 255] : [0, 0, 255, 0]));
    png.data = Buffer.from(source.data);
    const fitted = fitPicture(new Uint8Array(pngjs.PNG.sync.write(png)), 'png');
    if (typeof fitted === 'string') throw new Error(fitted);
    expect(fitted).toMatchObject({ extension: 'png', reencoded: true });
    const decoded = pngjs.PNG.sync.read(Buffer.from(fitted.bytes));
    expect([decoded.width, decoded.height]).toEqual([2560, 128]);
    expect(pixelAt({ width: 2560, data: decoded.data }, 10, 10)).toEqual([255, 0, 0, 255]);
    expect(pixelAt({ width: 2560, data: decoded.data }, 2500, 10)[3]).toBe(0);
  });

  it('leaves out what it cannot scale down, with the reason', () => {
    // Headers alone: 9,000 × 9,000 pixels is 81 megapixels; a 9 MB GIF is not re-encoded.
    const png = new pngjs.PNG({ width: 1, height: 1 });
    const header = Buffer.from(pngjs.PNG.sync.write(png));
    header.writeUInt32BE(9000, 16);
    header.writeUInt32BE(9000, 20);
    expect(fitPicture(new Uint8Array(header), 'png')).toBe('it has 81 megapixels, more than the 50 Docent scales down');
    const gif = new Uint8Array(9 * 1024 * 1024);
    gif.set([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x10, 0x00, 0x10, 0x00]);
    expect(fitPicture(gif, 'gif')).toBe('it is larger than 8 MB (GIF and WebP pictures are not re-encoded)');
    expect(fitPicture(new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x01]), 'jpg')).toBe('its picture data cannot be read');
  });
});

it('a Word report with a huge EXIF-turned photo shown twice gets one 2560-pixel picture, the right way up', async () => {
  const original = readFileSync(`${office}harbour-photo.docx`);
  const dir = mkdtempSync(path.join(tmpdir(), 'docent-huge-'));
  await generateDeckFolder(`${office}harbour-photo.docx`, path.join(dir, 'deck'), { cwd: dir });
  const files = readdirSync(path.join(dir, 'deck', 'pictures'));
  expect(files).toHaveLength(1);
  const stored = readFileSync(path.join(dir, 'deck', 'pictures', files[0] as string));
  expect(imageSize(stored)).toMatchObject({ type: 'jpg', width: 1920, height: 2560 });
  expect(stored.length).toBeLessThan(maxPictureBytes);
  // Stored top-left red, top-right green, bottom-left blue, bottom-right yellow; turned a quarter
  // clockwise, blue is top-left, red top-right, yellow bottom-left, green bottom-right.
  const shown = jpeg.decode(stored, { useTArray: true, formatAsRGBA: true });
  const near = (x: number, y: number, colour: number[]) => pixelAt(shown, x, y).slice(0, 3).forEach((value, i) => expect(Math.abs(value - (colour[i] ?? 0))).toBeLessThan(25));
  near(200, 200, [30, 50, 220]);
  near(1700, 200, [220, 30, 30]);
  near(200, 2300, [240, 220, 30]);
  near(1700, 2300, [30, 180, 40]);
  const deck = readFileSync(path.join(dir, 'deck', 'deck.md'), 'utf8');
  expect(deck).toContain(`](<pictures/${files[0]}>)`);
  expect(deck).toContain('The pier on its first morning, seen from the ferry.');
  expect(deck).not.toMatch(/larger than/);
  expect(readFileSync(`${office}harbour-photo.docx`)).toEqual(original);
}, 120_000);
