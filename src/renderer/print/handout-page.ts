// A handout page: portrait paper with the slide, scaled, above its notes.
import type { ExportOptions } from '../../shared/api';
import { notesBody } from './notes-page';
import type { SlidePage } from './slide-pages';

/** Paper sizes in CSS pixels (96 per inch). */
export const paperSize: Record<ExportOptions['paper'], { width: number; height: number; css: string }> = {
  a4: { width: (210 / 25.4) * 96, height: (297 / 25.4) * 96, css: '210mm 297mm' },
  letter: { width: 8.5 * 96, height: 11 * 96, css: '8.5in 11in' },
};

const marginPx = 48;

export function handoutPage(slide: SlidePage, slideSize: { width: number; height: number }, paper: ExportOptions['paper'], deck: { title: string | null; slides: number }): HTMLElement {
  const size = paperSize[paper];
  const page = document.createElement('div');
  page.className = 'docent-print-page docent-handout-page';
  page.style.width = `${size.width}px`;
  // One pixel short of the paper, so rounding never spills a page onto the next.
  page.style.height = `${Math.floor(size.height) - 1}px`;
  page.style.padding = `${marginPx}px`;

  const heading = document.createElement('div');
  heading.className = 'docent-handout-heading';
  heading.textContent = `${deck.title ? `${deck.title} · ` : ''}slide ${slide.slide} of ${deck.slides}`;

  const width = size.width - 2 * marginPx;
  const scale = width / slideSize.width;
  const frame = document.createElement('div');
  frame.className = 'docent-handout-slide';
  frame.style.width = `${width}px`;
  frame.style.height = `${slideSize.height * scale}px`;
  // zoom, not transform: Chromium's print sizing still sees a transformed page's full width and
  // shrinks the whole sheet to fit it.
  slide.page.style.zoom = String(scale);
  slide.page.style.width = `${slideSize.width}px`;
  frame.append(slide.page);

  page.append(heading, frame, notesBody(slide));
  return page;
}
