// The place gazetteer behind lookupPlaces (hand-written map blocks name places without coordinates).
// Loaded on first use, off the start-up path.
import type { GazetteerLookup } from './docent-services';
import { gazetteer } from './gazetteer-data';

export async function loadGazetteer(): Promise<GazetteerLookup> {
  return gazetteer();
}
