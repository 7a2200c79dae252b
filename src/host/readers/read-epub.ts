// EPUB -> blocks: the book's chapters in spine order (META-INF/container.xml → the package file → its
// spine), each chapter's XHTML read like any HTML; a chapter without its own heading gets the table of
// contents' title for it, so every chapter starts a section. Pictures come from inside the book.
import path from 'node:path/posix';
import { parseXmlDocument, type DomDocument } from './dom';
import type { DocumentBlock } from '../../core/document/document-model';
import { looksLikeHeading } from '../../core/document/parse-plain-text';
import { DocentError } from '../../core/errors';
import { htmlBlocks } from './html-blocks';
import { embeddedScheme } from './picture-store';
import type { ReadBlocks } from './reader-result';
import { textEntry, unzipWithin } from './zip-archive';

export async function readEpub(bytes: Uint8Array): Promise<ReadBlocks> {
  const parts = unzipWithin(bytes, () => true);
  if (parts.has('META-INF/encryption.xml') && /EncryptedData/.test(textEntry(parts, 'META-INF/encryption.xml') ?? '') && !/obfuscation/i.test(textEntry(parts, 'META-INF/encryption.xml') ?? '')) {
    throw new DocentError('DOCUMENT_ENCRYPTED', 'the book is encrypted (DRM); Docent reads only books without it');
  }
  const xml = parseXmlDocument;
  const container = textEntry(parts, 'META-INF/container.xml');
  const packagePath = container ? xml(container).getElementsByTagName('rootfile')[0]?.getAttribute('full-path') : null;
  const packageText = packagePath ? textEntry(parts, packagePath) : null;
  if (!packagePath || !packageText) throw new DocentError('DOCUMENT_CORRUPT', 'the book has no package file (META-INF/container.xml does not name one)');
  const opf = xml(packageText);
  const base = path.dirname(packagePath);
  const manifest = new Map<string, { href: string; type: string }>();
  for (const item of Array.from(opf.getElementsByTagName('item'))) {
    const id = item.getAttribute('id');
    const href = item.getAttribute('href');
    if (id && href) manifest.set(id, { href: path.normalize(path.join(base, decodeURIComponent(href))), type: item.getAttribute('media-type') ?? '' });
  }
  const title = opf.getElementsByTagName('dc:title')[0]?.textContent?.trim() || null;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(opf.getElementsByTagName('dc:date')[0]?.textContent ?? '')?.[0] ?? null;
  const tocTitles = tableOfContents(parts, manifest, opf, xml);

  const embedded = new Map<string, Uint8Array>();
  const blocks: DocumentBlock[] = [];
  for (const reference of Array.from(opf.getElementsByTagName('itemref'))) {
    if (reference.getAttribute('linear') === 'no') continue;
    const item = manifest.get(reference.getAttribute('idref') ?? '');
    if (!item || !/html/.test(item.type)) continue;
    const chapterText = textEntry(parts, item.href);
    if (!chapterText) continue;
    const chapter = htmlBlocks(chapterText, { captionClass: /caption/i }).blocks.map((block): DocumentBlock => {
      if (block.kind !== 'picture' || /^[a-z][a-z0-9+.-]*:/i.test(block.src)) return block;
      const inside = parts.get(path.normalize(path.join(path.dirname(item.href), decodeURIComponent(block.src.replace(/[?#].*$/, '')))));
      if (!inside) return { ...block, omitted: 'the book does not contain it' };
      const key = String(embedded.size);
      embedded.set(key, inside);
      return { ...block, src: `${embeddedScheme}${key}` };
    });
    // The book's title again (a title page) is not part of the text.
    const content = chapter.filter((block) => !(block.kind === 'paragraph' && title !== null && block.text === title));
    if (!content.some((block) => block.kind === 'paragraph')) continue; // a cover or a title page
    const first = content[0];
    // A chapter opens with its title: a heading, or else a short line without sentence punctuation.
    if (first?.kind === 'paragraph' && looksLikeHeading(first.text) && content.length > 1) content[0] = { kind: 'heading', level: 2, text: first.text };
    const tocTitle = tocTitles.get(item.href);
    if (content[0]?.kind !== 'heading' && tocTitle) content.unshift({ kind: 'heading', level: 2, text: tocTitle });
    blocks.push(...content.map((block) => (block.kind === 'heading' && block.level === 1 ? { ...block, level: 2 } : block)));
  }
  if (blocks.length === 0) throw new DocentError('DOCUMENT_NO_SENTENCES', 'the book has no chapters with text');
  return { blocks, title, date, embedded };
}

/** Chapter file -> its title in the book's table of contents (EPUB 3 nav or EPUB 2 NCX). */
function tableOfContents(parts: Map<string, Uint8Array>, manifest: Map<string, { href: string; type: string }>, opf: DomDocument, xml: (text: string) => DomDocument): Map<string, string> {
  const titles = new Map<string, string>();
  const nav = Array.from(opf.getElementsByTagName('item')).find((item) => /\bnav\b/.test(item.getAttribute('properties') ?? ''));
  const navItem = nav ? manifest.get(nav.getAttribute('id') ?? '') : undefined;
  const ncxItem = [...manifest.values()].find((item) => item.type === 'application/x-dtbncx+xml');
  const add = (from: string, href: string | null, label: string | null | undefined): void => {
    if (!href || !label?.trim()) return;
    const file = path.normalize(path.join(path.dirname(from), decodeURIComponent(href.replace(/#.*$/, ''))));
    if (!titles.has(file)) titles.set(file, label.replace(/\s+/g, ' ').trim());
  };
  if (navItem) {
    const text = textEntry(parts, navItem.href);
    if (text) for (const link of Array.from(xml(text).getElementsByTagName('a'))) add(navItem.href, link.getAttribute('href'), link.textContent);
  } else if (ncxItem) {
    const text = textEntry(parts, ncxItem.href);
    if (text) {
      for (const point of Array.from(xml(text).getElementsByTagName('navPoint'))) {
        add(ncxItem.href, point.getElementsByTagName('content')[0]?.getAttribute('src') ?? null, point.getElementsByTagName('text')[0]?.textContent);
      }
    }
  }
  return titles;
}
