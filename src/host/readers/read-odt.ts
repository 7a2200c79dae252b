// OpenDocument text (.odt) -> blocks: content.xml read as XML (linkedom's parser; nothing runs). Headings are
// `text:h` with their outline level (or paragraphs whose style has a default outline level), "Title"
// paragraphs the title, lists, tables, pictures (`draw:image`, alt text from `svg:desc`/`svg:title`) with the
// caption paragraph after them or inside their frame; footnotes (`text:note`) are left out.
import { parseXmlDocument, type DomElement, type DomNode, type DomDocument } from './dom';
import type { DocumentBlock } from '../../core/document/document-model';
import { DocentError } from '../../core/errors';
import { captionText } from './caption-text';
import { embeddedScheme } from './picture-store';
import type { ReadBlocks } from './reader-result';
import { textEntry, unzipWithin } from './zip-archive';

interface StyleInfo {
  parent: string | null;
  outlineLevel: number | null;
  displayName: string;
}

function readStyles(xmlDocuments: DomDocument[]): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  for (const document of xmlDocuments) {
    for (const style of Array.from(document.getElementsByTagName('style:style'))) {
      const name = style.getAttribute('style:name');
      if (!name) continue;
      const level = Number(style.getAttribute('style:default-outline-level'));
      styles.set(name, {
        parent: style.getAttribute('style:parent-style-name'),
        outlineLevel: Number.isInteger(level) && level > 0 ? level : null,
        displayName: style.getAttribute('style:display-name') ?? name.replace(/_20_/g, ' '),
      });
    }
  }
  return styles;
}

/** A style's name and its ancestors' ("Heading 1" → "Heading" → "Standard"), nearest first. */
function styleChain(styles: Map<string, StyleInfo>, name: string | null): StyleInfo[] {
  const chain: StyleInfo[] = [];
  for (let current = name, depth = 0; current && depth < 20; depth++) {
    const style = styles.get(current);
    if (!style) break;
    chain.push(style);
    current = style.parent;
  }
  return chain;
}

