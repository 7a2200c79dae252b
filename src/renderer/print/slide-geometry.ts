// Measures the laid-out print pages for exports that rebuild slides (PowerPoint) or capture them
// (PNG): each page's place in the document, and each top-level block's box and text style as the
// theme rendered it. Read once the print view is ready, after its pages are arranged.
import type { PrintedPage } from '../../shared/print-plan';
import type { BlockGeometry, Box, PageGeometry, TextStyle } from '../../shared/slide-geometry';

export function readSlideGeometry(slidesElement: HTMLElement, pages: PrintedPage[]): PageGeometry[] {
  const elements = [...slidesElement.children] as HTMLElement[];
  const fallbackBackground = colourOf(getComputedStyle(document.querySelector('.reveal-viewport') ?? document.body).backgroundColor) ?? '#ffffff';
  return pages.map((printed, index): PageGeometry => {
    const element = elements[index];
    const rect = element?.getBoundingClientRect();
    const page: Box = rect ? { x: rect.left + window.scrollX, y: rect.top + window.scrollY, width: rect.width, height: rect.height } : { x: 0, y: 0, width: 0, height: 0 };
    const section = printed.kind === 'slide' || printed.kind === 'step' ? element?.querySelector<HTMLElement>(':scope > section') : null;
    const backgroundElement = element?.querySelector<HTMLElement>(':scope > .slide-background');
    const background = (backgroundElement && colourOf(getComputedStyle(backgroundElement).backgroundColor)) ?? fallbackBackground;
    return { slide: printed.slide, kind: printed.kind, page, background, blocks: section && rect ? blocksOf(section, rect) : [] };
  });
}

function blocksOf(section: HTMLElement, origin: DOMRect): BlockGeometry[] {
  return ([...section.children] as HTMLElement[]).filter(isContentBlock).map((element) => {
    const image = element.tagName === 'P' ? element.querySelector('img') : null;
    const textElement = element.matches('ul, ol') ? element.querySelector('li') : element.tagName === 'TABLE' ? element.querySelector('td') : element;
    const headerElement = element.tagName === 'TABLE' ? element.querySelector('th') : null;
    return {
      tag: element.tagName.toLowerCase(),
      box: relative(element.getBoundingClientRect(), origin),
      text: textElement instanceof HTMLElement ? textStyle(textElement) : null,
      header: headerElement instanceof HTMLElement ? textStyle(headerElement) : null,
      image: image ? relative(image.getBoundingClientRect(), origin) : null,
      columns: element.tagName === 'TABLE' ? [...(element.querySelector('tr')?.children ?? [])].map((cell) => cell.getBoundingClientRect().width) : [],
    };
  });
}

/** The blocks the deck model has: not the notes, nor what sanitizing or markers left empty. */
function isContentBlock(element: HTMLElement): boolean {
  if (element.matches('aside.notes, script, style')) return false;
  if (element.matches('figure, table, pre, img, video, canvas, svg, hr')) return !element.matches('hr');
  return Boolean(element.textContent?.trim()) || element.querySelector('img, figure, canvas, svg') !== null;
}

function relative(rect: DOMRect, origin: DOMRect): Box {
  return { x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width, height: rect.height };
}

function textStyle(element: HTMLElement): TextStyle {
  const style = getComputedStyle(element);
  // A slide the fit rules scaled down shows its text smaller than its computed size.
  const rect = element.getBoundingClientRect();
  const scale = element.offsetHeight > 0 ? rect.height / element.offsetHeight : 1;
  const fontSize = parseFloat(style.fontSize) * (scale > 0 ? scale : 1);
  const lineHeight = style.lineHeight === 'normal' ? 1.2 : parseFloat(style.lineHeight) / parseFloat(style.fontSize);
  const align = style.textAlign === 'center' || style.textAlign === 'right' || style.textAlign === 'justify' ? style.textAlign : 'left';
  return {
    fontFamily: (style.fontFamily.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, '') || 'sans-serif',
    fontSize: fontSize > 0 ? fontSize : 16,
    color: colourOf(style.color) ?? '#000000',
    bold: Number(style.fontWeight) >= 600 || style.fontWeight === 'bold',
    italic: style.fontStyle === 'italic',
    align,
    uppercase: style.textTransform === 'uppercase',
    lineHeight: Number.isFinite(lineHeight) && lineHeight > 0 ? lineHeight : 1.2,
  };
}

/** rgb()/rgba() as #rrggbb; null when fully transparent. */
function colourOf(css: string): string | null {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(css);
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  if (alpha === 0) return null;
  return `#${[match[1], match[2], match[3]].map((part) => Math.round(Number(part)).toString(16).padStart(2, '0')).join('')}`;
}
