// Where the basemap's data comes from: in the app, a file of its own origin, fetched when the first
// map is drawn (the exported HTML file carries it inline instead: standalone/embedded-atlas.ts).
import countriesUrl from 'world-atlas/countries-50m.json?url';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountriesAtlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export async function loadAtlas(): Promise<CountriesAtlas> {
  const response = await fetch(countriesUrl);
  if (!response.ok) throw new Error(`the basemap could not be loaded (${response.status})`);
  return (await response.json()) as CountriesAtlas;
}
