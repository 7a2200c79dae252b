// A saved web page (.html, with or without its `_files` folder; .mhtml) -> blocks. Mozilla Readability
// picks the article out of the page's navigation, ads and comments, with its headline, byline and date;
// the article's HTML is then read like any other (html-blocks). Nothing on the page runs or is fetched.
import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from './dom';
import type { DocumentBlock } from '../../core/document/document-model';
import { htmlBlocks } from './html-blocks';
import { readMimeArchive } from './mime-archive';
import { embeddedScheme } from './picture-store';
import type { ReadBlocks } from './reader-result';

/** An article shorter than this (characters) is not trusted: the whole page is read instead. */
const minArticleCharacters = 250;

function isoDate(text: string | null | undefined): string | null {
  return /^\d{4}-\d{2}-\d{2}/.exec(text ?? '')?.[0] ?? null;
}

export function readWebPage(html: string, _file?: string): ReadBlocks {
  const document = parseHtmlDocument(html);
  const metaDate =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    document.querySelector('meta[name="date"], meta[name="pubdate"], meta[itemprop="datePublished"]')?.getAttribute('content') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime');
  let article: ReturnType<Readability['parse']>;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: minArticleCharacters, keepClasses: false }).parse();
  } catch {
    article = null;
  }
  const readingNotes: string[] = [];
  let blocks: DocumentBlock[];
  let title: string | null;
  if (article?.content && (article.length ?? 0) >= minArticleCharacters) {
    blocks = htmlBlocks(article.content).blocks;
    title = article.title?.trim() || null;
    if (article.byline?.trim()) readingNotes.push(`Byline: ${article.byline.trim()}`);
    if (article.siteName?.trim()) readingNotes.push(`Published by ${article.siteName.trim()}.`);
  } else {
    const whole = htmlBlocks(html);
    blocks = whole.blocks;
    title = whole.title;
  }
  // The headline again at the top of the article is not a section.
  const first = blocks[0];
  if (title && first?.kind === 'heading' && first.text === title) blocks = blocks.slice(1);
  if (title) blocks = blocks.map((block) => (block.kind === 'heading' && block.level === 1 ? { ...block, level: 2 } : block));
  return { blocks, title, date: isoDate(article?.publishedTime) ?? isoDate(metaDate), embedded: new Map(), readingNotes };
}

/** A page saved as one MHTML file: its HTML part read as a web page, its pictures taken from the other parts. */
export function readMhtml(bytes: Uint8Array): ReadBlocks {
  const archive = readMimeArchive(bytes);
  const embedded = new Map<string, Uint8Array>();
  const keys = new Map<string, string>();
  for (const part of archive.resources) {
    const key = String(embedded.size);
    embedded.set(key, part.bytes);
    keys.set(part.location, key);
  }
  const page = readWebPage(archive.html);
  const blocks = page.blocks.map((block) => {
    if (block.kind !== 'picture') return block;
    const key = keys.get(block.src) ?? keys.get(new URL(block.src, archive.location || 'about:blank').href);
    return key === undefined ? block : { ...block, src: `${embeddedScheme}${key}` };
  });
  return { ...page, blocks, embedded };
}
