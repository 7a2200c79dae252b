// MapBlock + gazetteer answers -> MapSpec. Pure: the caller asks the gazetteer (through the host)
// for namesToLookUp(block) and passes the answers in, so this stays testable without a host.
import type { PlaceHit } from '../../shared/api';
import { DocentError } from '../errors';
import type { LatLon, MapBlock, MapPlace, MapSpec, PlaceEntry } from './map-spec';

export type ResolvePlaceName = (name: string) => PlaceHit | null | undefined;

const numericCountryCode = /^\d{1,3}$/;

const key = (name: string): string => name.trim().toLowerCase();

/** The names only the gazetteer can place, each once. */
export function namesToLookUp(block: MapBlock): string[] {
  const known = placesByName(block.places);
  const names = new Map<string, string>();
  const need = (name: string): void => {
    if (!names.has(key(name))) names.set(key(name), name);
  };
  for (const place of block.places) if (place.lat === undefined || place.lon === undefined) need(place.name);
  for (const entry of block.highlight) if (!numericCountryCode.test(entry.name)) need(entry.name);
  for (const event of block.events) if (!known.has(key(event.place))) need(event.place);
  for (const arrow of block.arrows) for (const end of [arrow.from, arrow.to]) if (!known.has(key(end))) need(end);
  return [...names.values()];
}

export function resolveMapBlock(block: MapBlock, lookup: ResolvePlaceName): MapSpec {
  const unknown = (name: string, line: number): DocentError =>
    new DocentError('MAP_BLOCK_INVALID', `map block: unknown place "${name}"; the gazetteer does not know it, so give its lat and lon`, { line });

  const places: MapPlace[] = block.places.map((entry) => {
    if (entry.lat !== undefined && entry.lon !== undefined) {
      return { name: entry.name, label: entry.label, kind: entry.kind ?? 'other', lat: entry.lat, lon: entry.lon };
    }
    const hit = lookup(entry.name);
    if (!hit) throw unknown(entry.name, entry.line);
    return { name: entry.name, label: entry.label, kind: entry.kind ?? hit.kind, lat: hit.lat, lon: hit.lon };
  });

  const placed = new Map<string, MapPlace>();
  places.forEach((place, i) => {
    placed.set(key(place.name), place);
    const label = block.places[i]?.label;
    if (label && !placed.has(key(label))) placed.set(key(label), place);
  });
  const locate = (name: string, line: number): LatLon & { name: string } => {
    const place = placed.get(key(name));
    if (place) return { name: place.label, lat: place.lat, lon: place.lon };
    const hit = lookup(name);
    if (!hit) throw unknown(name, line);
    return { name, lat: hit.lat, lon: hit.lon };
  };

  const highlightCountryCodes = block.highlight.map((entry) => {
    if (numericCountryCode.test(entry.name)) return entry.name.padStart(3, '0');
    const hit = lookup(entry.name);
    if (!hit) throw new DocentError('MAP_BLOCK_INVALID', `map block: unknown country "${entry.name}" in highlight`, { line: entry.line });
    if (!hit.countryCode) {
      throw new DocentError('MAP_BLOCK_INVALID', `map block: "${entry.name}" in highlight is a ${hit.kind}, not a country`, { line: entry.line });
    }
    return hit.countryCode.padStart(3, '0');
  });

  return {
    title: block.title,
    highlightCountryCodes: [...new Set(highlightCountryCodes)],
    places,
    events: block.events.map((event) => {
      const where = locate(event.place, event.line);
      return { place: where.name, when: event.when, what: event.what, lat: where.lat, lon: where.lon };
    }),
    arrows: block.arrows.map((arrow) => ({ from: locate(arrow.from, arrow.line), to: locate(arrow.to, arrow.line), label: arrow.label })),
  };
}

function placesByName(places: PlaceEntry[]): Set<string> {
  return new Set(places.flatMap((place) => [key(place.name), key(place.label)]));
}
