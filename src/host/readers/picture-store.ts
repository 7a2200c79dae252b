// A document's pictures -> files for the deck folder. Embedded pictures come from the reader, local ones
// from beside the document (never outside its folder); remote ones are never fetched. Each is checked to
// be an image a browser shows, named by its content's hash (so a picture used twice is stored once, and
// decoded once), scaled down when huge (fit-picture), and left out with a reason when it is still too
// large or not an image.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentBlock } from '../../core/document/document-model';
import { fitPicture, type PictureExtension } from './fit-picture';
import { maxAllPictureBytes, maxPictureSourceBytes, maxPictures } from './reader-limits';

/** A picture file to write into the deck folder, at `name` (deck-relative, e.g. `pictures/3f2a….png`). */
export interface PictureFile {
  name: string;
  bytes: Uint8Array;
}

export const pictureFolder = 'pictures';
/** The scheme readers use for pictures they took out of the document itself: `embedded:<key>`. */
export const embeddedScheme = 'embedded:';

export interface PictureSources {
  /** Pictures inside the document, by the key after `embedded:`. */
  embedded: Map<string, Uint8Array>;
  /** The folder local references are resolved in (an HTML file's own folder), or null when there is none. */
  folder: string | null;
}

/** The picture's type from its first bytes; SVG and other formats are not shown (SVG can carry script). */
export function imageExtension(bytes: Uint8Array): PictureExtension | null {
  const starts = (...prefix: number[]): boolean => prefix.every((byte, i) => bytes[i] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'webp';
  return null;
}

function dataUrlBytes(src: string): Uint8Array | null {
  const match = /^data:[^,;]*(;base64)?,(.*)$/is.exec(src);
  if (!match) return null;
  return match[1] ? new Uint8Array(Buffer.from(match[2] ?? '', 'base64')) : new TextEncoder().encode(decodeURIComponent(match[2] ?? ''));
}

async function localBytes(folder: string, src: string): Promise<Uint8Array | string> {
  let relative: string;
  try {
    relative = decodeURIComponent(src.replace(/[?#].*$/, ''));
  } catch {
    return 'its file name cannot be read';
  }
  const file = path.resolve(folder, relative);
  if (path.relative(folder, file).startsWith('..') || path.isAbsolute(relative)) return 'it is outside the document’s folder';
  try {
    const info = await stat(file);
    if (!info.isFile()) return 'it is not a file';
    if (info.size > maxPictureSourceBytes) return `it is larger than ${maxPictureSourceBytes / 1024 / 1024} MB`;
    return new Uint8Array(await readFile(file));
  } catch {
    return 'its file is missing';
  }
}

/** Resolves every picture block: stored ones get a deck-relative `src`, the rest an `omitted` reason. */
export async function storePictures(blocks: DocumentBlock[], sources: PictureSources): Promise<{ blocks: DocumentBlock[]; files: PictureFile[] }> {
  const files = new Map<string, PictureFile>();
  /** By the hash of the document's own bytes: the deck's name for it, or why it was left out. */
  const seen = new Map<string, string | { omitted: string }>();
  let total = 0;
  const out: DocumentBlock[] = [];
  for (const block of blocks) {
    if (block.kind !== 'picture' || block.omitted) {
      out.push(block);
      continue;
    }
    const omit = (reason: string): void => {
      out.push({ ...block, src: block.src.startsWith(embeddedScheme) ? 'a picture inside the document' : block.src.slice(0, 300), omitted: reason });
    };
    let bytes: Uint8Array | string | null;
    if (block.src.startsWith(embeddedScheme)) bytes = sources.embedded.get(block.src.slice(embeddedScheme.length)) ?? 'the document does not contain it';
    else if (/^data:/i.test(block.src)) bytes = dataUrlBytes(block.src) ?? 'its data cannot be read';
    else if (/^[a-z][a-z0-9+.-]*:/i.test(block.src) || block.src.startsWith('//')) bytes = 'remote: Docent does not fetch pictures from the network';
    else if (sources.folder) bytes = await localBytes(sources.folder, block.src);
    // No folder: an uploaded page, whose own pictures stayed behind on the user's disk.
    else bytes = 'its file did not come with the document (a saved page keeps its pictures as .mhtml)';
    if (typeof bytes === 'string') {
      omit(bytes);
      continue;
    }
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    const known = seen.get(hash);
    if (known !== undefined) {
      if (typeof known === 'string') out.push({ ...block, src: known, omitted: null });
      else omit(known.omitted);
      continue;
    }
    const stored = storeOne(bytes, hash);
    if (typeof stored === 'string') {
      seen.set(hash, { omitted: stored });
      omit(stored);
      continue;
    }
    if (files.size >= maxPictures || total + stored.bytes.length > maxAllPictureBytes) {
      // Not remembered: a smaller picture later may still fit.
      omit(`the deck already holds ${files.size} pictures (${Math.round(total / 1024 / 1024)} MB), the most Docent copies`);
      continue;
    }
    files.set(stored.name, stored);
    seen.set(hash, stored.name);
    total += stored.bytes.length;
    out.push({ ...block, src: stored.name, omitted: null });
  }
  return { blocks: out, files: [...files.values()] };
}

/** One picture's file for the deck, named by the hash of the document's bytes, or why it is left out. */
function storeOne(bytes: Uint8Array, hash: string): PictureFile | string {
  if (bytes.length > maxPictureSourceBytes) return `it is larger than ${maxPictureSourceBytes / 1024 / 1024} MB`;
  const extension = imageExtension(bytes);
  if (!extension) return 'it is not a picture a browser shows (PNG, JPEG, GIF or WebP)';
  const fitted = fitPicture(bytes, extension);
  if (typeof fitted === 'string') return fitted;
  return { name: `${pictureFolder}/${hash}.${fitted.extension}`, bytes: fitted.bytes };
}
