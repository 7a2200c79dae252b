// HTML -> blocks, kept simple and safe: no DOM, no script runs. Headings, paragraphs, list items,
// pictures (`<img>` with its alt text) and figure captions are read in document order; every other tag is
// dropped. A `<figcaption>` after a picture is that picture's caption.
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
  const element = /<(h[1-6]|p|li|figcaption|blockquote)\b[^>]*>([\s\S]*?)<\/\1\s*>|<img\b([^>]*)>|<\/figure\s*>/gi;
  let openPicture: Extract<DocumentBlock, { kind: 'picture' }> | null = null;
  for (const match of body.matchAll(element)) {
    if (match[0].startsWith('</')) {
      openPicture = null;
      continue;
    }
    if (match[3] !== undefined) {
      const src = attribute(match[3], 'src');
      if (!src) continue;
      openPicture = { kind: 'picture', src, alt: attribute(match[3], 'alt'), caption: null };
      blocks.push(openPicture);
      continue;
    }
    const tag = (match[1] ?? '').toLowerCase();
    // A picture inside a paragraph (`<p><img …></p>`) comes before the paragraph's text.
    if (tag !== 'figcaption') {
      for (const image of (match[2] ?? '').matchAll(/<img\b([^>]*)>/gi)) {
        const src = attribute(image[1] ?? '', 'src');
        if (!src) continue;
        openPicture = { kind: 'picture', src, alt: attribute(image[1] ?? '', 'alt'), caption: null };
        blocks.push(openPicture);
      }
    }
    const inner = (match[2] ?? '').replace(/<img\b[^>]*>/gi, '').trim();
    const text = textOf(match[2] ?? '');
    if (!text) continue;
    if (tag === 'figcaption' && openPicture && openPicture.caption === null) {
      openPicture.caption = text;
      openPicture = null;
      continue;
    }
    openPicture = null;
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

/** An attribute's decoded value in a tag's attribute text, or null. */
function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  if (!match) return null;
  const value = decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim();
  return value === '' ? null : value;
}
