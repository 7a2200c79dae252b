// The gazetteer's compact index (scripts/build-gazetteer.mjs writes it at build time): countries as a
// small JSON file, regions and cities as one line per name in a sorted text file. A lookup is a binary
// search in the file's text, so a run reads the file once and parses only the lines of the names its
// document asks about, never the whole list.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CountryRecord, PlaceIndex, PlaceRecord } from '../core/places/gazetteer-records';
import { placeKey } from '../core/places/place-key';
import { packageRoot } from './app-paths';

const FIELD = '\u001f';
const RECORD = '\u001e';

export const gazetteerFolder = path.join(packageRoot, 'out', 'gazetteer');

/** Builds the index if the build step did not (a checkout that never ran `npm ci` or a build). */
function ensureIndex(): void {
  if (existsSync(path.join(gazetteerFolder, 'places.tsv')) && existsSync(path.join(gazetteerFolder, 'countries.json'))) return;
  // In the Electron main process execPath is Electron itself, which runs the script as Node only when told to.
  execFileSync(process.execPath, [path.join(packageRoot, 'scripts', 'build-gazetteer.mjs'), gazetteerFolder], { cwd: packageRoot, stdio: 'ignore', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
}

export function readCountries(): CountryRecord[] {
  ensureIndex();
  return JSON.parse(readFileSync(path.join(gazetteerFolder, 'countries.json'), 'utf8')) as CountryRecord[];
}

/** The sorted name file as one string, searched in place. */
export function createFileIndex(text: string): PlaceIndex {
  const lineStart = (at: number): number => (at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1);
  const find = (key: string): PlaceRecord[] => {
    let low = 0;
    let high = text.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = lineStart(middle);
      const tab = text.indexOf('\t', start);
      const end = text.indexOf('\n', start);
      if (tab < 0 || end < 0) return [];
      const lineKey = text.slice(start, tab);
      if (lineKey === key) return text.slice(tab + 1, end).split(RECORD).map(parseRecord);
      if (lineKey < key) low = end + 1;
      else high = start;
    }
    return [];
  };
  return { find: (name) => find(placeKey(name)) };
}

function parseRecord(record: string): PlaceRecord {
  const [kind, name, country, region, lat, lon, population, flag] = record.split(FIELD);
  return {
    kind: kind === 'r' ? 'region' : 'city',
    name: name ?? '',
    country: country ?? '',
    region: region ?? '',
    lat: Number(lat),
    lon: Number(lon),
    population: Number(population),
    firstLevel: flag === 'm',
    capital: flag === 'capital',
  };
}

let fileIndex: PlaceIndex | null = null;

/** The index of regions and cities, read on the first lookup. */
export function placeIndex(): PlaceIndex {
  return {
    find(name) {
      if (!fileIndex) {
        ensureIndex();
        fileIndex = createFileIndex(readFileSync(path.join(gazetteerFolder, 'places.tsv'), 'utf8'));
      }
      return fileIndex.find(name);
    },
  };
}
