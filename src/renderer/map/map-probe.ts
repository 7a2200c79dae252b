// What the PDF export and the end-to-end tests can ask the page about its maps.

export interface MapProbe {
  element: HTMLElement;
  /** The longitude the map is centred on. */
  centre: number;
  /** Container pixel of a coordinate, as Leaflet projects it. */
  project(lat: number, lon: number): { x: number; y: number };
  /** What the map shows now: west/east in the map's longitude window. */
  view(): { south: number; west: number; north: number; east: number; zoom: number };
  highlightColour: string;
}

declare global {
  interface Window {
    /** Draws every map of the deck (even on slides not yet shown) and resolves once all are drawn. */
    __docentMapsReady?: () => Promise<void>;
    /** The maps drawn so far. */
    __docentMaps?: MapProbe[];
  }
}

/** Fired on document each time every map asked for has been drawn (or shown its error). */
export const mapsReadyEvent = 'docent:maps-ready';
