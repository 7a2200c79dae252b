// The page's window hooks for the maps (window.__docentMapsReady and window.__docentMaps, declared in
// map-probe.ts), which the PDF export and the end-to-end tests call. They are part of the entry and
// installed for every deck, map or not, so that a deck element can never stand in for them (an
// element with that id is a window property until a script sets the name); the map plugin, loaded
// only for a deck with a map, registers its maps here.
import type { MapProbe } from './map-probe';

export interface MapDrawer {
  /** Draws every map not drawn yet; resolves when all are drawn or show their error. */
  drawAll(): Promise<void>;
  probes(): MapProbe[];
}

/** Every map plugin running in this window (a speaker view runs several deck views). */
const running = new Set<MapDrawer>();
let hooksInstalled = false;

export function installMapHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  window.__docentMapsReady = async () => {
    await Promise.all([...running].map((drawer) => drawer.drawAll()));
  };
  Object.defineProperty(window, '__docentMaps', { configurable: true, get: () => [...running].flatMap((drawer) => drawer.probes()) });
}

export function addMapDrawer(drawer: MapDrawer): void {
  installMapHooks();
  running.add(drawer);
}

export function removeMapDrawer(drawer: MapDrawer): void {
  running.delete(drawer);
}
