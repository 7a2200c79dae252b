// `docent import <page.html> --out <deck folder>`: a reveal.js HTML deck with data-markdown sections
// -> a Docent deck folder (deck.md and the local pictures it shows, copied). Everything that can fail
// (reading the page and its markdown files, converting, finding every picture, the overwrite check)
// happens before anything is written; a new folder is built beside the target and renamed into place.
// An existing deck.md is replaced only when Docent wrote it and nobody edited it since, or with
// `force`, as `docent generate` does; a picture already there with other bytes is never replaced
// without `force`.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DocentError } from '../core/errors';
import { localPictureReferences, revealPageDeck, templateMarkdown, type PageSection, type RevealPage } from '../core/deck/reveal-page-deck';
import { maxDeckBytes } from '../core/deck/parse-deck';
import { writeFileAtomic } from './atomic-write';
import { deckFileName } from './deck-location';
import { generatedRecordName, sha256 } from './generated-record';
import { parseHtmlDocument, type DomElement } from './readers/dom';

const maxPageBytes = 10 * 1024 * 1024;
const maxPictureBytes = 50 * 1024 * 1024;

export interface ImportOptions {
  cwd: string;
  force?: boolean;
}

export interface ImportResult {
  deckFile: string;
  pictures: string[];
  notices: string[];
}

async function readLimited(file: string, limit: number, what: string): Promise<Buffer> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new DocentError('DECK_NOT_FOUND', `no such ${what}`, { file });
  }
  if (!info.isFile()) throw new DocentError('DECK_NOT_FOUND', `not a file: the ${what} must be a file`, { file });
  if (info.size > limit) throw new DocentError('DECK_TOO_LARGE', `the ${what} is larger than ${limit / 1024 / 1024} MB`, { file });
  return readFile(file);
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DocentError('IO_FAILED', `cannot read: ${(error as Error).message}`, { file });
  }
}

function attribute(element: DomElement, name: string): string | undefined {
  const value = element.getAttribute(name);
  return value === null || value === '' ? undefined : value;
}

/** The theme a page links: `…/theme/night.css` -> night. */
function linkedTheme(document: ReturnType<typeof parseHtmlDocument>): string | null {
  for (const link of Array.from(document.getElementsByTagName('link'))) {
    const match = /(?:^|\/)theme\/([\w-]+)\.css$/.exec(link.getAttribute('href') ?? '');
    if (match?.[1]) return match[1];
  }
  return null;
}

/**
 * A template's text as the browser gives it to reveal.js. A <textarea>'s content is text with its
 * character references decoded (`&amp;` is `&`); linkedom keeps them as written, so decode them here
 * (as text of an element whose `<` are escaped, so no tag in it is read). A <script>'s is raw.
 */
function templateText(element: DomElement): string {
  const raw = element.textContent ?? '';
  if (element.tagName.toLowerCase() !== 'textarea' || !raw.includes('&')) return raw;
  return parseHtmlDocument(`<!doctype html><body><div>${raw.replace(/</g, '&lt;')}</div>`).querySelector('div')?.textContent ?? raw;
}

/** The page's slide sections in order, the external markdown files read (relative to the page). */
async function readPage(file: string): Promise<RevealPage> {
  const html = (await readLimited(file, maxPageBytes, 'page')).toString('utf8');
  const document = parseHtmlDocument(html);
  const slides = document.querySelector('.reveal .slides') ?? document.querySelector('.slides');
  if (!slides) throw new DocentError('DECK_INVALID', 'not a reveal.js page: it has no <div class="slides">', { file });
  const sections: PageSection[] = [];
  const top = Array.from(slides.children).filter((element) => element.tagName.toLowerCase() === 'section');
  for (const [stack, outer] of top.entries()) {
    const inner = Array.from(outer.children).filter((element) => element.tagName.toLowerCase() === 'section');
    for (const section of inner.length > 0 ? inner : [outer]) {
      if (section.getAttribute('data-markdown') === null) {
        sections.push({ kind: 'html', html: (section as unknown as { innerHTML: string }).innerHTML, stack });
        continue;
      }
      const separators = {
        separator: attribute(section, 'data-separator'),
        verticalSeparator: attribute(section, 'data-separator-vertical'),
        notesSeparator: attribute(section, 'data-separator-notes'),
      };
      const external = attribute(section, 'data-markdown');
      let markdown: string;
      if (external) {
        if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(external)) throw new DocentError('DECK_INVALID', `the page loads its markdown from ${external}; Docent imports only files beside the page`, { file });
        const source = path.resolve(path.dirname(file), decodeURIComponent(external));
        markdown = (await readLimited(source, maxDeckBytes, 'markdown file')).toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
      } else {
        const template = section.querySelector('[data-template]') ?? section.querySelector('script');
        markdown = templateMarkdown(templateText(template ?? section).replace(/\r\n?/g, '\n'));
      }
      sections.push({ kind: 'markdown', markdown, stack, ...separators });
    }
  }
  const title = document.getElementsByTagName('title')[0]?.textContent ?? null;
  return { title, theme: linkedTheme(document), sections };
}

