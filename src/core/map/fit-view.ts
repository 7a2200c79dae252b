// The part of the world a map slide opens on: its places, with room round them for markers and labels.
import { longitudeNear } from './longitude-window';
import type { LatLon } from './map-spec';

/** Longitudes are in the map's longitude window (see longitude-window), so west < east even across 180°. */
export interface GeoBounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Web Mercator cannot show the poles; a view is kept well inside its limit. */
const maxLatitude = 80;

/**
 * The box round the points, at least `minSpan` degrees each way so one city is shown with its
 * surroundings rather than at street level. Null when there are no points.
 */
export function boundsAround(points: readonly LatLon[], centre: number, minSpan = 8): GeoBounds | null {
  if (points.length === 0) return null;
  let south = Infinity;
  let north = -Infinity;
  let west = Infinity;
  let east = -Infinity;
  for (const point of points) {
    const lon = longitudeNear(point.lon, centre);
    south = Math.min(south, point.lat);
    north = Math.max(north, point.lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  const widen = (low: number, high: number): [number, number] => {
    const missing = minSpan - (high - low);
    return missing > 0 ? [low - missing / 2, high + missing / 2] : [low, high];
  };
  [south, north] = widen(south, north);
  [west, east] = widen(west, east);
  return { south: Math.max(-maxLatitude, south), west, north: Math.min(maxLatitude, north), east };
}

export function unionBounds(a: GeoBounds | null, b: GeoBounds | null): GeoBounds | null {
  if (!a || !b) return a ?? b;
  return { south: Math.min(a.south, b.south), west: Math.min(a.west, b.west), north: Math.max(a.north, b.north), east: Math.max(a.east, b.east) };
}

/**
 * Padding in pixels between the fitted places and the map's edge: a share of the box, so labels and
 * the caption fit at any slide size, and never less than a marker and a short label need.
 */
export function fitPadding(width: number, height: number, hasTitle: boolean): Padding {
  const side = Math.max(24, Math.round(width * 0.1));
  const vertical = Math.max(24, Math.round(height * 0.1));
  return { top: vertical + (hasTitle ? Math.round(height * 0.08) : 0), right: side, bottom: vertical, left: side };
}
