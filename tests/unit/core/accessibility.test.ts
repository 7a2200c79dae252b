// The accessibility rules a deck's text decides, on the fixture deck with one seeded problem a slide.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDeckAccessibility } from '../../../src/core/accessibility/check-deck-accessibility';
import { contrastRatio, requiredContrast } from '../../../src/core/accessibility/contrast';
import { parseDeck } from '../../../src/core/deck/parse-deck';

const read = (path: string) => parseDeck(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));

describe('checkDeckAccessibility', () => {
  it('finds each seeded problem of the fixture deck on its slide and line', () => {
    const problems = checkDeckAccessibility(read('tests/fixtures/decks/accessibility-problems/deck.md'));
    const found = problems.map((problem) => [problem.rule, problem.slide]);
    expect(found).toEqual([
      ['language', null],
      ['picture-alt', 2],
      ['slide-title', 3],
      ['duplicate-title', 5],
      ['map-colour-only', 6],
      ['reading-order', 7],
    ]);
    expect(problems.find((problem) => problem.rule === 'picture-alt')?.line).toBe(13);
    expect(problems.find((problem) => problem.rule === 'map-colour-only')?.message).toBe('the map shows France and Spain by colour alone (highlighted, with no label)');
    expect(problems.find((problem) => problem.rule === 'duplicate-title')?.message).toContain('slide 4');
  });

  it('passes the bundled deck', () => {
    expect(checkDeckAccessibility(read('slides/russia-china-north-korea/deck.md'))).toEqual([]);
  });

  it('reads an HTML picture without alt, and takes alt text on either kind', () => {
    const deck = parseDeck('---\nlang: en\n---\n\n# One\n\n<img src="a.png">\n\n![A cat](b.png) <img alt="a dog" src="c.png">\n');
    expect(checkDeckAccessibility(deck).map((problem) => problem.message)).toEqual(['the picture “a.png” has no alt text']);
  });

  it('takes a highlighted country named by a place label as named', () => {
    const deck = parseDeck('---\nlang: en\n---\n\n# Map\n\n```map\nhighlight:\n  - Chile\nplaces:\n  - name: Santiago\n    label: Chile\n```\n');
    expect(checkDeckAccessibility(deck)).toEqual([]);
  });
});

describe('contrast', () => {
  it('measures as WCAG does', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 2);
    expect(requiredContrast(20, false)).toBe(4.5);
    expect(requiredContrast(20, true)).toBe(3);
    expect(requiredContrast(24, false)).toBe(3);
  });
});
