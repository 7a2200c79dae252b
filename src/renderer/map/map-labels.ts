// Text next to markers (place names, event captions, arrow labels), moved round their marker so
// they do not overlap each other or other markers (core/map/place-labels.ts decides where).
import L from 'leaflet';
import { placeLabels, type LabelRequest } from '../../core/map/place-labels';

export interface MapLabel {
  lat: number;
  lon: number;
  text: string;
  /** What happened there (events), shown under the name. */
  caption?: string;
  /** Full text when `text` or `caption` is shortened. */
  title?: string;
  kind: 'place' | 'event' | 'arrow';
  /** Radius of the marker the label belongs to; 0 for an arrow's label. */
  radius: number;
}

export class LabelLayer {
  private readonly layer = L.layerGroup();
  private readonly entries: { label: MapLabel; text: HTMLElement }[] = [];

  /**
   * @param keepClear coordinates labels should not cover (the points of arrows), as [lat, lon]
   */
  constructor(
    private readonly map: L.Map,
    labels: readonly MapLabel[],
    private readonly keepClear: readonly L.LatLngTuple[] = [],
  ) {
    for (const label of labels) {
      const text = document.createElement('span');
      text.className = `docent-map-label docent-map-label--${label.kind}`;
      text.textContent = label.text;
      if (label.caption) {
        const caption = document.createElement('span');
        caption.className = 'docent-map-caption';
        caption.textContent = label.caption;
        text.append(caption);
      }
      if (label.title) text.title = label.title;
      // A zero-size icon at the coordinates; the text inside is positioned relative to it.
      const anchor = document.createElement('div');
      anchor.append(text);
      const icon = L.divIcon({ className: 'docent-map-label-anchor', html: anchor, iconSize: [0, 0], iconAnchor: [0, 0] });
      L.marker([label.lat, label.lon], { icon, interactive: false, keyboard: false }).addTo(this.layer);
      this.entries.push({ label, text });
    }
    this.layer.addTo(map);
    map.on('zoomend viewreset', this.arrange, this);
  }

  /** Places every label again for the current view; call after the map moved or was resized. */
  arrange(): void {
    const size = this.map.getSize();
    const requests: LabelRequest[] = this.entries.map(({ label, text }) => {
      const point = this.map.latLngToContainerPoint([label.lat, label.lon]);
      return { x: point.x, y: point.y, radius: label.radius, width: text.offsetWidth, height: text.offsetHeight };
    });
    const obstacles = this.keepClear.map((latLng) => {
      const point = this.map.latLngToContainerPoint(latLng);
      return { left: point.x - 8, top: point.y - 8, width: 16, height: 16 };
    });
    const placed = placeLabels(requests, { width: size.x, height: size.y }, obstacles);
    placed.forEach((box, i) => {
      const entry = this.entries[i];
      const request = requests[i];
      if (!entry || !request) return;
      entry.text.style.left = `${box.left - request.x}px`;
      entry.text.style.top = `${box.top - request.y}px`;
      entry.text.dataset.side = box.side;
    });
  }

  remove(): void {
    this.map.off('zoomend viewreset', this.arrange, this);
    this.layer.remove();
  }
}
