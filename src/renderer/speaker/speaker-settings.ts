// The speaker view's own settings (notes size, pane sizes), remembered in this browser profile.
export interface SpeakerSettings {
  notesFontPx: number;
  /** Width of the current-slide pane, percent of the window. */
  currentPercent: number;
  /** Height of the next-slide pane, percent of the side column. */
  nextPercent: number;
}

export const defaultSpeakerSettings: SpeakerSettings = { notesFontPx: 22, currentPercent: 60, nextPercent: 42 };
export const notesFontRange = { min: 12, max: 56, step: 2 } as const;
export const paneRange = { min: 20, max: 80 } as const;

const storageKey = 'docent.speaker-settings';

const clamp = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

export function loadSpeakerSettings(storage: Pick<Storage, 'getItem'> = localStorage): SpeakerSettings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey) ?? '{}');
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // A damaged entry is replaced by the defaults on the next save.
  }
  return {
    notesFontPx: clamp(raw.notesFontPx, notesFontRange.min, notesFontRange.max, defaultSpeakerSettings.notesFontPx),
    currentPercent: clamp(raw.currentPercent, paneRange.min, paneRange.max, defaultSpeakerSettings.currentPercent),
    nextPercent: clamp(raw.nextPercent, paneRange.min, paneRange.max, defaultSpeakerSettings.nextPercent),
  };
}

export function saveSpeakerSettings(settings: SpeakerSettings, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(storageKey, JSON.stringify(settings));
  } catch {
    // Storage full or disabled: the settings still apply for this session.
  }
}
