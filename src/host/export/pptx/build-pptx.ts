// The deck as an editable PowerPoint file (pptxgenjs): one 16:9 slide per slide (or per fragment
// step), titles and bullets as text boxes in the theme's fonts and colours, pictures as pictures,
// tables as tables, each map as a sharp picture with its places in the alt text, notes in the notes.
// Content comes from the deck model; where each block sits and how it is styled, from the print
// view's measurements of the rendered slide (a stacked layout stands in when they do not match).
import PptxGenJS from 'pptxgenjs';
import type { Deck, Slide } from '../../../core/deck/deck-model';
import { fragmentOrder, type FragmentOrder } from '../../../core/deck/fragment-order';
import { notesParagraphs, runsText, slideBlocks, type SlideBlock, type TextRun } from '../../../core/deck/slide-blocks';
import { describeMapYaml } from '../../../core/map/describe-map';
import type { BlockGeometry, Box, PageGeometry, TextStyle } from '../../../shared/slide-geometry';
import { finishPptx, type AppearTarget } from './finish-pptx';
import { codeFont, hex, inches, listObjects, runObjects, slideInches, styleOptions } from './pptx-text';

/** A picture's bytes as pptxgenjs takes them ("image/png;base64,…") and its pixel size. */
export interface PptxPicture {
  data: string;
  width: number;
  height: number;
}

export interface PptxInput {
  deck: Deck;
  /** The print view's measurements of each slide page, in slide order (kind 'slide'). */
  geometry: PageGeometry[];
  /** The deck's picture for a src as written in the markdown, or null when it could not be read. */
  picture(src: string): PptxPicture | null;
  /** The rendered map (PNG) of a slide's nth map block, or null. */
  mapImage(slide: number, map: number): PptxPicture | null;
  /** One PowerPoint slide per fragment step instead of one per slide. */
  fragments: boolean;
  /** Called after each slide is built (for progress). */
  onSlide?(done: number, total: number): void;
}

export interface BuiltPptx {
  bytes: Uint8Array;
  /** PowerPoint slides written (more than the deck's slides with fragments). */
  slides: number;
  warnings: string[];
}

const fallbackText: TextStyle = { fontFamily: 'Arial', fontSize: 32, color: '#222222', bold: false, italic: false, align: 'left', uppercase: false, lineHeight: 1.3 };
const fallbackHeading: TextStyle = { ...fallbackText, fontSize: 56, bold: true };

export async function buildPptx(input: PptxInput): Promise<BuiltPptx> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  const { meta } = input.deck;
  if (meta.title) pptx.title = meta.title;
  if (meta.subtitle) pptx.subject = meta.subtitle;
  pptx.author = meta.author ?? '';
  pptx.company = '';
  const warnings: string[] = [];
  const animations = new Map<number, AppearTarget[]>();
  let written = 0;
  input.deck.slides.forEach((slide, index) => {
    const number = index + 1;
    const blocks = slideBlocks(slide.content);
    const geometry = input.geometry.find((page) => page.slide === number && page.kind === 'slide') ?? null;
    const boxes = matchGeometry(blocks, geometry);
    if (geometry && !boxes.matched) warnings.push(`slide ${number}: its rendered layout did not match its blocks; laid out in a plain column instead`);
    const order = fragmentOrder(blocks);
    const steps = input.fragments ? order.steps : 1;
    for (let step = 0; step < steps; step++) {
      const shown = input.fragments ? step : order.steps - 1;
      written += 1;
      // Without --fragments, every fragment is on the one slide and appears on a click, as presented.
      const appear = addSlide(pptx, { slide, number, blocks, boxes: boxes.list, background: geometry?.background ?? '#ffffff', order, shown, input, warnings });
      if (!input.fragments && appear.length) animations.set(written, appear);
    }
    input.onSlide?.(number, input.deck.slides.length);
  });
  const packed = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return { bytes: await finishPptx(packed, animations), slides: written, warnings };
}

interface SlideWork {
  slide: Slide;
  number: number;
  blocks: SlideBlock[];
  boxes: BlockGeometry[];
  background: string;
  order: FragmentOrder;
  /** Fragments up to this step are shown. */
  shown: number;
  input: PptxInput;
  warnings: string[];
}