export async function readOdt(bytes: Uint8Array): Promise<ReadBlocks> {
  const parts = unzipWithin(bytes, (name) => name === 'content.xml' || name === 'styles.xml' || name === 'meta.xml' || name === 'META-INF/manifest.xml' || name.startsWith('Pictures/') || name.startsWith('media/'));
  const content = textEntry(parts, 'content.xml');
  if (/<manifest:encryption-data/.test(textEntry(parts, 'META-INF/manifest.xml') ?? '')) throw new DocentError('DOCUMENT_ENCRYPTED', 'the document is password-protected; save it without a password first');
  if (!content) throw new DocentError('DOCUMENT_CORRUPT', 'the file is not an OpenDocument text (no content.xml)');
  const parse = parseXmlDocument;
  const contentDocument = parse(content);
  const stylesXml = textEntry(parts, 'styles.xml');
  const styles = readStyles([contentDocument, ...(stylesXml ? [parse(stylesXml)] : [])]);
  const body = contentDocument.getElementsByTagName('office:text')[0];
  if (!body) throw new DocentError('DOCUMENT_CORRUPT', 'the file is an OpenDocument file but not a text document (no office:text)');

  const embedded = new Map<string, Uint8Array>();
  const blocks: DocumentBlock[] = [];
  let title: string | null = null;
  let lastPicture: Extract<DocumentBlock, { kind: 'picture' }> | null = null;

  const kindOf = (element: DomElement): 'title' | 'subtitle' | 'caption' | 'heading' | 'body' => {
    const chain = styleChain(styles, element.getAttribute('text:style-name'));
    const names = chain.map((style) => style.displayName.toLowerCase());
    if (names.includes('title')) return 'title';
    if (names.includes('subtitle')) return 'subtitle';
    if (names.some((name) => /^(caption|figure|illustration|drawing)$/.test(name))) return 'caption';
    if (chain.some((style) => style.outlineLevel !== null)) return 'heading';
    return 'body';
  };
  const outlineLevel = (element: DomElement): number => {
    const own = Number(element.getAttribute('text:outline-level'));
    if (Number.isInteger(own) && own > 0) return own;
    return styleChain(styles, element.getAttribute('text:style-name')).find((style) => style.outlineLevel !== null)?.outlineLevel ?? 1;
  };

  /** Text of a paragraph without its footnotes, frames or annotations. */
  const textOf = (node: DomNode): string => {
    let out = '';
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as DomElement).tagName;
        if (tag === 'text:note' || tag === 'draw:frame' || tag === 'office:annotation' || tag === 'text:bookmark-ref') continue;
        if (tag === 'text:s') out += ' '.repeat(Math.min(20, Number((child as DomElement).getAttribute('text:c') ?? 1) || 1));
        else if (tag === 'text:tab' || tag === 'text:line-break') out += ' ';
        else out += textOf(child);
      }
    }
    return out;
  };
  const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

  const picture = (frame: DomElement): void => {
    const image = frame.getElementsByTagName('draw:image')[0];
    if (!image) return;
    const alt = clean(frame.getElementsByTagName('svg:desc')[0]?.textContent ?? '') || clean(frame.getElementsByTagName('svg:title')[0]?.textContent ?? '') || null;
    const href = image.getAttribute('xlink:href') ?? '';
    let src = href;
    const inside = parts.get(href.replace(/^\.\//, ''));
    if (inside) {
      const key = String(embedded.size);
      embedded.set(key, inside);
      src = `${embeddedScheme}${key}`;
    } else if (!href) {
      const data = image.getElementsByTagName('office:binary-data')[0]?.textContent;
      if (!data) return;
      const key = String(embedded.size);
      embedded.set(key, new Uint8Array(Buffer.from(data.replace(/\s+/g, ''), 'base64')));
      src = `${embeddedScheme}${key}`;
    }
    lastPicture = { kind: 'picture', src, alt, caption: null };
    blocks.push(lastPicture);
  };

  const paragraph = (element: DomElement): void => {
    // Frames first: pictures, and text boxes that hold a captioned picture.
    for (const frame of Array.from(element.children).filter((child) => child.tagName === 'draw:frame')) {
      const box = frame.getElementsByTagName('draw:text-box')[0];
      if (box) for (const child of Array.from(box.children)) walk(child);
      else picture(frame);
    }
    const text = clean(textOf(element));
    if (!text) return;
    const kind = element.tagName === 'text:h' ? 'heading' : kindOf(element);
    if (kind === 'title' && title === null) title = text;
    else if (kind === 'heading') blocks.push({ kind: 'heading', level: outlineLevel(element), text });
    else if (kind === 'caption' && lastPicture && lastPicture.caption === null) lastPicture.caption = captionText(text);
    else if (kind === 'caption') blocks.push({ kind: 'paragraph', text: captionText(text), caption: true });
    else blocks.push({ kind: 'paragraph', text });
    if (kind !== 'caption') lastPicture = null;
  };

  const table = (element: DomElement): void => {
    const rows: string[][] = [];
    for (const row of Array.from(element.getElementsByTagName('table:table-row'))) {
      const cells = Array.from(row.children).filter((cell) => cell.tagName === 'table:table-cell');
      rows.push(cells.map((cell) => clean(Array.from(cell.children).map(textOf).join(' '))));
    }
    blocks.push({ kind: 'table', rows });
    lastPicture = null;
  };

  const walk = (element: DomElement): void => {
    switch (element.tagName) {
      case 'text:h':
      case 'text:p':
        return paragraph(element);
      case 'table:table':
        return table(element);
      case 'text:list':
      case 'text:list-item':
      case 'text:list-header':
      case 'text:section':
      case 'text:index-body':
        for (const child of Array.from(element.children)) walk(child);
        return;
      case 'text:table-of-content':
      case 'text:alphabetical-index':
      case 'text:illustration-index':
      case 'text:bibliography':
      case 'text:tracked-changes':
      case 'office:forms':
      case 'text:sequence-decls':
        return;
      default:
        return;
    }
  };
  for (const child of Array.from(body.children)) walk(child);

  const metaTitle = /<dc:title>([^<]+)<\/dc:title>/.exec(textEntry(parts, 'meta.xml') ?? '')?.[1]?.trim() ?? null;
  const knownTitle = title ?? metaTitle;
  return { blocks: knownTitle ? blocks.map((block) => (block.kind === 'heading' ? { ...block, level: Math.min(6, block.level + 1) } : block)) : blocks, title: knownTitle, date: null, embedded };
}
