// The map slide's block: what is painted, what is only a marker, what stays off the map.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Analysis } from '../../../../src/core/analysis/analysis-model';
import type { PlaceMention } from '../../../../src/core/places/extract-places';
import { mapBlock } from '../../../../src/core/generate/map-block';

const place = (name: string, kind: PlaceMention['kind'], mentions: number, countryCode?: string, lat: number | null = 10, lon: number | null = 20): PlaceMention => ({
  name, kind, lat, lon, mentions, first: 0, ...(countryCode ? { countryCode } : {}),
});
const analysisWith = (places: PlaceMention[]) => ({ places, events: [], arrows: [] }) as unknown as Analysis;
const body = (block: string | null) => parse((block ?? '').replace(/^```map\n|\n```$/g, '')) as { highlight: string[]; places: Array<{ name: string }> };

describe('map block', () => {
  it('paints only countries with an outline code; a former country or a home nation is a marker', () => {
    const block = body(mapBlock(analysisWith([place('Norland', 'country', 3, '901'), place('Old Norland', 'country', 4), place('Tolva', 'landmark', 2, undefined, null, null)])));
    expect(block.highlight).toEqual(['Norland']);
    expect(block.places.map((entry) => entry.name)).toEqual(['Norland', 'Old Norland']);
  });
});
