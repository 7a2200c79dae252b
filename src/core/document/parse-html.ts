// HTML -> blocks, kept simple and safe: no DOM, no script runs. Headings, paragraphs, list items and
// figure captions are read in document order; every other tag is dropped.
import type { DocumentBlock } from './document-model';
import { isDateLine, isNumberedHeading } from './heading-lines';

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
    const inner = (match[2] ?? '').trim();
    const text = textOf(inner);
    if (!text) continue;
    if (tag.startsWith('h')) {
      // A date set as a heading is a date line, not a section.
      if (!isDateLine(text)) blocks.push({ kind: 'heading', level: Number(tag.slice(1)), text });
      continue;
    }
    // "<p><strong>Cities</strong></p>" and "<p>2.1. Property Rights</p>" are headings set as paragraphs.
    const wholeBold = tag === 'p' && /^<(strong|b)\b[^>]*>[\s\S]*<\/\1\s*>$/i.test(inner) && !/<\/(?:strong|b)\s*>[\s\S]*<(?:strong|b)\b/i.test(inner);
    const shortLine = text.split(/\s+/).length <= 12 && !/[.!?:,;]$/.test(text);
    if (tag === 'p' && ((wholeBold && shortLine) || isNumberedHeading(text)) && !isDateLine(text)) blocks.push({ kind: 'heading', level: 4, text });
    else blocks.push({ kind: 'paragraph', text, caption: tag === 'figcaption' });
  }
  return { blocks, title: titleMatch ? textOf(titleMatch[1] ?? '') || null : null };
}
