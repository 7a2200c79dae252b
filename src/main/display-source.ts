// The screens the app can see, behind an interface: Electron's screen module in the app, a fixed
// list in tests (DOCENT_SIMULATED_DISPLAYS) so the placement can be checked on a one-screen machine.
import type { Screen } from 'electron';
import { z } from 'zod';
import type { DisplayInfo } from './display-placement';

export interface DisplaySource {
  list(): DisplayInfo[];
  primaryId(): number;
  /** Displays added, removed or changed (resolution, arrangement). Returns a function that stops listening. */
  onChange(listener: () => void): () => void;
}

export function electronDisplays(screen: Screen): DisplaySource {
  return {
    list: () => screen.getAllDisplays().map((display) => ({ id: display.id, bounds: display.bounds, workArea: display.workArea, internal: display.internal })),
    primaryId: () => screen.getPrimaryDisplay().id,
    onChange(listener) {
      const events = ['display-added', 'display-removed', 'display-metrics-changed'] as const;
      for (const event of events) screen.on(event as 'display-added', listener);
      return () => {
        for (const event of events) screen.off(event as 'display-added', listener);
      };
    },
  };
}

const rect = z.object({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() });
const simulatedSchema = z
  .array(z.object({ id: z.number().int(), bounds: rect, workArea: rect.optional(), internal: z.boolean().default(false) }))
  .min(1);

/** A fixed arrangement from JSON, e.g. `[{"id":1,"bounds":{"x":0,"y":0,"width":1280,"height":800},"internal":true}, …]`. */
export function simulatedDisplays(json: string): DisplaySource {
  const displays: DisplayInfo[] = simulatedSchema.parse(JSON.parse(json)).map((display) => ({ ...display, workArea: display.workArea ?? display.bounds }));
  const primary = displays[0]?.id ?? 0;
  return { list: () => displays, primaryId: () => primary, onChange: () => () => undefined };
}
