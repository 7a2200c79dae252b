// Waits until what the printer will capture is really drawn: fonts and every map (pictures: deck/pictures-decoded.ts). No fixed
// sleeps: each wait ends when its condition holds (the exporter bounds the whole wait with a timeout).
import type { MapDrawers } from '../map/map-drawers';

/** Resolves after the browser has painted twice, so a change made just before is on screen. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

export async function waitForFonts(): Promise<void> {
  await document.fonts.ready;
}

export interface MapCount {
  drawn: number;
  total: number;
}

/** Counts the map containers in `root` and how many are drawn (the map plugin marks them data-map-ready="true"). */
export function countMaps(root: ParentNode): MapCount {
  const maps = [...root.querySelectorAll<HTMLElement>('[data-map-ready]')];
  return { total: maps.length, drawn: maps.filter((map) => map.dataset.mapReady === 'true').length };
}

/** Asks the map plugins to draw every map, then resolves once every map container in `root` says it is drawn. */
export async function waitForMaps(root: HTMLElement, maps: MapDrawers, onCount: (count: MapCount) => void): Promise<void> {
  // Maps off the current slide are drawn lazily; printing needs them all.
  void maps.drawAll();
  await new Promise<void>((resolve) => {
    const check = () => {
      const count = countMaps(root);
      onCount(count);
      if (count.drawn < count.total) return;
      observer.disconnect();
      resolve();
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-ready'] });
    check();
  });
}
