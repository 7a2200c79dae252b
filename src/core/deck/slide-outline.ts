// Questions asked of a parsed deck: a slide's title, which slide holds a source line.
import type { Deck, Slide } from './deck-model';

const atxHeading = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/m;

/** The slide's first heading, without markdown emphasis, or null. */
export function slideTitle(slide: Pick<Slide, 'content'>): string | null {
  const match = atxHeading.exec(slide.content);
  if (!match?.[1]) return null;
  return match[1].replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim() || null;
}

/** Index of the slide whose source holds `line` (1-based); a line between slides belongs to the one before. */
export function slideIndexAtLine(deck: Deck, line: number): number {
  let found = 0;
  deck.slides.forEach((slide, index) => {
    if (slide.lines.start <= line) found = index;
  });
  return found;
}