/** Adds one PowerPoint slide; returns what should appear on which click (fragments shown on it). */
function addSlide(pptx: PptxGenJS, work: SlideWork): AppearTarget[] {
  const slide = pptx.addSlide();
  const appear: AppearTarget[] = [];
  slide.background = { color: hex(work.background) };
  let mapIndex = 0;
  const visible = (mark: SlideBlock['fragment']) => work.order.stepOf(mark) <= work.shown;
  work.blocks.forEach((block, index) => {
    const geometry = work.boxes[index];
    if (!geometry) return;
    if (block.kind === 'map') mapIndex += 1;
    if (!visible(block.fragment)) return;
    const position = inches(geometry.box);
    const style = geometry.text ?? (block.kind === 'heading' ? fallbackHeading : fallbackText);
    // Every shape named, so fragments can be animated by name (see finish-pptx.ts).
    const objectName = index === firstHeading(work.blocks) ? 'Title' : `${block.kind} ${index + 1}`;
    const base = { ...position, ...styleOptions(style), margin: 0, valign: 'top' as const, fit: 'shrink' as const, objectName };
    const step = work.order.stepOf(block.fragment);
    if (step > 0) appear.push({ shape: objectName, paragraph: null, step, text: block.kind !== 'image' && block.kind !== 'map' && block.kind !== 'table' });
    switch (block.kind) {
      case 'heading':
        slide.addText(runObjects(block.runs, style), base);
        break;
      case 'paragraph':
        slide.addText(runObjects(block.runs, style), base);
        break;
      case 'quote':
        slide.addText(block.paragraphs.flatMap((runs) => runObjects(runs, style)), { ...base, italic: true });
        break;
      case 'list': {
        const items = block.items.filter((item) => visible(item.fragment));
        items.forEach((item, paragraph) => {
          const itemStep = work.order.stepOf(item.fragment);
          if (itemStep > 0) appear.push({ shape: objectName, paragraph, step: itemStep, text: true });
        });
        if (items.length) slide.addText(listObjects(items, style), base);
        break;
      }
      case 'code':
        slide.addText(block.text, { ...base, fontFace: codeFont, fontSize: Math.max(8, Math.round(style.fontSize * 0.75 * 0.9)), fill: { color: 'F4F4F4' }, margin: 6 });
        break;
      case 'table':
        slide.addTable(tableRows(block, geometry), { ...tablePosition(block, geometry), objectName, fontFace: style.fontFamily, fontSize: base.fontSize, color: base.color, border: { type: 'solid', pt: 0.75, color: '999999' }, margin: 3, autoPage: false });
        break;
      case 'image': {
        const picture = work.input.picture(block.src);
        if (!picture) {
          work.warnings.push(`slide ${work.number}: the picture ${block.src} could not be read; left out`);
          break;
        }
        slide.addImage({ data: picture.data, ...fitted(geometry.image ?? geometry.box, picture), altText: block.alt || undefined, objectName });
        if (!block.alt) work.warnings.push(`slide ${work.number}: the picture ${block.src} has no alt text`);
        break;
      }
      case 'map': {
        const picture = work.input.mapImage(work.number, mapIndex - 1);
        if (!picture) {
          work.warnings.push(`slide ${work.number}: its map could not be captured; left out`);
          break;
        }
        slide.addImage({ data: picture.data, ...position, altText: describeMapYaml(block.yaml), objectName });
        break;
      }
    }
  });
  const notes = notesText(work.slide.notes);
  if (notes) slide.addNotes(notes);
  return appear;
}

function firstHeading(blocks: SlideBlock[]): number {
  return blocks.findIndex((block) => block.kind === 'heading');
}

/** Speaker notes as PowerPoint's plain notes text: one line per paragraph, quotes with who said them. */
export function notesText(notes: string | null): string {
  return notesParagraphs(notes)
    .map(runsText)
    .filter((line) => line.trim())
    .join('\n');
}

function tableRows(block: Extract<SlideBlock, { kind: 'table' }>, geometry: BlockGeometry): PptxGenJS.TableRow[] {
  const cell = (runs: TextRun[], style: TextStyle | null, header: boolean): PptxGenJS.TableCell => ({
    text: runsText(runs),
    options: { bold: header || undefined, ...(style ? { color: hex(style.color), fontFace: style.fontFamily, fontSize: Math.max(6, Math.round(style.fontSize * 0.75)) } : {}), ...(header ? { fill: { color: 'EEEEEE' } } : {}) },
  });
  return [block.header.map((runs) => cell(runs, geometry.header, true)), ...block.rows.map((row) => row.map((runs) => cell(runs, geometry.text, false)))];
}

