import { describe, expect, it } from 'vitest';
import { TalkTimer, formatDuration } from '../../../../src/renderer/speaker/talk-timer';

function fakeClock(): { now: () => number; advance(ms: number): void } {
  let time = 1_000_000;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

describe('TalkTimer', () => {
  it('counts while running and stands still while paused', () => {
    const clock = fakeClock();
    const timer = new TalkTimer(clock.now);
    expect(timer.running).toBe(false);
    timer.start();
    clock.advance(5_000);
    expect(timer.elapsed()).toBe(5_000);
    timer.pause();
    clock.advance(60_000);
    expect(timer.elapsed()).toBe(5_000);
    timer.toggle();
    clock.advance(1_000);
    expect(timer.elapsed()).toBe(6_000);
  });

  it('starting twice does not restart the count', () => {
    const clock = fakeClock();
    const timer = new TalkTimer(clock.now);
    timer.start();
    clock.advance(3_000);
    timer.start();
    clock.advance(2_000);
    expect(timer.elapsed()).toBe(5_000);
  });

  it('resets to zero and keeps running if it was', () => {
    const clock = fakeClock();
    const timer = new TalkTimer(clock.now);
    timer.start();
    clock.advance(9_000);
    timer.reset();
    expect(timer.elapsed()).toBe(0);
    clock.advance(2_000);
    expect(timer.elapsed()).toBe(2_000);
    timer.pause();
    timer.reset();
    clock.advance(2_000);
    expect(timer.elapsed()).toBe(0);
  });

  it('goes on from a remembered time', () => {
    const clock = fakeClock();
    const timer = new TalkTimer(clock.now, 125_000);
    expect(timer.elapsed()).toBe(125_000);
    timer.start();
    clock.advance(5_000);
    expect(timer.elapsed()).toBe(130_000);
  });
});

describe('formatDuration', () => {
  it('writes minutes and seconds, and hours when there are any', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(7_900)).toBe('0:07');
    expect(formatDuration(754_000)).toBe('12:34');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-65_000)).toBe('−1:05');
  });
});
