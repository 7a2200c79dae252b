import { describe, expect, it } from 'vitest';
import { backgroundUrls } from '../../../../src/core/deck/background-urls';

describe('backgroundUrls', () => {
  it('finds every url() of a background value, quoted or not, and nothing in a gradient', () => {
    expect(backgroundUrls('url("a.png"), linear-gradient(red, blue), url(b%20c.jpg)')).toEqual(['a.png', 'b%20c.jpg']);
    expect(backgroundUrls("url( 'x.svg' )")).toEqual(['x.svg']);
    expect(backgroundUrls('linear-gradient(to right, #000, #fff)')).toEqual([]);
    expect(backgroundUrls('')).toEqual([]);
  });
});
