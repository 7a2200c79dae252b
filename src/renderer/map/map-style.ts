// How a map slide looks: one options object, every field with its default. The map carries its own
// sea and land colours, so its labels read the same on every reveal.js theme, light or dark.

export interface MapStyle {
  /** Sea, behind everything. Default a pale blue-grey. */
  sea: string;
  /** Countries the block does not highlight. */
  land: string;
  /** Borders and coastlines. */
  border: string;
  /** Border width in pixels (of the 1280×720 slide). */
  borderWeight: number;
  /** Countries in the block's `highlight` list, painted opaque so they read on a projector. */
  highlight: string;
  highlightBorder: string;
  /** Place markers (cities, regions…). */
  place: string;
  placeRadius: number;
  /** Event markers, a warmer colour than places so "what happened" stands out from "where". */
  event: string;
  eventRadius: number;
  /** Arrows between places. */
  arrow: string;
  arrowWeight: number;
  /** Longest event caption before it is shortened with "…" (the full text stays in the tooltip). */
  captionLength: number;
  /** A single place is shown with at least this many degrees round it. */
  minSpanDegrees: number;
  maxZoom: number;
}

export const defaultMapStyle: MapStyle = {
  sea: '#cfdde8',
  land: '#f5f2ea',
  border: '#8d97a1',
  borderWeight: 0.8,
  highlight: '#f0b45a',
  highlightBorder: '#8a5a12',
  place: '#1f3a5f',
  placeRadius: 6,
  event: '#c0392b',
  eventRadius: 7,
  arrow: '#7b2d8b',
  arrowWeight: 3,
  captionLength: 70,
  minSpanDegrees: 8,
  maxZoom: 10,
};
