// Country outlines redrawn for a map centred on any longitude, so nothing smears across it.
//
// world-atlas stores a country that crosses the antimeridian (Fiji, the Aleutians, Chukotka) as
// rings that jump from +180 to -180 mid-ring; drawn as is, that jump is a line across the whole map.
// Each ring is made continuous ("unwrapped"), then each polygon is moved by whole turns so it lies in
// the map's window [centre - 180, centre + 180]. A ring round a pole (Antarctica's coast) cannot be
// moved whole: it is cut at the window's edges, and the land is closed through the pole.
import { longitudeNear } from './longitude-window';

/** GeoJSON [lon, lat] (extra members ignored). */
export type Position = readonly number[];
export type Ring = Position[];
export type PolygonCoordinates = Ring[];

export type CountryGeometry =
  | { type: 'Polygon'; coordinates: PolygonCoordinates }
  | { type: 'MultiPolygon'; coordinates: PolygonCoordinates[] };

const lonOf = (position: Position): number => position[0] ?? 0;
const latOf = (position: Position): number => position[1] ?? 0;

/** The ring with each longitude moved by whole turns so no step between neighbours exceeds 180°. */
export function unwrapRing(ring: readonly Position[]): Ring {
  const result: Ring = [];
  let shift = 0;
  let previous: number | undefined;
  for (const position of ring) {
    const lon = lonOf(position);
    if (previous !== undefined) {
      const step = lon + shift - previous;
      if (step > 180) shift -= 360 * Math.round(step / 360);
      else if (step < -180) shift += 360 * Math.round(-step / 360);
    }
    previous = lon + shift;
    result.push([previous, latOf(position)]);
  }
  return result;
}

/** An unwrapped ring that goes once round a pole ends a whole turn east or west of where it began. */
export function isPolarRing(unwrapped: Ring): boolean {
  const first = unwrapped[0];
  const last = unwrapped[unwrapped.length - 1];
  return first !== undefined && last !== undefined && Math.abs(lonOf(last) - lonOf(first)) > 180;
}

export function recentreGeometry(geometry: CountryGeometry, centre: number): PolygonCoordinates[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => recentrePolygon(polygon, centre)).filter((polygon) => polygon.length > 0);
}

export function recentrePolygon(polygon: readonly (readonly Position[])[], centre: number): PolygonCoordinates {
  const rings = polygon.map(unwrapRing).filter((ring) => ring.length >= 3);
  const [outer] = rings;
  if (!outer) return [];
  if (isPolarRing(outer)) return polarPolygon(rings, centre);
  const [, ...holes] = rings;
  const middle = middleLongitude(outer);
  const moved = moveRing(outer, longitudeNear(middle, centre) - middle);
  return [moved, ...holes.map((hole) => moveNear(hole, middleLongitude(moved)))];
}

/** A hole belongs with its outline: moved to within half a turn of it, whatever the longitude window is. */
function moveNear(ring: Ring, lon: number): Ring {
  const middle = middleLongitude(ring);
  return moveRing(ring, longitudeNear(middle, lon) - middle);
}

/**
 * A polygon round a pole. Natural Earth draws Antarctica as a ring just off the pole with the coast
 * as a second ring round it (both go once round the pole); on a flat map the land is the band
 * between them. With one such ring, the band runs from it to the pole.
 */
function polarPolygon(rings: Ring[], centre: number): PolygonCoordinates {
  const polar = rings.filter(isPolarRing);
  const others = rings.filter((ring) => !isPolarRing(ring));
  const [first, second] = polar.map((ring) => cutPolarRing(ring, centre));
  if (!first) return [];
  const west = centre - 180;
  const east = centre + 180;
  let outline: Ring;
  if (second) {
    outline = [...first, ...[...second].reverse()];
  } else {
    const meanLatitude = first.reduce((sum, position) => sum + latOf(position), 0) / first.length;
    const pole = meanLatitude < 0 ? -90 : 90;
    outline = [...first, [east, pole], [west, pole]];
  }
  outline.push(outline[0] as Position);
  const middle = middleLongitude(outline);
  return [outline, ...others.map((hole) => moveNear(hole, middle))];
}
function middleLongitude(ring: Ring): number {
  let west = Infinity;
  let east = -Infinity;
  for (const position of ring) {
    west = Math.min(west, lonOf(position));
    east = Math.max(east, lonOf(position));
  }
  return (west + east) / 2;
}

function moveRing(ring: Ring, by: number): Ring {
  return by === 0 ? ring : ring.map((position) => [lonOf(position) + by, latOf(position)]);
}

/** A ring round a pole as a line from the window's west edge to its east edge (one turn of it). */
export function cutPolarRing(unwrapped: Ring, centre: number): Ring {
  const eastward = lonOf(unwrapped[unwrapped.length - 1] as Position) > lonOf(unwrapped[0] as Position);
  const once = (eastward ? unwrapped : [...unwrapped].reverse()).slice(0, -1);
  const start = lonOf(once[0] as Position);
  // Three turns of the ring in a row, so the window's edges fall inside it wherever it is.
  const west = centre - 180;
  const east = centre + 180;
  const base = Math.floor((west - start) / 360) - 1;
  const line: Ring = [];
  for (let turn = base; turn <= base + 3; turn++) for (const position of once) line.push([lonOf(position) + turn * 360, latOf(position)]);

  const cut: Ring = [];
  let inside = false;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Position;
    const b = line[i] as Position;
    if (!inside && lonOf(a) < west && lonOf(b) >= west) {
      inside = true;
      cut.push(pointAtLongitude(a, b, west));
    }
    if (inside && lonOf(b) >= east) {
      cut.push(pointAtLongitude(a, b, east));
      break;
    }
    if (inside) cut.push([lonOf(b), latOf(b)]);
  }
  return cut;
}

function pointAtLongitude(a: Position, b: Position, lon: number): Position {
  const span = lonOf(b) - lonOf(a);
  const t = span === 0 ? 0 : (lon - lonOf(a)) / span;
  return [lon, latOf(a) + t * (latOf(b) - latOf(a))];
}
