// Which window goes on which screen when the talk starts. Pure: displays in, a plan out, so it is
// tested without Electron. The presenter's own screen is the laptop's (the display Electron marks
// internal, else the primary one); the audience gets the largest other display.
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  id: number;
  bounds: Rect;
  /** The bounds minus task bars and menu bars. */
  workArea: Rect;
  /** A laptop's built-in panel. */
  internal: boolean;
}

export interface WindowPlan {
  displayId: number;
  bounds: Rect;
  fullscreen: boolean;
}

export interface PresentationPlan {
  /** two-displays: audience and speaker on different screens; one-display: both on the only one. */
  layout: 'two-displays' | 'one-display';
  audience: WindowPlan;
  speaker: WindowPlan;
}

const area = (rect: Rect): number => rect.width * rect.height;

/** The display the presenter looks at. */
export function presenterDisplay(displays: readonly DisplayInfo[], primaryId: number): DisplayInfo {
  const first = displays[0];
  if (!first) throw new Error('no display to present on');
  return displays.find((display) => display.internal) ?? displays.find((display) => display.id === primaryId) ?? first;
}

export function planPresentation(displays: readonly DisplayInfo[], primaryId: number): PresentationPlan {
  const presenter = presenterDisplay(displays, primaryId);
  const others = displays.filter((display) => display.id !== presenter.id);
  // A projector or a big external monitor: the largest screen that is not the presenter's. Equal
  // sizes keep the order the system lists them in.
  const audience = others.reduce<DisplayInfo | null>((best, display) => (!best || area(display.bounds) > area(best.bounds) ? display : best), null);
  if (audience) {
    return {
      layout: 'two-displays',
      audience: { displayId: audience.id, bounds: { ...audience.bounds }, fullscreen: true },
      speaker: { displayId: presenter.id, bounds: { ...presenter.workArea }, fullscreen: false },
    };
  }
  return {
    layout: 'one-display',
    audience: { displayId: presenter.id, bounds: { ...presenter.bounds }, fullscreen: true },
    // Over the full-screen audience window, a size that leaves it recognisable behind.
    speaker: { displayId: presenter.id, bounds: inset(presenter.workArea, 0.8), fullscreen: false },
  };
}

/** A rectangle of `fraction` the size, centred in `rect`. */
function inset(rect: Rect, fraction: number): Rect {
  const width = Math.round(rect.width * fraction);
  const height = Math.round(rect.height * fraction);
  return { x: rect.x + Math.round((rect.width - width) / 2), y: rect.y + Math.round((rect.height - height) / 2), width, height };
}