/** A picture the deck names, as a path inside the page's folder (reveal.js resolves them against the page). */
function pictureInside(pageFolder: string, reference: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(reference);
  } catch {
    decoded = reference;
  }
  const normalized = path.posix.normalize(decoded.replace(/\\/g, '/'));
  if (normalized.startsWith('../') || normalized === '..' || path.posix.isAbsolute(normalized)) return null;
  return path.join(pageFolder, normalized);
}

export async function importRevealPage(page: string, out: string, options: ImportOptions): Promise<ImportResult> {
  const file = path.resolve(options.cwd, page);
  const folder = path.resolve(options.cwd, out);
  const pageFolder = path.dirname(file);
  const { markdown, notices } = revealPageDeck(await readPage(file));

  // Every picture read before anything is written; a missing one is named, not fatal (reveal.js shows none either).
  const pictures: Array<{ relative: string; bytes: Buffer }> = [];
  for (const reference of localPictureReferences(markdown)) {
    const source = pictureInside(pageFolder, reference);
    if (!source) {
      notices.push(`picture ${reference} is outside the page's folder; it is not copied`);
      continue;
    }
    const bytes = await readLimited(source, maxPictureBytes, 'picture').catch((error: unknown) => {
      if (error instanceof DocentError && error.code === 'DECK_NOT_FOUND') return null;
      throw error;
    });
    if (bytes === null) notices.push(`picture ${reference} is not there; it is not copied`);
    else pictures.push({ relative: path.relative(pageFolder, source), bytes });
  }

  const deckFile = path.join(folder, deckFileName);
  const existing = await readIfExists(deckFile);
  if (existing !== null && !options.force && existing.toString('utf8') !== markdown && !(await writtenByDocent(folder, existing.toString('utf8')))) {
    throw new DocentError('OVERWRITE_REFUSED', 'refusing to overwrite: it is not what Docent wrote there (edited?); use --force to replace it', { file: path.relative(options.cwd, deckFile) || deckFile });
  }
  for (const picture of pictures) {
    const target = path.join(folder, picture.relative);
    if (path.resolve(target) === path.resolve(pageFolder, picture.relative) && folder === pageFolder) continue;
    const there = await readIfExists(target);
    if (there !== null && !there.equals(picture.bytes) && !options.force) {
      throw new DocentError('OVERWRITE_REFUSED', 'refusing to overwrite a different picture; use --force to replace it', { file: path.relative(options.cwd, target) || target });
    }
  }

  const record = `${JSON.stringify({ generator: 'docent', document: path.basename(file), sha256: sha256(markdown) }, null, 2)}\n`;
  if (existing === null && !(await exists(folder))) {
    // A new folder: built whole beside the target, then renamed into place, so it appears complete or not at all.
    const building = path.join(path.dirname(folder), `.${path.basename(folder)}.${randomBytes(6).toString('hex')}.importing`);
    try {
      await writeDeck(building, markdown, record, pictures);
      await rename(building, folder);
    } catch (error) {
      await rm(building, { recursive: true, force: true });
      throw error instanceof DocentError ? error : new DocentError('IO_FAILED', `cannot write the deck folder: ${(error as Error).message}`, { file: out });
    }
  } else {
    await writeDeck(folder, markdown, record, pictures);
  }
  return { deckFile, pictures: pictures.map((picture) => picture.relative), notices };
}

async function exists(target: string): Promise<boolean> {
  return stat(target).then(
    () => true,
    () => false,
  );
}

/** Pictures first, deck.md last (each atomically), so a deck.md never names a picture not yet written. */
async function writeDeck(folder: string, markdown: string, record: string, pictures: Array<{ relative: string; bytes: Buffer }>): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const picture of pictures) {
    const target = path.join(folder, picture.relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, picture.bytes);
  }
  await writeFileAtomic(path.join(folder, generatedRecordName), record);
  await writeFileAtomic(path.join(folder, deckFileName), markdown);
}

/** True when deck.md is exactly what Docent last wrote there (its record's hash). */
async function writtenByDocent(folder: string, text: string): Promise<boolean> {
  const record = await readIfExists(path.join(folder, generatedRecordName));
  if (!record) return false;
  try {
    return (JSON.parse(record.toString('utf8')) as { sha256?: string }).sha256 === sha256(text);
  } catch {
    return false;
  }
}
