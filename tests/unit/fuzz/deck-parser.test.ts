// The deck parser and markdown renderer against random, damaged and hostile decks: they return a
// deck or throw a DocentError (the message a user reads), never anything else, and never hang.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxDeckBytes, parseDeck } from '../../../src/core/deck/parse-deck';
import { renderSlide } from '../../../src/core/deck/render-markdown';
import { serializeDeck } from '../../../src/core/deck/serialize-deck';
import { DocentError } from '../../../src/core/errors';
import { decodeText } from '../../../src/core/text/decode-text';
import { deckText, expectOnlyDocentError, fuzzParameters, fuzzTimeout, hangLimitMs, mutatedBytes, specialTexts, yamlAliasBomb } from './fuzz-inputs';

/** Parses, then renders and re-serializes every slide, as opening a deck does. */
function openDeckText(text: string, limitMs?: number): void {
  const deck = expectOnlyDocentError('parseDeck', () => parseDeck(text), limitMs);
  if (deck instanceof DocentError) {
    expect(deck.code).toMatch(/^DECK_/);
    return;
  }
  // An empty slide after a final separator has no line of its own: it points just past the end.
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const slide of deck.slides) {
    expect(slide.lines.start).toBeGreaterThanOrEqual(1);
    expect(slide.lines.end).toBeLessThanOrEqual(lineCount + 1);
    const rendered = expectOnlyDocentError('renderSlide', () => renderSlide(slide.content, slide.notes), limitMs);
    expect(rendered).not.toBeInstanceOf(DocentError);
  }
  expectOnlyDocentError('serializeDeck', () => serializeDeck(deck), limitMs);
}

const fixtureDecks = ['basic', 'map-basic', 'reveal-docs-example', 'malicious'].map((name) => new Uint8Array(readFileSync(new URL(`../../fixtures/decks/${name}/deck.md`, import.meta.url))));

describe('deck parser fuzzing', () => {
  for (const [name, text] of specialTexts()) {
    it(`opens or refuses with a DocentError: ${name}`, () => openDeckText(text, hangLimitMs.perLargeInput));
  }

  it('refuses a deck over the size limit with DECK_TOO_LARGE', () => {
    const error = expectOnlyDocentError('parseDeck', () => parseDeck('a'.repeat(maxDeckBytes + 1)), hangLimitMs.perLargeInput);
    expect(error).toBeInstanceOf(DocentError);
    expect((error as DocentError).code).toBe('DECK_TOO_LARGE');
  });

  it('parses a deck just under the size limit, and renders its slides', () => {
    const slide = '## A slide\n\n- a bullet with some words in it\n\nNote:\nwhat to say\n\n---\n\n';
    const text = slide.repeat(Math.floor((maxDeckBytes - 1) / slide.length));
    const deck = expectOnlyDocentError('parseDeck', () => parseDeck(text), hangLimitMs.perLargeInput);
    if (deck instanceof DocentError) throw deck;
    expect(deck.slides.length).toBeGreaterThan(100_000);
    // Rendering is per slide (the renderer caches each): a sample shows no slide is slow to render.
    for (const each of deck.slides.slice(0, 500)) expectOnlyDocentError('renderSlide', () => renderSlide(each.content, each.notes));
  }, 120_000);

  it('renders a slide nested thousands deep as its text instead of failing the deck', () => {
    const deep = `${'> '.repeat(5_000)}quote`;
    const rendered = renderSlide(deep, `${'- '.repeat(5_000)}note`);
    expect(rendered.html).toContain('could not be rendered');
    expect(rendered.html).toContain('&gt; &gt; quote');
  });

  // Found by this fuzzing: yaml's alias-bomb guard throws a ReferenceError, now reported as DECK_INVALID.
  it('a YAML alias bomb in front matter throws ReferenceError, not DECK_INVALID', () => {
    openDeckText(`---\n${yamlAliasBomb}\n---\n# x`);
  });

  it('opens or refuses any deck-shaped text (separators, notes, fences, front matter, attributes)', () => {
    fc.assert(fc.property(deckText, (text) => openDeckText(text)), fuzzParameters);
  }, fuzzTimeout(10));

  it('opens or refuses any string at all, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => openDeckText(text)), fuzzParameters);
  }, fuzzTimeout(10));

  it('opens or refuses the fixture decks with bytes flipped, inserted, removed or cut off', () => {
    const damaged = fc.oneof(...fixtureDecks.map((bytes) => mutatedBytes(bytes)));
    fc.assert(
      fc.property(damaged, (bytes) => {
        const decoded = expectOnlyDocentError('decodeText', () => decodeText(bytes, { errors: { binary: 'DECK_INVALID', encoding: 'DECK_INVALID' } }));
        if (!(decoded instanceof DocentError)) openDeckText(decoded.text);
      }),
      fuzzParameters,
    );
  }, fuzzTimeout(10));
});
