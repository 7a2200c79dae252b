// One map on one slide, with Leaflet's lifecycle as a contract: created when its slide is about to
// be shown, refreshed (invalidateSize) whenever reveal.js shows or rescales it, removed on destroy.
import type { FeatureCollection, MultiPolygon } from 'geojson';
import L from 'leaflet';
import { boundsAround, fitPadding, unionBounds, type GeoBounds } from '../../core/map/fit-view';
import { longitudeNear, viewCentreLongitude } from '../../core/map/longitude-window';
import type { MapEvent, MapSpec } from '../../core/map/map-spec';
import { recentreGeometry, type PolygonCoordinates } from '../../core/map/recentre-geometry';
import { addArrows, arrowCurve } from './map-arrows';
import { countryOutlines, type Country, type CountryOutline } from './basemap';
import { LabelLayer, type MapLabel } from './map-labels';
import type { MapStyle } from './map-style';

export class MapView {
  readonly map: L.Map;
  /** The longitude the map is centred on; every coordinate drawn is within 180° of it. */
  readonly centre: number;
  private readonly labels: LabelLayer;
  private readonly fitBounds: GeoBounds | null;

  constructor(
    element: HTMLElement,
    private readonly spec: MapSpec,
    countries: readonly Country[],
    private readonly style: MapStyle,
  ) {
    const highlighted = new Set(spec.highlightCountryCodes);
    const points = [...spec.places, ...spec.events, ...spec.arrows.flatMap((arrow) => [arrow.from, arrow.to])];
    // Without places, the map is centred on the highlighted countries' mainlands.
    const highlightMiddles = countries.filter((country) => highlighted.has(country.code)).map((country) => middleOf(largestPolygon(recentreGeometry(country.geometry, 0))));
    this.centre = viewCentreLongitude(points.length ? points.map((p) => p.lon) : highlightMiddles);

    // Wide padding: country outlines that leave the view are still drawn a little past its edge.
    // The basemap is drawn by the map's default renderer; markers and arrows by their own, above it.
    const basemapRenderer = L.svg({ padding: 0.5 });
    this.map = L.map(element, {
      renderer: basemapRenderer,
      // Reveal.js owns the keyboard: arrow keys change slides, they do not pan the map.
      keyboard: false,
      zoomControl: false,
      attributionControl: false,
      boxZoom: false,
      // Fractional zoom, so the fitted view fills the box at any slide size.
      zoomSnap: 0,
      zoomDelta: 0.5,
      wheelPxPerZoomLevel: 120,
      maxZoom: style.maxZoom,
      minZoom: 0,
      fadeAnimation: false,
      inertia: false,
    });

    // Layers are drawn against a view; the real one (fit) is set once everything is added.
    this.map.setView([20, this.centre], 2, { animate: false });
    const outlines = countryOutlines(countries, this.centre);
    this.addCountries(outlines.filter((c) => !highlighted.has(c.code)), 'docent-map-land');
    const highlightLayer = this.addCountries(outlines.filter((c) => highlighted.has(c.code)), 'docent-map-highlight');

    const overlayRenderer = L.svg({ padding: 0.5 });
    addArrows(this.map, spec.arrows, this.centre, style, overlayRenderer);
    // Events at the same place share one marker and one caption, a line each; at a listed place the
    // caption goes under the place's name, so what happened there reads with where.
    const eventGroups = eventsByPlace(spec.events);
    const captionOf = (group: MapEvent[]) => {
      const captions = group.map((event) => (event.when ? `${event.when}: ${event.what}` : event.what));
      const shortened = captions.map((caption) => (caption.length > style.captionLength ? `${caption.slice(0, style.captionLength - 1).trimEnd()}…` : caption));
      return { text: shortened.join('\n'), full: captions.join('\n') };
    };
    const labels: MapLabel[] = [];
    for (const place of spec.places) {
      const lon = longitudeNear(place.lon, this.centre);
      const events = eventGroups.get(placeKey(place));
      eventGroups.delete(placeKey(place));
      L.circleMarker([place.lat, lon], {
        renderer: overlayRenderer,
        radius: events ? style.eventRadius : style.placeRadius,
        color: '#ffffff',
        weight: 2,
        fillColor: events ? style.event : style.place,
        fillOpacity: 1,
        interactive: false,
        className: events ? 'docent-map-place docent-map-event' : 'docent-map-place',
      }).addTo(this.map);
      const caption = events ? captionOf(events) : undefined;
      labels.push({
        lat: place.lat,
        lon,
        text: place.label,
        caption: caption?.text,
        title: caption && caption.text !== caption.full ? caption.full : undefined,
        kind: 'place',
        radius: events ? style.eventRadius : style.placeRadius,
      });
    }
    for (const group of eventGroups.values()) {
      const [first] = group;
      if (!first) continue;
      const lon = longitudeNear(first.lon, this.centre);
      L.circleMarker([first.lat, lon], {
        renderer: overlayRenderer,
        radius: style.eventRadius,
        color: '#ffffff',
        weight: 2,
        fillColor: style.event,
        fillOpacity: 1,
        interactive: false,
        className: 'docent-map-event',
      }).addTo(this.map);
      const caption = captionOf(group);
      labels.push({ lat: first.lat, lon, text: caption.text, title: caption.text === caption.full ? undefined : caption.full, kind: 'event', radius: style.eventRadius });
    }
    for (const arrow of spec.arrows) {
      if (!arrow.label) continue;
      const [lat, lon] = arrowCurve(arrow, this.centre).middle;
      labels.push({ lat, lon, text: arrow.label, kind: 'arrow', radius: 0 });
    }
    // Arrow heads matter most: their last stretch counts several times.
    const arrowPoints = spec.arrows.flatMap((arrow) => {
      const points = arrowCurve(arrow, this.centre).points;
      return [...points, ...points.slice(-6), ...points.slice(-6), ...points.slice(-6)];
    });
    this.labels = new LabelLayer(this.map, labels, arrowPoints);

    const placesBounds = boundsAround(points, this.centre, style.minSpanDegrees);
    // With one place or none, the highlighted countries say what the map is about.
    const highlightBounds = points.length < 2 && highlightLayer ? toGeoBounds(highlightLayer.getBounds()) : null;
    this.fitBounds = unionBounds(placesBounds, highlightBounds) ?? { south: -60, west: this.centre - 180, north: 75, east: this.centre + 180 };
    this.fit();
  }

