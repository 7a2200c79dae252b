// Deck -> deck.md in canonical form. serializeDeck(parseDeck(x)) === x for every canonical x.
import type { DeckText } from './deck-model';

export function serializeDeck(deck: Pick<DeckText, 'frontMatter' | 'slides'>): string {
  let out = '';
  if (deck.frontMatter !== null) {
    const yaml = deck.frontMatter === '' || deck.frontMatter.endsWith('\n') ? deck.frontMatter : `${deck.frontMatter}\n`;
    out += `---\n${yaml}---\n\n`;
  }
  deck.slides.forEach((slide, index) => {
    if (index > 0) out += slide.v === 0 ? '\n---\n\n' : '\n--\n\n';
    let text = slide.content;
    if (slide.notes !== null) text += `${text ? '\n\n' : ''}Note:\n${slide.notes}`;
    out += `${text}\n`;
  });
  return out;
}
