// docent export --pptx and File → Export → PowerPoint…: measures the rendered slides in the print
// view, captures each map as a picture, reads the deck's pictures from its folder, builds the file
// and writes it atomically (a failed or cancelled export leaves the old file as it was).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Deck } from '../../../core/deck/deck-model';
import { slideBlocks } from '../../../core/deck/slide-blocks';
import { confinePath } from '../../confine-path';
import { writeFileAtomic } from '../../atomic-write';
import type { Box, PageGeometry } from '../../../shared/slide-geometry';
import { throwIfCancelled } from '../abortable';
import { progress, type ProgressListener } from '../export-progress';
import { checkWritable } from '../export-to-file';
import { openMeasuredView } from '../open-measured-view';
import type { Printer } from '../printer';
import { buildPptx, type PptxPicture } from './build-pptx';

export interface ExportPptxOptions {
  printer: Printer;
  /** The print view's URL for one page per slide (layout=slides, no steps, no range). */
  url: string;
  deck: Deck;
  /** The deck's folder: pictures are read from inside it only. */
  folder: string;
  /** The deck's markdown file in that folder, which the export may never replace. */
  deckFileName?: string;
  file: string;
  fragments: boolean;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  readyTimeoutMs?: number;
}

export interface ExportedPptx {
  file: string;
  slides: number;
  warnings: string[];
}

/** Maps and pictures are captured at twice the slide's pixels, so they stay sharp on a projector. */
const captureScale = 2;

const pictureTypes: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml' };

export async function exportPptx(options: ExportPptxOptions): Promise<ExportedPptx> {
  const file = path.resolve(options.file);
  await checkWritable(file, { folder: options.folder, fileName: options.deckFileName ?? 'deck.md' });
  const report = options.onProgress ?? (() => undefined);
  const view = await openMeasuredView({ printer: options.printer, url: options.url, scale: captureScale, hideSlideNumbers: true, signal: options.signal, onProgress: report, readyTimeoutMs: options.readyTimeoutMs });
  const pictures = new Map<string, PptxPicture | null>();
  const maps = new Map<string, PptxPicture | null>();
  try {
    report(progress('printing', 'Capturing maps and pictures'));
    const slidePages = view.geometry.filter((page) => page.kind === 'slide');
    for (const page of slidePages) {
      const blocks = slideBlocks(options.deck.slides[page.slide - 1]?.content ?? '');
      let mapIndex = 0;
      for (const [index, block] of blocks.entries()) {
        const geometry = page.blocks[index];
        if (block.kind === 'map') {
          const key = `${page.slide}:${mapIndex++}`;
          maps.set(key, geometry && geometry.tag === 'figure' ? await capture(view.screenshot, page, geometry.box) : null);
        }
        if (block.kind === 'image' && !pictures.has(block.src)) {
          const own = await readPicture(options.folder, block.src);
          const box = geometry?.image ?? null;
          pictures.set(block.src, own ? { ...own, width: box?.width ?? 0, height: box?.height ?? 0 } : box ? await capture(view.screenshot, page, box) : null);
        }
      }
      throwIfCancelled(options.signal);
    }
  } finally {
    await view.close();
  }

  report(progress('finishing', 'Building the slides'));
  const built = await buildPptx({
    deck: options.deck,
    geometry: view.geometry,
    picture: (src) => pictures.get(src) ?? null,
    mapImage: (slide, map) => maps.get(`${slide}:${map}`) ?? null,
    fragments: options.fragments,
    onSlide: (done, total) => report(progress('finishing', `Building slide ${done} of ${total}`, done / total)),
  });
  throwIfCancelled(options.signal);
  report(progress('writing', `Writing ${path.basename(file)}`));
  await writeFileAtomic(file, built.bytes);
  const warnings = [...view.plan.warnings, ...built.warnings];
  report({ ...progress('done', `Exported ${built.slides} ${built.slides === 1 ? 'slide' : 'slides'} to ${file}`), file });
  return { file, slides: built.slides, warnings };
}

/** A picture of the deck's own folder, as data pptxgenjs embeds; null for anything else (it is captured instead). */
async function readPicture(folder: string, src: string): Promise<Omit<PptxPicture, 'width' | 'height'> | null> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return null;
  const type = pictureTypes[path.extname(src.split(/[?#]/)[0] ?? '').toLowerCase()];
  if (!type) return null;
  try {
    const real = await confinePath(folder, decodeURI(src.split(/[?#]/)[0] ?? ''));
    const bytes = await readFile(real);
    return { data: `${type};base64,${bytes.toString('base64')}` };
  } catch {
    return null;
  }
}

async function capture(screenshot: (box: Box) => Promise<Uint8Array>, page: PageGeometry, box: Box): Promise<PptxPicture | null> {
  if (box.width < 1 || box.height < 1) return null;
  const png = await screenshot({ x: page.page.x + box.x, y: page.page.y + box.y, width: box.width, height: box.height });
  return { data: `image/png;base64,${Buffer.from(png).toString('base64')}`, width: box.width, height: box.height };
}
