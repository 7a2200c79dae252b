// A page of speaker notes, printed after its slide: the slide's number and title, then the notes
// (the attributed quotes) as large as they fit.
import { fitText } from './fit-text';
import type { SlidePage } from './slide-pages';

export function notesPage(slide: SlidePage, deckSlides: number): HTMLElement {
  const page = document.createElement('div');
  page.className = 'docent-print-page docent-notes-page';
  const heading = document.createElement('div');
  heading.className = 'docent-notes-heading';
  heading.textContent = `Notes · slide ${slide.slide} of ${deckSlides} · ${slide.title}`;
  page.append(heading, notesBody(slide));
  return page;
}

/** The slide's notes as a block of their own, or a line saying there are none. */
export function notesBody(slide: SlidePage): HTMLElement {
  const body = document.createElement('div');
  body.className = 'docent-print-notes';
  if (slide.notes && slide.notes.textContent?.trim()) {
    body.append(...[...slide.notes.childNodes].map((node) => node.cloneNode(true)));
  } else {
    body.classList.add('docent-print-notes--empty');
    body.textContent = 'No notes for this slide.';
  }
  return body;
}

/** Once the page is in the document (sizes are known): shrink the notes to fit the page. */
export function fitNotes(page: HTMLElement, startPx: number, minPx: number): void {
  const body = page.querySelector<HTMLElement>('.docent-print-notes');
  if (body) fitText(body, startPx, minPx);
}
