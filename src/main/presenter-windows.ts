// The audience window and the speaker window, and where they go when the talk starts. Windows are
// moved, never reloaded, so a display plugged in or pulled out mid-talk keeps the current slide.
import type { BrowserWindow } from 'electron';
import { planPresentation, type PresentationPlan, type WindowPlan } from './display-placement';
import type { DisplaySource } from './display-source';

export type WindowFactory = (page: '/' | '/speaker') => BrowserWindow;

export class PresenterWindows {
  private audienceWindow: BrowserWindow | null = null;
  private speakerWindow: BrowserWindow | null = null;
  private stopWatchingDisplays: (() => void) | null = null;
  /** Where the windows were put last (the Electron spec reads it from the main process). */
  lastPlan: PresentationPlan | null = null;

  constructor(
    private readonly displays: DisplaySource,
    private readonly createWindow: WindowFactory,
  ) {}

  get presenting(): boolean {
    return this.stopWatchingDisplays !== null;
  }

  /** The audience window, opened if it is not. */
  audience(): BrowserWindow {
    if (this.audienceWindow && !this.audienceWindow.isDestroyed()) return this.audienceWindow;
    const window = this.createWindow('/');
    window.on('closed', () => {
      if (this.audienceWindow === window) this.audienceWindow = null;
      // Without an audience there is no talk: the speaker view goes with it.
      this.stopPresenting();
      if (this.speakerWindow && !this.speakerWindow.isDestroyed()) this.speakerWindow.close();
    });
    this.audienceWindow = window;
    return window;
  }

  /** Opens the speaker view (or brings it forward). */
  async openSpeakerView(): Promise<BrowserWindow> {
    if (this.speakerWindow && !this.speakerWindow.isDestroyed()) {
      this.speakerWindow.show();
      this.speakerWindow.focus();
      return this.speakerWindow;
    }
    const window = this.createWindow('/speaker');
    window.on('closed', () => {
      if (this.speakerWindow === window) this.speakerWindow = null;
    });
    this.speakerWindow = window;
    if (this.presenting) this.place();
    return window;
  }

  /** Audience full screen on the external display, speaker view on the laptop's; follows display changes until stopped. */
  async startPresenting(): Promise<void> {
    this.audience();
    await this.openSpeakerView();
    this.stopWatchingDisplays ??= this.displays.onChange(() => this.place());
    this.place();
  }

  stopPresenting(): void {
    this.stopWatchingDisplays?.();
    this.stopWatchingDisplays = null;
    const audience = this.audienceWindow;
    if (audience && !audience.isDestroyed() && audience.isFullScreen()) audience.setFullScreen(false);
  }

  private place(): void {
    const displays = this.displays.list();
    if (displays.length === 0) return;
    const plan = planPresentation(displays, this.displays.primaryId());
    this.lastPlan = plan;
    if (this.speakerWindow && !this.speakerWindow.isDestroyed()) apply(this.speakerWindow, plan.speaker);
    if (this.audienceWindow && !this.audienceWindow.isDestroyed()) {
      apply(this.audienceWindow, plan.audience);
      // On one screen the speaker view sits over the full-screen audience window, and has the keys.
      if (plan.layout === 'one-display') this.speakerWindow?.focus();
    }
  }
}

function apply(window: BrowserWindow, plan: WindowPlan): void {
  // A full-screen window cannot be moved: leave full screen, move, then enter it on the new display.
  if (window.isFullScreen()) window.setFullScreen(false);
  if (window.isMaximized()) window.unmaximize();
  window.setBounds(plan.bounds);
  if (plan.fullscreen) window.setFullScreen(true);
  window.show();
}
