import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDeck } from '../../../../../src/core/deck/parse-deck';
import { collectPictures, imageSources, pictureType, picturePaths } from '../../../../../src/host/export/html/collect-pictures';

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

let folder: string;
let outside: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'docent-pictures-'));
  outside = mkdtempSync(path.join(os.tmpdir(), 'docent-outside-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('picturePaths', () => {
  it('names each deck picture as the renderer asks for it: decoded once, without "./", backgrounds as written', () => {
    const deck = parseDeck([
      '# One',
      '',
      '![a](<images/my photo.png>) ![b](./images/b.png) ![c](https://example.com/c.png) ![d](../d.png) ![e](/etc/e.png)',
      '',
      '<img src="images/raw.gif" alt="raw">',
      '',
      '---',
      '',
      '<!-- .slide: data-background-image="images/bg.jpg" -->',
      '## Two',
      '',
      'Note:',
      '![in notes](images/n.png)',
      '',
    ].join('\n'));
    expect(picturePaths(deck).sort()).toEqual(['images/b.png', 'images/bg.jpg', 'images/my photo.png', 'images/n.png', 'images/raw.gif']);
  });
});

describe('imageSources', () => {
  it('reads each <img> src, quoted either way or not, with its entities decoded', () => {
    expect(imageSources('<p><img alt="a" src="a&amp;b.png"> <IMG SRC=\'c d.gif\'/> <img src=e.webp alt=x><img alt="no source"></p>')).toEqual(['a&b.png', 'c d.gif', 'e.webp']);
  });
});

describe('collectPictures', () => {
  it('carries real pictures from inside the deck as data: URIs and leaves out the rest with a reason', async () => {
    mkdirSync(path.join(folder, 'images'));
    writeFileSync(path.join(folder, 'images/a.png'), png);
    writeFileSync(path.join(folder, 'images/fake.png'), '<html>not a picture</html>');
    writeFileSync(path.join(outside, 'secret.png'), png);
    symlinkSync(path.join(outside, 'secret.png'), path.join(folder, 'images/link.png'));
    const deck = parseDeck('# One\n\n![a](images/a.png) ![f](images/fake.png) ![l](images/link.png) ![m](images/missing.png)\n');
    const collected = await collectPictures(deck, folder);
    expect(Object.keys(collected.pictures)).toEqual(['images/a.png']);
    expect(collected.pictures['images/a.png']).toBe(`data:image/png;base64,${png.toString('base64')}`);
    expect(collected.warnings).toEqual(['images/fake.png is not a PNG, JPEG, GIF, WebP or SVG picture; left out']);
  });

  it('tells pictures by their first bytes', () => {
    expect(pictureType(png)).toBe('image/png');
    expect(pictureType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(pictureType(Buffer.from('GIF89a'))).toBe('image/gif');
    expect(pictureType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(pictureType(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('image/svg+xml');
    expect(pictureType(Buffer.from('<html><svg></svg></html>'))).toBeNull();
  });
});
