// The place gazetteer for lookupPlaces, loaded on first use.
import type { PlaceLookup } from './docent-services';

export async function loadGazetteer(): Promise<PlaceLookup> {
  // Filled in by the generator's gazetteer (src/host/gazetteer-data.ts) once it lands.
  return { lookup: () => null };
}
