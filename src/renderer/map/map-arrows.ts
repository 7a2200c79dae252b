// Arrows between places: a gentle curve (so two arrows between the same places in opposite
// directions stay apart) with an SVG arrowhead that stops short of the target marker.
import L from 'leaflet';
import { longitudeNear } from '../../core/map/longitude-window';
import type { MapArrow } from '../../core/map/map-spec';
import type { MapStyle } from './map-style';

const svgNamespace = 'http://www.w3.org/2000/svg';
let arrowheadCount = 0;

export interface ArrowCurve {
  points: L.LatLngTuple[];
  middle: L.LatLngTuple;
}

/** A quadratic curve from `from` to `to`, bent to the right of the direction of travel. */
export function arrowCurve(arrow: MapArrow, centre: number, samples = 32): ArrowCurve {
  const a = { lat: arrow.from.lat, lon: longitudeNear(arrow.from.lon, centre) };
  const b = { lat: arrow.to.lat, lon: longitudeNear(arrow.to.lon, centre) };
  const bend = 0.18;
  const control = { lat: (a.lat + b.lat) / 2 - (b.lon - a.lon) * bend, lon: (a.lon + b.lon) / 2 + (b.lat - a.lat) * bend };
  const at = (t: number): L.LatLngTuple => {
    const u = 1 - t;
    return [u * u * a.lat + 2 * u * t * control.lat + t * t * b.lat, u * u * a.lon + 2 * u * t * control.lon + t * t * b.lon];
  };
  const points: L.LatLngTuple[] = [];
  for (let i = 0; i <= samples; i++) points.push(at(i / samples));
  return { points, middle: at(0.5) };
}

export function addArrows(map: L.Map, arrows: readonly MapArrow[], centre: number, style: MapStyle, renderer: L.SVG): L.LayerGroup {
  const group = L.layerGroup().addTo(map);
  const markerId = `docent-map-arrowhead-${++arrowheadCount}`;
  for (const arrow of arrows) {
    const line = L.polyline(arrowCurve(arrow, centre).points, {
      color: style.arrow,
      weight: style.arrowWeight,
      opacity: 0.9,
      interactive: false,
      renderer,
      className: 'docent-map-arrow',
    }).addTo(group);
    const path = line.getElement();
    if (path) {
      ensureArrowhead(path, markerId, style);
      path.setAttribute('marker-end', `url(#${markerId})`);
    }
  }
  return group;
}

/** One <marker> per map, in the SVG the arrows are drawn in. */
function ensureArrowhead(path: Element, id: string, style: MapStyle): void {
  const svg = (path as SVGElement).ownerSVGElement;
  if (!svg || svg.querySelector(`#${id}`)) return;
  const defs = svg.querySelector('defs') ?? svg.insertBefore(document.createElementNS(svgNamespace, 'defs'), svg.firstChild);
  const marker = document.createElementNS(svgNamespace, 'marker');
  // Sized in stroke widths: the head is 4 strokes long; refX puts its tip before the line's end so
  // it is not hidden under the target's marker.
  const stopShort = (style.placeRadius + 3) / style.arrowWeight;
  for (const [name, value] of Object.entries({
    id,
    viewBox: '0 0 10 10',
    refX: String(10 + stopShort * 2.5),
    refY: '5',
    markerWidth: '4',
    markerHeight: '4',
    markerUnits: 'strokeWidth',
    orient: 'auto',
  })) {
    marker.setAttribute(name, value);
  }
  const head = document.createElementNS(svgNamespace, 'path');
  head.setAttribute('d', 'M0,0 L10,5 L0,10 z');
  head.setAttribute('fill', style.arrow);
  marker.append(head);
  defs.append(marker);
}
