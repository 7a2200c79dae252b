// The deck's own pictures, for the exported HTML file: every picture a slide shows (an <img> of its
// markdown or HTML, a `.slide:` background) read from inside the deck's folder and carried as a data:
// URI under the path the renderer will ask for. Only real pictures (checked by content) are carried;
// whatever else a slide names stays out, and the file shows it as missing without fetching anything.
import type { Deck } from '../../../core/deck/deck-model';
import { renderSlide } from '../../../core/deck/render-markdown';
import { confinePath } from '../../confine-path';
import { readRegularFile } from '../../regular-file';

/** As the browser host serves a deck's files: one picture of at most this size. */
const maxPictureBytes = 64 * 1024 * 1024;
/** And the file as a whole stays one a browser opens without trouble. */
const maxPicturesBytes = 256 * 1024 * 1024;

export interface CollectedPictures {
  /** Deck-relative path (as the renderer asks for it) to its data: URI. */
  pictures: Record<string, string>;
  warnings: string[];
}

/**
 * The paths the renderer asks its host for: as the sanitizer (src/renderer/deck/sanitize-html.ts)
 * turns an <img src> into one (decoded once, "./" dropped; not a scheme, not absolute, no ".."), and
 * a background as written.
 */
export function picturePaths(deck: Pick<Deck, 'slides'>): string[] {
  const paths = new Set<string>();
  for (const slide of deck.slides) {
    const rendered = renderSlide(slide.content, slide.notes);
    for (const html of [rendered.html, rendered.notesHtml ?? '']) {
      for (const src of imageSources(html)) {
        const file = decodeOnce(src);
        if (src && isDeckRelative(src) && isDeckRelative(file)) paths.add(file.replace(/^\.\//, ''));
      }
    }
    for (const [name, value] of rendered.attributes) {
      if ((name === 'data-background-image' || name === 'data-background') && isDeckRelative(value)) paths.add(value);
    }
  }
  return [...paths];
}

export async function collectPictures(deck: Pick<Deck, 'slides'>, folder: string, onPicture?: (done: number, total: number) => void): Promise<CollectedPictures> {
  const pictures: Record<string, string> = {};
  const warnings: string[] = [];
  const paths = picturePaths(deck);
  let total = 0;
  for (const [index, relative] of paths.entries()) {
    onPicture?.(index, paths.length);
    const bytes = await readPicture(folder, relative);
    // A background that names a colour or a gradient is no file: nothing to say about it.
    if (!bytes) continue;
    const type = pictureType(bytes);
    if (!type) {
      warnings.push(`${relative} is not a PNG, JPEG, GIF, WebP or SVG picture; left out`);
      continue;
    }
    total += bytes.length;
    if (total > maxPicturesBytes) {
      warnings.push(`${relative} left out: the deck's pictures add up to more than ${maxPicturesBytes / 1024 / 1024} MB`);
      continue;
    }
    pictures[relative] = `data:${type};base64,${bytes.toString('base64')}`;
  }
  onPicture?.(paths.length, paths.length);
  return { pictures, warnings };
}

async function readPicture(folder: string, relative: string): Promise<Buffer | null> {
  try {
    return await readRegularFile(await confinePath(folder, relative), { maxBytes: maxPictureBytes });
  } catch {
    return null;
  }
}

/** The picture's type from its first bytes (by content, not by name). */
export function pictureType(bytes: Buffer): string | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'GIF8') return 'image/gif';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  // An SVG shown as an <img> runs no script and loads nothing, so it may come along.
  const head = bytes.subarray(0, 1024).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return null;
}

/**
 * The src of each <img> in the HTML. A scan, not a DOM: the app's main process carries no HTML
 * parser. A picture it misses is only shown as missing by the file; nothing is ever fetched.
 */
export function imageSources(html: string): string[] {
  const sources: string[] = [];
  for (const tag of html.matchAll(/<img\b[^>]*>/gi)) {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(tag[0]);
    const value = src?.[1] ?? src?.[2] ?? src?.[3];
    if (value !== undefined) sources.push(decodeEntities(value));
  }
  return sources;
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return namedEntities[name.toLowerCase()] ?? entity;
  });
}

function isDeckRelative(url: string): boolean {
  return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url) && !url.startsWith('/') && !url.startsWith('\\') && !url.split(/[/\\]/).includes('..') && !url.startsWith('#');
}

function decodeOnce(src: string): string {
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}
