// Find a slide: the deck's slides whose title or text holds every word typed, titles first. Pure:
// it reads the deck model, not the screen, so the speaker view and its tests ask it alike.
import type { Deck } from '../../core/deck/deck-model';
import { slideTitle } from '../../core/deck/slide-outline';

export interface FoundSlide {
  /** 1-based, as the slide counter shows it. */
  number: number;
  h: number;
  v: number;
  title: string;
  /** A line of the slide's text around the first word found, for telling similar slides apart. */
  excerpt: string;
}

/** Lower case, without accents, so "Zurich" finds "Zürich". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The slide's words as a reader sees them: no markdown marks, no HTML comments, no code fences. */
function plainText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^```.*$/gm, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^[ \t]*(?:#{1,6}|[-*+]|\d+[.)]|>)[ \t]+/gm, '')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function findSlides(deck: Deck, query: string, limit = 12): FoundSlide[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const found: Array<FoundSlide & { rank: number }> = [];
  deck.slides.forEach((slide, index) => {
    const title = slideTitle(slide) ?? `Slide ${index + 1}`;
    const text = plainText(slide.content);
    const foldedTitle = fold(title);
    const foldedText = fold(text);
    if (!words.every((word) => foldedTitle.includes(word) || foldedText.includes(word))) return;
    const inTitle = words.filter((word) => foldedTitle.includes(word)).length;
    const at = words.length ? Math.max(0, foldedText.indexOf(words[0] ?? '')) : 0;
    const excerpt = text.slice(Math.max(0, at - 30), at + 60).trim();
    found.push({ number: index + 1, h: slide.h, v: slide.v, title, excerpt, rank: words.length ? inTitle / words.length : 0 });
  });
  // Titles that hold the words first; otherwise the deck's order.
  return found
    .sort((a, b) => b.rank - a.rank || a.number - b.number)
    .slice(0, limit)
    .map(({ rank: _rank, ...slide }) => slide);
}
