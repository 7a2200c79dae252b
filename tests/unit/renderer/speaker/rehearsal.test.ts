import { describe, expect, it } from 'vitest';
import { SlideTimes, slideKey } from '../../../../src/renderer/speaker/rehearsal';
import { pacingAgainstRehearsal } from '../../../../src/renderer/speaker/pacing';

describe('SlideTimes', () => {
  it('adds up the time on each slide over several visits, on the clock it is given', () => {
    let now = 0;
    const times = new SlideTimes(() => now);
    times.enter(slideKey({ h: 0, v: 0 }));
    now = 30_000;
    times.enter('1/0');
    now = 50_000;
    // A fragment step stays on the slide: entering it again changes nothing.
    times.enter('1/0');
    now = 90_000;
    times.enter('0/0');
    now = 95_000;
    expect(times.on('0/0')).toBe(35_000);
    expect(times.on('1/0')).toBe(60_000);
    expect(times.all()).toEqual({ '0/0': 35_000, '1/0': 60_000 });
    now = 100_000;
    expect(times.all()).toEqual({ '0/0': 40_000, '1/0': 60_000 });
  });

  it('stands still while the clock does (a paused timer)', () => {
    const now = 10_000;
    const times = new SlideTimes(() => now);
    times.enter('2/0');
    expect(times.on('2/0')).toBe(0);
    expect(times.on('3/0')).toBe(0);
  });
});

describe('pacingAgainstRehearsal', () => {
  const rehearsed = [60_000, 120_000, 60_000];
  it('is on time while the clock is inside the slide’s rehearsed span', () => {
    expect(pacingAgainstRehearsal(90_000, rehearsed, 1)).toEqual({ remainingMs: 150_000, behindMs: 0, verdict: 'on time' });
  });
  it('is behind past the end of the slide’s span, ahead before its start', () => {
    expect(pacingAgainstRehearsal(240_000, rehearsed, 1)).toMatchObject({ behindMs: 60_000, verdict: 'behind' });
    expect(pacingAgainstRehearsal(0, rehearsed, 2)).toMatchObject({ behindMs: -180_000, verdict: 'ahead' });
  });
});
