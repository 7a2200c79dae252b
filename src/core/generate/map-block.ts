// The map slide's ```map block (docs/map-block.md): places with coordinates and kind, the countries to
// highlight, who met whom where, and flows between countries. Plain YAML a person can edit.
import { stringify } from 'yaml';
import type { Analysis } from '../analysis/analysis-model';

/** Countries named at least this often are painted; a passing mention is only a marker. */
const minHighlightMentions = 2;

export function mapBlock(analysis: Analysis): string | null {
  // A landmark the offline data cannot place stays off the map (the notes still name it).
  const places = analysis.places.flatMap((place) => (place.lat !== null && place.lon !== null ? [{ ...place, lat: place.lat, lon: place.lon }] : []));
  if (places.length === 0) return null;
  // Only countries with an outline can be painted: England, Persia (no ISO code of their own) are markers.
  const paintable = places.filter((place) => place.kind === 'country' && Boolean(place.countryCode));
  let highlight = paintable.filter((place) => place.mentions >= minHighlightMentions).map((place) => place.name);
  if (highlight.length === 0) highlight = paintable.map((place) => place.name);
  const body: Record<string, unknown> = {
    title: 'Places in the story',
    highlight,
    // The map format's kinds (docs/map-block.md) call a landmark 'other'.
    places: places.map((place) => ({ name: place.name, lat: round(place.lat), lon: round(place.lon), kind: place.kind === 'landmark' ? 'other' : place.kind })),
  };
  const known = new Set(places.map((place) => place.name));
  // Text from the document must not close the fence.
  const plain = (text: string): string => text.replace(/`/g, "'");
  const events = analysis.events
    .filter((event) => known.has(event.place))
    .map((event) => (event.when ? { place: event.place, when: plain(event.when), what: plain(event.what) } : { place: event.place, what: plain(event.what) }));
  if (events.length > 0) body.events = events;
  const arrows = analysis.arrows.filter((arrow) => known.has(arrow.from) && known.has(arrow.to));
  if (arrows.length > 0) body.arrows = arrows.map((arrow) => ({ from: arrow.from, to: arrow.to, label: plain(arrow.label) }));
  return `\`\`\`map\n${stringify(body, { lineWidth: 0, flowCollectionPadding: false }).trimEnd()}\n\`\`\``;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
