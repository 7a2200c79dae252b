// The basemap's data for the exported HTML file: bundled into the file's script, since a file:// page
// may make no request. The standalone build puts this module in place of map/basemap-atlas.ts.
import atlas from 'world-atlas/countries-50m.json';
import type { CountriesAtlas } from '../map/basemap-atlas';

export async function loadAtlas(): Promise<CountriesAtlas> {
  return atlas as unknown as CountriesAtlas;
}
