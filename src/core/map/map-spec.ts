// What a map block means: the block as written (MapBlock) and, once every name has coordinates, the
// map to draw (MapSpec). Both keep deck.md lines so a wrong entry can be pointed at.

export type PlaceKind = 'country' | 'city' | 'region' | 'other';

/** A place as the block names it; coordinates are optional until the gazetteer has been asked. */
export interface PlaceEntry {
  name: string;
  label: string;
  kind?: PlaceKind;
  lat?: number;
  lon?: number;
  line: number;
}

export interface EventEntry {
  place: string;
  when?: string;
  what: string;
  line: number;
}

export interface ArrowEntry {
  from: string;
  to: string;
  label?: string;
  line: number;
}

export interface HighlightEntry {
  /** A country name or an ISO 3166-1 code. */
  name: string;
  line: number;
}

export interface MapBlock {
  title?: string;
  highlight: HighlightEntry[];
  places: PlaceEntry[];
  events: EventEntry[];
  arrows: ArrowEntry[];
  /** deck.md line of the opening fence. */
  line: number;
}

export interface LatLon {
  lat: number;
  lon: number;
}

export interface MapPlace extends LatLon {
  name: string;
  label: string;
  kind: PlaceKind;
}

export interface MapEvent extends LatLon {
  place: string;
  when?: string;
  what: string;
}

export interface MapArrow {
  from: LatLon & { name: string };
  to: LatLon & { name: string };
  label?: string;
}

export interface MapSpec {
  title?: string;
  /** ISO 3166-1 numeric codes, three digits, as world-atlas names its countries. */
  highlightCountryCodes: string[];
  places: MapPlace[];
  events: MapEvent[];
  arrows: MapArrow[];
}
