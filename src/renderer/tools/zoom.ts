// Zoom: the deck's window scaled up around a point of the slide, as Alt+click asks. The point is in
// slide units, so every window zooms into the same part of the slide whatever its size.
import type { SlidePoint } from '../../shared/api';
import type { SlideLayer } from './slide-layer';

export interface Zoom {
  at: SlidePoint;
  scale: number;
}

export const zoomScale = 2.5;

/** Scales the deck's root element so that `zoom.at` stays where it is and the rest grows around it. */
export function applyZoom(root: HTMLElement, layer: SlideLayer, zoom: Zoom | null): void {
  // Measured unzoomed: the slide point's place in the root's own box.
  root.style.transform = '';
  root.classList.toggle('docent-zoomed', zoom !== null);
  if (!zoom) return;
  const point = layer.toClient(zoom.at);
  if (!point) return;
  const box = root.getBoundingClientRect();
  root.style.transformOrigin = `${(point.x - box.left).toFixed(1)}px ${(point.y - box.top).toFixed(1)}px`;
  root.style.transform = `scale(${zoom.scale})`;
}
