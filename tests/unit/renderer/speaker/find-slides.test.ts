import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../../src/core/deck/parse-deck';
import { findSlides } from '../../../../src/renderer/speaker/find-slides';

const deck = parseDeck(
  [
    '# Harbour towns',
    '',
    '---',
    '',
    '## Trade routes',
    '',
    '- Ships from Zürich carry **cheese** <!-- .element: class="fragment" -->',
    '',
    '--',
    '',
    '## Below: the cheese market',
    '',
    '---',
    '',
    'A slide without a heading about routes.',
    '',
    'Note:',
    'The word secret is only in the notes.',
  ].join('\n'),
);

describe('findSlides', () => {
  it('finds by title and by text, every word, ignoring case, accents and markdown', () => {
    expect(findSlides(deck, 'zurich CHEESE').map((slide) => slide.number)).toEqual([2]);
    expect(findSlides(deck, 'harbour').map((slide) => slide.title)).toEqual(['Harbour towns']);
    expect(findSlides(deck, 'class fragment')).toEqual([]);
  });

  it('puts slides whose title holds the words first, then the deck’s order', () => {
    expect(findSlides(deck, 'cheese').map((slide) => slide.number)).toEqual([3, 2]);
    expect(findSlides(deck, 'routes').map((slide) => [slide.number, slide.title])).toEqual([
      [2, 'Trade routes'],
      [4, 'Slide 4'],
    ]);
  });

  it('gives each found slide its place in the deck and a line of its text', () => {
    const [found] = findSlides(deck, 'market');
    expect(found).toMatchObject({ number: 3, h: 1, v: 1, title: 'Below: the cheese market' });
    expect(findSlides(deck, 'ships')[0]?.excerpt).toContain('Ships from Zürich carry cheese');
  });

  it('does not search the speaker notes (the audience never sees them; the notes pane shows them)', () => {
    expect(findSlides(deck, 'secret')).toEqual([]);
  });

  it('lists every slide for an empty query, in order', () => {
    expect(findSlides(deck, '  ').map((slide) => slide.number)).toEqual([1, 2, 3, 4]);
  });
});
