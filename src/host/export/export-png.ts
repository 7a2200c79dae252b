// docent export --png <folder>: one PNG per slide (or per fragment step), captured from the print
// view, so each image is the slide exactly as presented. Each file is written atomically; the folder
// is made if missing (its parent must exist), and files of an earlier export are replaced one by one.
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DocentError } from '../../core/errors';
import { writeFileAtomic } from '../atomic-write';
import { throwIfCancelled } from './abortable';
import { progress, type ProgressListener } from './export-progress';
import type { DeckLocation } from '../deck-location';
import { checkWritable } from './export-to-file';
import { openMeasuredView } from './open-measured-view';
import type { Printer } from './printer';

export interface ExportPngOptions {
  printer: Printer;
  /** The print view's URL (layout=slides; steps and range as asked). */
  url: string;
  folder: string;
  /** The open deck: no image may replace one of its files. */
  deck: DeckLocation;
  /** Device pixels per CSS pixel: 1 gives 1280×720, 2 gives 2560×1440. */
  scale: number;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  readyTimeoutMs?: number;
}

export interface ExportedPngs {
  files: string[];
  warnings: string[];
}

export const maxPngScale = 4;

export async function exportPng(options: ExportPngOptions): Promise<ExportedPngs> {
  const folder = path.resolve(options.folder);
  if (!(options.scale > 0 && options.scale <= maxPngScale)) throw new DocentError('REQUEST_INVALID', `--scale must be a number above 0 and at most ${maxPngScale}`);
  await prepareFolder(folder, options.deck);
  const report = options.onProgress ?? (() => undefined);
  const view = await openMeasuredView({ printer: options.printer, url: options.url, scale: options.scale, signal: options.signal, onProgress: report, readyTimeoutMs: options.readyTimeoutMs });
  const files: string[] = [];
  try {
    const pages = view.geometry.filter((page) => page.kind === 'slide' || page.kind === 'step');
    const width = String(Math.max(...pages.map((page) => page.slide))).length;
    let step = 0;
    for (const [index, page] of pages.entries()) {
      step = page.kind === 'step' ? step + 1 : 0;
      const stepped = page.kind === 'step' || pages[index + 1]?.kind === 'step';
      const name = `slide-${String(page.slide).padStart(Math.max(2, width), '0')}${stepped ? `-step-${step + 1}` : ''}.png`;
      report(progress('printing', `Capturing ${name}`, index / pages.length));
      // The slide's own size: reveal.js makes its print pages a pixel shorter so none spills over.
      const png = await view.screenshot({ x: page.page.x, y: page.page.y, width: view.plan.pageSize.width, height: view.plan.pageSize.height });
      throwIfCancelled(options.signal);
      const file = path.join(folder, name);
      await writeFileAtomic(file, png);
      files.push(file);
    }
  } finally {
    await view.close();
  }
  report({ ...progress('done', `Exported ${files.length} ${files.length === 1 ? 'image' : 'images'} to ${folder}`), file: folder });
  return { files, warnings: view.plan.warnings };
}

/** The folder exists (made if its parent does) and can be written to, before the browser starts. */
async function prepareFolder(folder: string, deck: DeckLocation): Promise<void> {
  const info = await stat(folder).catch(() => null);
  if (info && !info.isDirectory()) throw new DocentError('WRITE_FAILED', `cannot write images to ${folder}: it is a file, not a folder`);
  if (!info) {
    // checkWritable names a missing or read-only parent in the same words as the other formats.
    await checkWritable(folder, deck);
    await mkdir(folder).catch((error: unknown) => {
      throw new DocentError('WRITE_FAILED', `cannot make the folder ${folder}: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  await checkWritable(path.join(folder, 'slide.png'), deck);
}
