// Provenance of generated bullets and quotes, and the misquote check on an edited deck (made-up text).
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../../src/core/deck/parse-deck';
import { checkProvenance, itemsOfSlide, type Provenance } from '../../../../src/core/generate/provenance';

const provenance: Provenance = {
  version: 1,
  document: 'harbour.txt',
  items: [
    { kind: 'bullet', text: 'The ferry will stop running in May', source: 'The ferry, which is old, will stop running in May.', paragraph: 2 },
    { kind: 'quote', text: 'We will rebuild the pier', source: '“We will rebuild the pier,” said Ada Roe.', paragraph: 3, speaker: 'Ada Roe' },
  ],
};
const deck = (bullet: string, quote: string) =>
  parseDeck(`# Harbour\n\n---\n\n## The ferry\n\n- ${bullet}\n\n\`\`\`map\nplaces:\n  - name: Lisbon\n\`\`\`\n\nNote:\n> *Direct quote:* “${quote}” — **Ada Roe**\n`);

describe('provenance', () => {
  it('reads bullets from a slide and quotes from its notes, not a map block’s YAML', () => {
    expect(itemsOfSlide('## T\n\n- One point\n\n```map\n- name: Lisbon\n```', '> *Direct quote:* “Hello there friends” — **A**')).toEqual([
      { kind: 'bullet', text: 'One point' },
      { kind: 'quote', text: 'Hello there friends' },
    ]);
  });

  it('accepts the deck as generated, and a bullet shortened further by deletion', () => {
    expect(checkProvenance(deck('The ferry will stop running in May', 'We will rebuild the pier'), provenance)).toEqual([]);
    expect(checkProvenance(deck('The ferry will stop in May', 'We will rebuild the pier'), provenance)).toEqual([]);
  });

  it('lists a bullet that says something its sentence does not, and a quote with changed words', () => {
    expect(checkProvenance(deck('The ferry will stop running in June', 'We will never rebuild the pier'), provenance)).toEqual([
      { kind: 'bullet', slide: 2, text: 'The ferry will stop running in June', source: 'The ferry, which is old, will stop running in May.', paragraph: 2, reason: 'edited' },
      { kind: 'quote', slide: 2, text: 'We will never rebuild the pier', source: '“We will rebuild the pier,” said Ada Roe.', paragraph: 3, reason: 'edited' },
    ]);
  });

  it('lists a bullet with no source at all', () => {
    expect(checkProvenance(deck('Completely new words here', 'We will rebuild the pier'), provenance)).toMatchObject([{ kind: 'bullet', reason: 'unknown', source: null }]);
  });
});
