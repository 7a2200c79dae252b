import { describe, expect, it } from 'vitest';
import type { BrowserWindow } from 'electron';
import type { DisplayInfo, Rect } from '../../../src/main/display-placement';
import type { DisplaySource } from '../../../src/main/display-source';
import { PresenterWindows } from '../../../src/main/presenter-windows';

const laptop: DisplayInfo = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 }, internal: true };
const projector: DisplayInfo = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 }, internal: false };

/** The part of BrowserWindow PresenterWindows uses, recording what was done to it. */
class FakeWindow {
  bounds: Rect = { x: 100, y: 100, width: 1280, height: 760 };
  fullscreen = false;
  destroyed = false;
  private closedListeners: Array<() => void> = [];
  constructor(readonly page: string) {}
  isDestroyed = () => this.destroyed;
  isFullScreen = () => this.fullscreen;
  isMaximized = () => false;
  unmaximize = () => undefined;
  setFullScreen = (value: boolean) => void (this.fullscreen = value);
  setBounds = (bounds: Rect) => void (this.bounds = { ...bounds });
  show = () => undefined;
  focus = () => undefined;
  close = () => {
    this.destroyed = true;
    this.closedListeners.forEach((listener) => listener());
  };
  on = (event: string, listener: () => void) => {
    if (event === 'closed') this.closedListeners.push(listener);
    return this;
  };
}

function setUp(initial: DisplayInfo[]) {
  let displays = initial;
  const listeners = new Set<() => void>();
  const source: DisplaySource = { list: () => displays, primaryId: () => laptop.id, onChange: (listener) => (listeners.add(listener), () => listeners.delete(listener)) };
  const made: FakeWindow[] = [];
  const presenter = new PresenterWindows(source, (page) => {
    const window = new FakeWindow(page);
    made.push(window);
    return window as unknown as BrowserWindow;
  });
  const plug = (next: DisplayInfo[]) => {
    displays = next;
    listeners.forEach((listener) => listener());
  };
  return { presenter, made, plug, listeners };
}

describe('PresenterWindows', () => {
  it('starts presenting with the audience full screen on the projector and the speaker view on the laptop', async () => {
    const { presenter, made } = setUp([laptop, projector]);
    await presenter.startPresenting();
    const [audience, speaker] = made;
    expect(audience?.page).toBe('/');
    expect(audience?.bounds).toEqual(projector.bounds);
    expect(audience?.fullscreen).toBe(true);
    expect(speaker?.page).toBe('/speaker');
    expect(speaker?.bounds).toEqual(laptop.workArea);
    expect(speaker?.fullscreen).toBe(false);
  });

  it('moves the same windows when the projector goes and comes back: nothing is reloaded', async () => {
    const { presenter, made, plug } = setUp([laptop, projector]);
    await presenter.startPresenting();
    plug([laptop]);
    expect(made).toHaveLength(2);
    expect(made[0]?.bounds).toEqual(laptop.bounds);
    expect(made[0]?.fullscreen).toBe(true);
    plug([laptop, projector]);
    expect(made).toHaveLength(2);
    expect(made[0]?.bounds).toEqual(projector.bounds);
    expect(presenter.lastPlan?.layout).toBe('two-displays');
  });

  it('opens one speaker view however often it is asked for', async () => {
    const { presenter, made } = setUp([laptop]);
    presenter.audience();
    await presenter.openSpeakerView();
    await presenter.openSpeakerView();
    expect(made.map((window) => window.page)).toEqual(['/', '/speaker']);
  });

  it('stops following display changes when presenting stops, and leaves full screen', async () => {
    const { presenter, made, plug, listeners } = setUp([laptop, projector]);
    await presenter.startPresenting();
    presenter.stopPresenting();
    expect(listeners.size).toBe(0);
    expect(made[0]?.fullscreen).toBe(false);
    const before = made[0]?.bounds;
    plug([laptop]);
    expect(made[0]?.bounds).toEqual(before);
  });

  it('closes the speaker view with the audience window', async () => {
    const { presenter, made } = setUp([laptop, projector]);
    await presenter.startPresenting();
    made[0]?.close();
    expect(made[1]?.destroyed).toBe(true);
    expect(presenter.presenting).toBe(false);
  });
});
