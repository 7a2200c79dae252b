import { describe, expect, it } from 'vitest';
import { parseSlideRange } from '../../../../src/host/export/parse-range';

describe('parseSlideRange', () => {
  it('reads "2-5", "3" and "4-" (to the last slide)', () => {
    expect(parseSlideRange('2-5', 9)).toEqual({ first: 2, last: 5 });
    expect(parseSlideRange('3', 9)).toEqual({ first: 3, last: 3 });
    expect(parseSlideRange('4-', 9)).toEqual({ first: 4, last: 9 });
    expect(parseSlideRange(' 1 - 2 ', 9)).toEqual({ first: 1, last: 2 });
  });

  it.each([
    ['5-2', 'ends before it starts'],
    ['0-2', 'starts at slide 1'],
    ['2-12', "past the deck's last slide (9)"],
    ['two', 'must look like'],
    ['1,3', 'must look like'],
  ])('refuses "%s" with a message a user can act on', (text, message) => {
    expect(() => parseSlideRange(text, 9)).toThrow(message);
  });
});
