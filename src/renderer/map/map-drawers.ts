// The maps of a window, as the views hand them round: every map plugin running in the window (a
// speaker view runs several deck views) registers here through its plugin context, the print view
// asks this to draw them all before it prints, and the end-to-end tests reach the same registry
// through the window hooks (window.__docentMapsReady and window.__docentMaps, declared in
// map-probe.ts). A view exposes the hooks when it starts, before any deck is shown, for every deck,
// map or not, so that a deck element can never stand in for them (an element with that id is a
// window property until a script sets the name).
import type { MapProbe } from './map-probe';

export interface MapDrawer {
  /** Draws every map not drawn yet; resolves when all are drawn or show their error. */
  drawAll(): Promise<void>;
  probes(): MapProbe[];
}

export class MapDrawers {
  private readonly running = new Set<MapDrawer>();

  add(drawer: MapDrawer): void {
    this.running.add(drawer);
  }

  remove(drawer: MapDrawer): void {
    this.running.delete(drawer);
  }

  /** Draws every map of every deck view of the window (even on slides not yet shown). */
  async drawAll(): Promise<void> {
    await Promise.all([...this.running].map((drawer) => drawer.drawAll()));
  }

  probes(): MapProbe[] {
    return [...this.running].flatMap((drawer) => drawer.probes());
  }

  /** Makes this registry the window's map hooks. */
  exposeOn(target: Window): this {
    target.__docentMapsReady = () => this.drawAll();
    Object.defineProperty(target, '__docentMaps', { configurable: true, get: () => this.probes() });
    return this;
  }
}
