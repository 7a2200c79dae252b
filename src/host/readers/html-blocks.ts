// An HTML tree (mammoth's Word output, an EPUB chapter, a web page's article) -> document blocks: headings,
// paragraphs, list items, tables, pictures with their alt text and captions, in reading order.
// Footnote references and footnote lists are left out; scripts never run (linkedom only parses).
import { parseHtmlDocument, type DomElement, type DomNode } from './dom';
import type { DocumentBlock } from '../../core/document/document-model';
import { captionText } from './caption-text';

type PictureBlock = Extract<DocumentBlock, { kind: 'picture' }>;

const skipped = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'aside', 'form', 'button', 'iframe', 'object', 'embed', 'head', 'math', 'select', 'textarea']);
const containers = new Set(['body', 'div', 'section', 'article', 'main', 'header', 'footer', 'blockquote', 'figure', 'center', 'details', 'ul', 'ol', 'dl', 'html']);
const headingTag = /^h([1-6])$/;
/** "Figure 2: …" right after a picture is its caption, whatever its markup. */
const captionLabel = /^(?:figure|fig\.|picture|photo|image|illustration|chart|abbildung|abb\.)\s*\d+(?:[.-]\d+)*\s*[:.–—-]\s+\S/i;
/** An "alt text" that is only the picture's file name says nothing. */
const fileNameAlt = /^[\w/ .-]+\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?|emf|wmf)$/i;

export interface HtmlBlocksOptions {
  /** Elements whose class says they are captions (mammoth's `p.caption`, EPUB `caption` classes). */
  captionClass?: RegExp;
}

/** A footnote reference or a footnote list item (mammoth: `#footnote-1`, EPUB: `epub:type="noteref"`). */
function isNote(element: DomElement): boolean {
  const id = element.getAttribute('id') ?? '';
  const href = element.getAttribute('href') ?? '';
  const type = element.getAttribute('epub:type') ?? element.getAttribute('role') ?? '';
  return /^(?:foot|end)note-\d+$/.test(id) || /^#(?:foot|end)note-\d+$/.test(href) || /(?:noteref|footnote|endnote|doc-noteref|doc-footnote|doc-endnotes)/.test(type);
}

function inlineText(node: DomNode): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += child.textContent ?? '';
    else if (child.nodeType === 1) {
      const element = child as DomElement;
      const tag = element.tagName.toLowerCase();
      if (skipped.has(tag) || tag === 'img' || isNote(element) || (tag === 'sup' && element.querySelector('a') && isNote(element.querySelector('a') as DomElement))) continue;
      if (tag === 'br') out += ' ';
      else out += inlineText(element);
    }
  }
  return out;
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function htmlBlocks(html: string, options: HtmlBlocksOptions = {}): { blocks: DocumentBlock[]; title: string | null } {
  const document = parseHtmlDocument(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`);
  const blocks: DocumentBlock[] = [];
  let lastPicture: PictureBlock | null = null;
  const isCaptionElement = (element: DomElement): boolean =>
    element.tagName.toLowerCase() === 'figcaption' || (options.captionClass?.test(element.getAttribute('class') ?? '') ?? false);

  const picture = (element: DomElement): void => {
    const src = element.getAttribute('src')?.trim();
    if (!src) return;
    const alt = clean(element.getAttribute('alt') ?? '');
    lastPicture = { kind: 'picture', src, alt: alt && !fileNameAlt.test(alt) ? alt : null, caption: null };
    blocks.push(lastPicture);
  };
  const picturesIn = (element: DomElement): void => {
    for (const image of Array.from(element.querySelectorAll('img'))) picture(image);
  };
  const paragraph = (text: string, caption = false): void => {
    if (!text) return;
    if ((caption || captionLabel.test(text)) && lastPicture && lastPicture.caption === null) {
      lastPicture.caption = captionText(text);
      lastPicture = null;
      return;
    }
    blocks.push({ kind: 'paragraph', text: caption ? captionText(text) : text, caption });
    lastPicture = null;
  };

  const walk = (element: DomElement): void => {
    const tag = element.tagName.toLowerCase();
    if (skipped.has(tag) || isNote(element)) return;
    if (element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') return;
    const heading = headingTag.exec(tag);
    if (heading) {
      const text = clean(inlineText(element));
      if (text) {
        blocks.push({ kind: 'heading', level: Number(heading[1]), text });
        lastPicture = null;
      }
      return;
    }
    if (tag === 'img') return picture(element);
    if (tag === 'table') return table(element);
    if (tag === 'li' || tag === 'dd' || tag === 'dt') {
      picturesIn(element);
      const own = Array.from(element.childNodes).filter((child) => !(child.nodeType === 1 && /^(ul|ol|dl|table)$/i.test((child as DomElement).tagName)));
      paragraph(clean(own.map((child) => (child.nodeType === 1 ? inlineText(child) : (child.textContent ?? ''))).join('')));
      for (const child of Array.from(element.children)) if (/^(ul|ol|dl|table)$/i.test(child.tagName)) walk(child);
      return;
    }
    if (containers.has(tag) && !isCaptionElement(element)) {
      // A container holding text directly (a <div> used as a paragraph) is read as one.
      const direct = Array.from(element.childNodes).some((child) => child.nodeType === 3 && clean(child.textContent ?? '') !== '');
      if (direct && tag === 'div') {
        picturesIn(element);
        paragraph(clean(inlineText(element)));
        return;
      }
      for (const child of Array.from(element.children)) walk(child);
      return;
    }
    // p, figcaption, pre, address and any other block: pictures first, then the text.
    picturesIn(element);
    paragraph(clean(inlineText(element)), isCaptionElement(element));
  };

  const table = (element: DomElement): void => {
    const rows = Array.from(element.querySelectorAll('tr'))
      .map((row) => Array.from(row.children).filter((cell) => /^(td|th)$/i.test(cell.tagName)).map((cell) => clean(inlineText(cell))))
      .filter((row) => row.length > 0);
    picturesIn(element);
    if (rows.length > 0) blocks.push({ kind: 'table', rows });
    lastPicture = null;
  };

  if (document.body) walk(document.body);
  const title = clean(document.querySelector('title')?.textContent ?? '') || null;
  return { blocks, title };
}

/** Headings one level down, for a document whose title is known apart from its headings (a Word "Title"). */
export function demoteHeadings(blocks: DocumentBlock[]): DocumentBlock[] {
  return blocks.map((block) => (block.kind === 'heading' ? { ...block, level: Math.min(6, block.level + 1) } : block));
}