  /** Back to the view that fits the block's places, as when the slide is entered. */
  fit(): void {
    this.map.invalidateSize({ pan: false, animate: false });
    const size = this.map.getSize();
    if (size.x === 0 || size.y === 0 || !this.fitBounds) return;
    const padding = fitPadding(size.x, size.y, Boolean(this.spec.title));
    const { south, west, north, east } = this.fitBounds;
    this.map.fitBounds(L.latLngBounds([south, west], [north, east]), {
      paddingTopLeft: [padding.left, padding.top],
      paddingBottomRight: [padding.right, padding.bottom],
      animate: false,
      maxZoom: this.style.maxZoom - 3,
    });
    this.labels.arrange();
  }

  /** Keeps the map right after its box was shown, rescaled or resized, without moving the view. */
  refresh(): void {
    this.map.invalidateSize({ pan: false, animate: false });
    this.labels.arrange();
  }

  /** Mouse pan and zoom on or off (off in reveal.js's overview, where a click picks the slide). */
  setInteractive(on: boolean): void {
    for (const handler of [this.map.dragging, this.map.scrollWheelZoom, this.map.doubleClickZoom, this.map.touchZoom]) {
      if (on) handler.enable();
      else handler.disable();
    }
  }

  /** Container pixel of a coordinate (any longitude: it is moved into this map's window). */
  project(lat: number, lon: number): { x: number; y: number } {
    const point = this.map.latLngToContainerPoint([lat, longitudeNear(lon, this.centre)]);
    return { x: point.x, y: point.y };
  }

  destroy(): void {
    this.labels.remove();
    this.map.remove();
  }

  private addCountries(outlines: CountryOutline[], className: string): L.GeoJSON | null {
    if (!outlines.length) return null;
    const highlight = className === 'docent-map-highlight';
    const collection: FeatureCollection<MultiPolygon> = {
        type: 'FeatureCollection',
        features: outlines.map((outline) => ({
          type: 'Feature',
          id: outline.code,
          properties: { name: outline.name, code: outline.code },
          geometry: { type: 'MultiPolygon', coordinates: outline.polygons as number[][][][] },
        })),
      };
    return L.geoJSON(collection, {
        interactive: false,
        style: {
          className,
          fill: true,
          fillColor: highlight ? this.style.highlight : this.style.land,
          fillOpacity: 1,
          color: highlight ? this.style.highlightBorder : this.style.border,
          weight: highlight ? this.style.borderWeight * 1.5 : this.style.borderWeight,
          opacity: 1,
        },
      }).addTo(this.map);
  }
}

const placeKey = (point: { lat: number; lon: number }): string => `${point.lat.toFixed(4)},${point.lon.toFixed(4)}`;

function eventsByPlace(events: readonly MapEvent[]): Map<string, MapEvent[]> {
  const groups = new Map<string, MapEvent[]>();
  for (const event of events) groups.set(placeKey(event), [...(groups.get(placeKey(event)) ?? []), event]);
  return groups;
}

function largestPolygon(polygons: PolygonCoordinates[]): PolygonCoordinates {
  return polygons.reduce((largest, polygon) => ((polygon[0]?.length ?? 0) > (largest[0]?.length ?? 0) ? polygon : largest), [] as PolygonCoordinates);
}

function middleOf(polygon: PolygonCoordinates): number {
  const lons = (polygon[0] ?? []).map((position) => position[0] ?? 0);
  return lons.length ? (Math.min(...lons) + Math.max(...lons)) / 2 : 0;
}

function toGeoBounds(bounds: L.LatLngBounds): GeoBounds | null {
  if (!bounds.isValid()) return null;
  return { south: bounds.getSouth(), west: bounds.getWest(), north: bounds.getNorth(), east: bounds.getEast() };
}
