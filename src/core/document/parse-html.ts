// HTML -> blocks, kept simple and safe: no DOM, no script runs. Headings, paragraphs, list items,
// pictures (`<img>` with its alt text) and figure captions are read in document order; every other tag is
// dropped. A `<figcaption>` after a picture is that picture's caption.
import type { DocumentBlock } from './document-model';
import { isDateLine, isNumberedHeading } from './heading-lines';
import { firstElement, imageTags, removeElements, removeImageTags, removeSpans, removeTags, scanElements } from './html-scan';

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
  return decodeEntities(removeTags(html.replace(/<br\s*\/?>/gi, ' '))).replace(/\s+/g, ' ').trim();
}

/** Elements whose text is never the article's. */
const skippedElements = ['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'form'];
const blockElements = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'figcaption', 'blockquote'];

export function parseHtml(html: string): { blocks: DocumentBlock[]; title: string | null } {
  // Every scan here is linear (html-scan.ts): lazy regular expressions over unclosed comments or
  // elements were quadratic (200,000 unclosed `<svg ` took half a minute).
  const cleaned = removeElements(removeSpans(html, '<!--', '-->'), skippedElements);
  const titleElement = firstElement(cleaned, 'title');
  const body = removeElements(cleaned, ['head'], 1);
  const blocks: DocumentBlock[] = [];
  let openPicture: Extract<DocumentBlock, { kind: 'picture' }> | null = null;
  for (const match of scanElements(body, blockElements, true)) {
    if (match.name === '/figure') {
      openPicture = null;
      continue;
    }
    if (match.name === 'img') {
      const src = attribute(match.inner, 'src');
      if (!src) continue;
      openPicture = { kind: 'picture', src, alt: attribute(match.inner, 'alt'), caption: null };
      blocks.push(openPicture);
      continue;
    }
    const tag = match.name;
    // A picture inside a paragraph (`<p><img …></p>`) comes before the paragraph's text.
    if (tag !== 'figcaption') {
      for (const image of imageTags(match.inner)) {
        const src = attribute(image, 'src');
        if (!src) continue;
        openPicture = { kind: 'picture', src, alt: attribute(image, 'alt'), caption: null };
        blocks.push(openPicture);
      }
    }
    const inner = removeImageTags(match.inner).trim();
    const text = textOf(match.inner);
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
    const wholeBold = tag === 'p' && /^<(strong|b)\b[^>]*>[\s\S]*<\/\1\s*>$/i.test(inner) && !boldReopens(inner);
    const shortLine = text.split(/\s+/).length <= 12 && !/[.!?:,;]$/.test(text);
    if (tag === 'p' && ((wholeBold && shortLine) || isNumberedHeading(text)) && !isDateLine(text)) blocks.push({ kind: 'heading', level: 4, text });
    else blocks.push({ kind: 'paragraph', text, caption: tag === 'figcaption' });
  }
  return { blocks, title: titleElement ? textOf(titleElement.inner) || null : null };
}

/**
 * Whether bold text closes and opens again (`<b>a</b> and <b>b</b>`), as
 * `/<\/(?:strong|b)\s*>[\s\S]*<(?:strong|b)\b/i` finds it, without trying the rest from every closing tag.
 */
function boldReopens(html: string): boolean {
  const close = /<\/(?:strong|b)\s*>/i.exec(html);
  return close !== null && /<(?:strong|b)\b/i.test(html.slice(close.index + close[0].length));
}

/** An attribute's decoded value in a tag's attribute text, or null. */
function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  if (!match) return null;
  const value = decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim();
  return value === '' ? null : value;
}
