import { describe, expect, it } from 'vitest';
import { mapFenceLines, mapFences } from '../../../../src/core/map/map-fence-lines';

const deck = [
  '---', // 1
  'title: T', // 2
  '---', // 3
  '# One', // 4
  '```map', // 5
  'places: [A]', // 6
  '```', // 7
  '', // 8
  '````md', // 9
  '```map', // 10 (text inside another fence)
  '````', // 11
  '~~~ map', // 12
  'places: [B]', // 13
  '~~~', // 14
  '---', // 15
  '# Two', // 16
  '```map', // 17
  '---', // 18 (inside the block, not a separator)
  '```', // 19
].join('\n');

describe('mapFenceLines', () => {
  it("finds each map fence of the slide, not those in other fences or other slides", () => {
    expect(mapFenceLines(deck, 4)).toEqual([5, 12]);
    expect(mapFenceLines(deck, 16)).toEqual([17]);
  });
});

describe('mapFences', () => {
  it('gives each block its YAML, so the renderer can check it is the block it shows', () => {
    expect(mapFences(deck, 4)).toEqual([
      { line: 5, body: 'places: [A]' },
      { line: 12, body: 'places: [B]' },
    ]);
    expect(mapFences(deck, 16)).toEqual([{ line: 17, body: '---' }]);
  });
});
