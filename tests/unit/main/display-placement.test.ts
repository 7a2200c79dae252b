import { describe, expect, it } from 'vitest';
import { planPresentation, presenterDisplay, type DisplayInfo } from '../../../src/main/display-placement';

const laptop: DisplayInfo = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 }, internal: true };
const projector: DisplayInfo = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1040 }, internal: false };
const smallMonitor: DisplayInfo = { id: 3, bounds: { x: -1024, y: 0, width: 1024, height: 768 }, workArea: { x: -1024, y: 0, width: 1024, height: 768 }, internal: false };

describe('planPresentation', () => {
  it('puts the audience full screen on the external display and the speaker view on the laptop', () => {
    const plan = planPresentation([laptop, projector], laptop.id);
    expect(plan.layout).toBe('two-displays');
    expect(plan.audience).toEqual({ displayId: 2, bounds: projector.bounds, fullscreen: true });
    expect(plan.speaker).toEqual({ displayId: 1, bounds: laptop.workArea, fullscreen: false });
  });

  it('knows the laptop by its built-in panel even when the projector was made the primary display', () => {
    const plan = planPresentation([projector, laptop], projector.id);
    expect(plan.audience.displayId).toBe(2);
    expect(plan.speaker.displayId).toBe(1);
  });

  it('takes the primary display as the presenter’s when no display is built in (a desktop with two monitors)', () => {
    const left = { ...laptop, internal: false };
    const plan = planPresentation([projector, left], left.id);
    expect(plan.speaker.displayId).toBe(left.id);
    expect(plan.audience.displayId).toBe(projector.id);
  });

  it('gives the audience the largest of several external displays', () => {
    expect(planPresentation([smallMonitor, laptop, projector], laptop.id).audience.displayId).toBe(projector.id);
    expect(planPresentation([laptop, smallMonitor], laptop.id).audience.displayId).toBe(smallMonitor.id);
  });

  it('with one display, puts the audience full screen and the speaker view in a window over it', () => {
    const plan = planPresentation([laptop], laptop.id);
    expect(plan.layout).toBe('one-display');
    expect(plan.audience).toEqual({ displayId: 1, bounds: laptop.bounds, fullscreen: true });
    expect(plan.speaker.displayId).toBe(1);
    expect(plan.speaker.fullscreen).toBe(false);
    // Inside the work area, centred, smaller than it.
    const { x, y, width, height } = plan.speaker.bounds;
    expect(x).toBeGreaterThan(laptop.workArea.x);
    expect(y).toBeGreaterThan(laptop.workArea.y);
    expect(x + width).toBeLessThan(laptop.workArea.x + laptop.workArea.width);
    expect(y + height).toBeLessThan(laptop.workArea.y + laptop.workArea.height);
    expect(x - laptop.workArea.x).toBe(laptop.workArea.x + laptop.workArea.width - (x + width));
  });

  it('re-plans when the projector is unplugged mid-talk: both windows come back to the laptop', () => {
    const before = planPresentation([laptop, projector], laptop.id);
    const after = planPresentation([laptop], laptop.id);
    expect(before.audience.displayId).toBe(projector.id);
    expect(after.audience.displayId).toBe(laptop.id);
  });

  it('refuses an empty display list rather than placing windows nowhere', () => {
    expect(() => presenterDisplay([], 0)).toThrow(/no display/);
  });
});
