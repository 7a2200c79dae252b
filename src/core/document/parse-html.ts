// HTML -> blocks, kept simple and safe: no DOM, no script runs. Headings, paragraphs, list items and
// figure captions are read in document order; every other tag is dropped.
import type { DocumentBlock } from './document-model';

const namedEntities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', eacute: 'é', egrave: 'è', uuml: 'ü', ouml: 'ö', auml: 'ä',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[body.toLowerCase()] ?? whole;
  });
}

function textOf(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

export function parseHtml(html: string): { blocks: DocumentBlock[]; title: string | null } {
  const cleaned = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|svg|nav|footer|aside|form)\b[\s\S]*?<\/\1\s*>/gi, '');
  const titleMatch = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(cleaned);
  const body = cleaned.replace(/<head\b[\s\S]*?<\/head\s*>/i, '');
  const blocks: DocumentBlock[] = [];
  const element = /<(h[1-6]|p|li|figcaption|blockquote)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;
  for (const match of body.matchAll(element)) {
    const tag = (match[1] ?? '').toLowerCase();
    const text = textOf(match[2] ?? '');
    if (!text) continue;
    if (tag.startsWith('h')) blocks.push({ kind: 'heading', level: Number(tag.slice(1)), text });
    else blocks.push({ kind: 'paragraph', text, caption: tag === 'figcaption' });
  }
  return { blocks, title: titleMatch ? textOf(titleMatch[1] ?? '') || null : null };
}