/**
 * Where a table goes and its columns' widths: as rendered, but no column narrower than its longest
 * word needs in a wider substitute font (a viewer without the theme's font must not break words).
 */
function tablePosition(block: Extract<SlideBlock, { kind: 'table' }>, geometry: BlockGeometry): { x: number; y: number; w: number; colW?: number[] } {
  const area = inches(geometry.box);
  const count = block.header.length;
  if (!geometry.columns.length || geometry.columns.length !== count) return area;
  const size = Math.max(geometry.text?.fontSize ?? 16, geometry.header?.fontSize ?? 16);
  const longestWord = (column: number) =>
    Math.max(...[block.header, ...block.rows].map((row) => Math.max(0, ...runsText(row[column] ?? []).split(/\s+/).map((word) => word.length))));
  // 0.75 em a character is wide enough for the widest common substitutes (DejaVu Sans Bold); plus the cell margins.
  const widths = geometry.columns.map((width, column) => Math.max(width, longestWord(column) * size * 0.75 + 12) / 96);
  const total = widths.reduce((sum, width) => sum + width, 0);
  const fit = Math.min(1, (slideInches.width - 0.4) / total);
  const colW = widths.map((width) => Math.round(width * fit * 1000) / 1000);
  const w = colW.reduce((sum, width) => sum + width, 0);
  const centre = area.x + area.w / 2;
  return { x: Math.max(0.2, Math.min(slideInches.width - 0.2 - w, centre - w / 2)), y: area.y, w, colW };
}

/** The picture inside its box, aspect ratio kept, centred (as CSS object-fit: contain). */
function fitted(box: Box, picture: PptxPicture): { x: number; y: number; w: number; h: number } {
  const area = inches(box);
  if (!(picture.width > 0 && picture.height > 0)) return area;
  const scale = Math.min(area.w / picture.width, area.h / picture.height);
  const w = picture.width * scale;
  const h = picture.height * scale;
  return { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h };
}

/** Which rendered tags each model block can be (a picture is a paragraph holding an <img>). */
const tagsOf: Record<SlideBlock['kind'], string[]> = {
  heading: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  paragraph: ['p'],
  list: ['ul', 'ol'],
  quote: ['blockquote'],
  image: ['p', 'img'],
  table: ['table'],
  code: ['pre'],
  map: ['figure', 'pre', 'div'],
};

/** Pairs the model's blocks with the rendered ones, in order; a stacked layout when they do not pair. */
function matchGeometry(blocks: SlideBlock[], geometry: PageGeometry | null): { list: BlockGeometry[]; matched: boolean } {
  const rendered = geometry?.blocks ?? [];
  const pairs = rendered.length === blocks.length && blocks.every((block, index) => tagsOf[block.kind].includes(rendered[index]?.tag ?? ''));
  if (pairs) return { list: rendered, matched: true };
  return { list: stackedLayout(blocks), matched: false };
}

/** A title on top and the other blocks sharing the rest of the slide, for slides not measured. */
function stackedLayout(blocks: SlideBlock[]): BlockGeometry[] {
  const margin = 64;
  const width = slideInches.width * 96 - 2 * margin;
  const titleHeight = 120;
  const hasTitle = blocks[0]?.kind === 'heading';
  const rest = blocks.length - (hasTitle ? 1 : 0);
  const top = hasTitle ? margin + titleHeight + 16 : margin;
  const each = rest > 0 ? (720 - margin - top) / rest : 0;
  let position = 0;
  return blocks.map((block, index): BlockGeometry => {
    if (index === 0 && hasTitle) return { tag: 'h2', box: { x: margin, y: margin, width, height: titleHeight }, text: fallbackHeading, header: null, image: null, columns: [] };
    const box = { x: margin, y: top + position * each, width, height: each };
    position += 1;
    return { tag: tagsOf[block.kind][0] ?? 'p', box, text: fallbackText, header: fallbackText, image: null, columns: [] };
  });
}
