// The /print view: the deck laid out for a PDF printer, one page per slide (reveal.js's own print
// layout, so slides look exactly as presented), plus Docent's notes pages, handouts, fragment steps
// and slide range. The exporter opens it, awaits window.__docentPrint.ready, then prints.
import type { Deck } from '../../core/deck/deck-model';
import type { DocentHost, Drawings, ExportOptions } from '../../shared/api';
import { drawOnPage } from './page-drawings';
import { strokesFor } from '../tools/strokes';
import '../tools/tools.css';
import { printHandleName, readPrintQuery, type PrintedPage, type PrintHandle, type PrintPlan, type PrintStatus } from '../../shared/print-plan';
import { geometryHandleName, type PageGeometry } from '../../shared/slide-geometry';
import { DeckView, slideSize } from '../deck/deck-view';
import { describeError } from '../views/describe-error';
import { setWindowTitle } from '../views/window-title';
import { MapDrawers } from '../map/map-drawers';
import { fragmentStepPages } from './fragment-steps';
import { handoutPage, paperSize } from './handout-page';
import { fitNotes, notesPage } from './notes-page';
import { picturesDecoded } from '../deck/pictures-decoded';
import { nextPaint, waitForFonts, waitForMaps } from './print-readiness';
import { exposePagesToReaders } from './readable-pages';
import { readSlideGeometry } from './slide-geometry';
import { slidePages, type SlidePage } from './slide-pages';
import './print.css';

declare global {
  interface Window {
    [printHandleName]?: PrintHandle;
    /** Measures the printed pages (PowerPoint and PNG exports); set once the view is ready. */
    [geometryHandleName]?: () => PageGeometry[];
  }
}

/** reveal.js options for printing: its print layout at exactly the slide size, every fragment shown. */
const printRevealOptions = {
  view: 'print',
  margin: 0,
  pdfMaxPagesPerSlide: 1,
  // Docent makes the fragment steps itself, once the maps are drawn (see fragment-steps.ts).
  pdfSeparateFragments: false,
  showNotes: false,
  controls: false,
  progress: false,
  transition: 'none',
  backgroundTransition: 'none',
};

export async function startPrintView(host: DocentHost): Promise<void> {
  const options = readPrintQuery(window.location.search);
  const status: PrintStatus = { stage: 'loading', mapsDrawn: 0, mapsTotal: 0, error: null };
  let settle: { resolve(plan: PrintPlan): void; reject(error: Error): void } = { resolve: () => undefined, reject: () => undefined };
  const ready = new Promise<PrintPlan>((resolve, reject) => (settle = { resolve, reject }));
  ready.catch(() => undefined); // the exporter reads the reason from status() as well
  window[printHandleName] = { ready, status: () => ({ ...status }) };
  document.documentElement.classList.add('docent-print');

  let fileName = 'deck.md';
  try {
    const root = document.querySelector<HTMLElement>('.reveal');
    if (!root) throw new Error('index.html has no .reveal element');
    const laidOut = new Promise<void>((resolve) => root.addEventListener('pdf-ready', () => resolve(), { once: true }));
    const maps = new MapDrawers().exposeOn(window);
    const view = new DeckView(root, host, { maps, reveal: printRevealOptions, awaitPictures: true });
    // Chromium writes the page's title into the PDF; finish-pdf.ts sets the deck's own over it when it has one.
    view.onUpdate((shown) => setWindowTitle({ deckTitle: shown.meta.title ?? null }));
    const file = await host.getDeck({});
    fileName = file.fileName;
    const deck = await view.show(file);
    if (deck.slides.length === 0) throw new Error('the deck has no slides to export');
    checkRange(options.range, deck.slides.length);
    status.stage = 'layout';
    await laidOut;

    const slidesElement = view.reveal?.getSlidesElement();
    if (!slidesElement) throw new Error('reveal.js did not lay out the slides');
    const chosen = slidePages(slidesElement, deck).filter((page) => !options.range || (page.slide >= options.range.first && page.slide <= options.range.last));
    for (const page of slidesElement.querySelectorAll(':scope > .pdf-page')) if (!chosen.some((each) => each.page === page)) page.remove();

    status.stage = 'drawing';
    await waitForMaps(slidesElement, maps, (count) => Object.assign(status, { mapsDrawn: count.drawn, mapsTotal: count.total }));
    // The backgrounds reveal.js made while laying out (the pictures themselves were awaited before it).
    await picturesDecoded(slidesElement);
    await waitForFonts();

    // Measured before handouts rescale the slides, once images and fonts have their final size.
    const warnings = cutOff(chosen);
    const drawings = options.annotations ? (await host.drawings({})).drawings : null;
    const plan = { ...arrangePages(slidesElement, chosen, deck, options, drawings), warnings };
    await nextPaint();
    for (const page of slidesElement.querySelectorAll<HTMLElement>('.docent-notes-page')) fitNotes(page, 30, 12);
    for (const page of slidesElement.querySelectorAll<HTMLElement>('.docent-handout-page')) fitNotes(page, 16, 8);
    // Notes and handout pages may use faces not needed before.
    await waitForFonts();
    await nextPaint();
    exposePagesToReaders(slidesElement);
    window[geometryHandleName] = () => readSlideGeometry(slidesElement, plan.pages);
    status.stage = 'ready';
    settle.resolve(plan);
  } catch (error) {
    status.stage = 'failed';
    status.error = describeError(error, fileName);
    settle.reject(new Error(status.error));
  }
}

