import { describe, expect, it } from 'vitest';
import { pacingFor } from '../../../../src/renderer/speaker/pacing';

// 10 minutes, 5 slides: each slide's share is 2 minutes.
const minute = 60_000;

describe('pacingFor', () => {
  it('is on time while the clock is inside the current slide’s share', () => {
    expect(pacingFor(1 * minute, 10, 0, 5)).toEqual({ remainingMs: 9 * minute, behindMs: 0, verdict: 'on time' });
    expect(pacingFor(5 * minute, 10, 2, 5).verdict).toBe('on time');
  });

  it('is behind by the time spent past the slide’s share', () => {
    const pacing = pacingFor(5 * minute, 10, 0, 5);
    expect(pacing.behindMs).toBe(3 * minute);
    expect(pacing.verdict).toBe('behind');
  });

  it('is ahead by the time left before the slide’s share begins', () => {
    const pacing = pacingFor(1 * minute, 10, 4, 5);
    expect(pacing.behindMs).toBe(-7 * minute);
    expect(pacing.verdict).toBe('ahead');
  });

  it('forgives half a minute either way', () => {
    expect(pacingFor(2 * minute + 29_000, 10, 0, 5).verdict).toBe('on time');
    expect(pacingFor(2 * minute + 31_000, 10, 0, 5).verdict).toBe('behind');
  });

  it('counts time over the planned length as negative remaining time', () => {
    expect(pacingFor(12 * minute, 10, 4, 5).remainingMs).toBe(-2 * minute);
  });

  it('copes with a deck of one slide and an index past the end', () => {
    expect(pacingFor(30_000, 1, 0, 1).verdict).toBe('on time');
    expect(pacingFor(30_000, 10, 99, 5).verdict).toBe('ahead');
  });
});
