// reveal.js's print layout wraps each slide in a .pdf-page; this finds them and says which slide of
// the deck (in the deck model's order, as the slide counter numbers them) each one shows.
import type { Deck } from '../../core/deck/deck-model';

export interface SlidePage {
  page: HTMLElement;
  section: HTMLElement;
  /** 1-based, as the slide counter shows it. */
  slide: number;
  title: string;
  /** The slide's speaker notes, already sanitized by the deck renderer, or null. */
  notes: HTMLElement | null;
}

export function slidePages(slidesElement: HTMLElement, deck: Deck): SlidePage[] {
  const numberByLine = new Map(deck.slides.map((slide, index) => [slide.lines.start, index + 1]));
  return [...slidesElement.querySelectorAll<HTMLElement>(':scope > .pdf-page')].flatMap((page) => {
    const section = page.querySelector<HTMLElement>(':scope > section');
    const slide = numberByLine.get(Number(section?.dataset.sourceLine));
    if (!section || slide === undefined) return [];
    const model = deck.slides[slide - 1];
    const title = model?.title ?? `Slide ${slide}`;
    return [{ page, section, slide, title, notes: section.querySelector<HTMLElement>(':scope > aside.notes') }];
  });
}