function checkRange(range: ExportOptions['range'], slides: number): void {
  if (range && range.last > slides) throw new Error(`the range ${range.first}-${range.last} goes past the deck's last slide (${slides})`);
}

/** Slides whose content runs past the bottom of the slide: printed as presented, cut off, and said so. */
function cutOff(chosen: SlidePage[]): string[] {
  return chosen.flatMap((slide) => {
    const bottom = slide.section.offsetTop + slide.section.scrollHeight;
    return bottom > slideSize.height + 2 ? [`slide ${slide.slide} ("${slide.title}") is taller than the slide; its bottom is cut off, as when presenting`] : [];
  });
}

/** Puts the pages in print order (steps, notes pages, handouts) and says what each one is. */
function arrangePages(slidesElement: HTMLElement, chosen: SlidePage[], deck: Deck, options: ExportOptions, drawings: Drawings | null): PrintPlan {
  const pages: HTMLElement[] = [];
  const printed: PrintedPage[] = [];
  const add = (page: HTMLElement, slide: SlidePage, kind: PrintedPage['kind']) => {
    pages.push(page);
    printed.push({ slide: slide.slide, kind, title: slide.title });
  };
  const title = deck.meta.title ?? null;
  for (const slide of chosen) {
    const model = deck.slides[slide.slide - 1];
    if (drawings && model && !options.fragments) drawOnPage(slide.page, strokesFor(drawings, model, null));
    if (options.layout === 'handout') {
      add(handoutPage(slide, slideSize, options.paper, { title, slides: deck.slides.length }), slide, 'handout');
      continue;
    }
    const steps = options.fragments ? fragmentStepPages(slide.page) : [slide.page];
    // A step's page carries the strokes drawn on that step (the first page: before any fragment).
    if (drawings && model && options.fragments) steps.forEach((page, step) => drawOnPage(page, strokesFor(drawings, model, step - 1)));
    steps.forEach((page, step) => add(page, slide, step === 0 ? 'slide' : 'step'));
    if (options.layout === 'notes' && slide.notes?.textContent?.trim()) add(notesPage(slide, deck.slides.length), slide, 'notes');
  }
  // The stacks reveal.js emptied and the pages left out go; what remains is exactly what prints.
  slidesElement.replaceChildren(...pages);

  let pageSize: { width: number; height: number } = { ...slideSize };
  if (options.layout === 'handout') {
    const paper = paperSize[options.paper];
    // reveal.js asked for slide-sized pages; Chromium lays out by the first @page rule it has, so replace it.
    for (const style of document.head.querySelectorAll('style')) if (style.textContent?.includes('@page')) style.remove();
    const style = document.createElement('style');
    style.textContent = `@page { size: ${paper.css}; margin: 0; }`;
    document.head.append(style);
    document.body.style.width = `${paper.width}px`;
    document.body.style.height = 'auto';
    pageSize = { width: paper.width, height: paper.height };
  }
  return { title, author: deck.meta.author ?? null, subject: deck.meta.subtitle ?? null, pageSize, pages: printed, warnings: [] };
}
