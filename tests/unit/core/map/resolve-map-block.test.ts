import { describe, expect, it } from 'vitest';
import type { PlaceHit } from '../../../../src/shared/api';
import { parseMapBlock } from '../../../../src/core/map/parse-map-block';
import { namesToLookUp, resolveMapBlock } from '../../../../src/core/map/resolve-map-block';

const gazetteer: Record<string, PlaceHit> = {
  springfield: { name: 'Springfield', kind: 'city', lat: 39.8, lon: -89.6 },
  freedonia: { name: 'Freedonia', kind: 'country', lat: 10, lon: 20, countryCode: '42' },
};
const lookup = (name: string): PlaceHit | null => gazetteer[name.toLowerCase()] ?? null;

describe('resolveMapBlock', () => {
  it('asks the gazetteer only for names without coordinates, each once', () => {
    const block = parseMapBlock(
      'highlight: [Freedonia, 250]\nplaces:\n  - Springfield\n  - {name: Far East, lat: 48, lon: 135}\nevents:\n  - {place: far east, what: Talks}\n  - {place: Freedonia, what: Vote}\n',
      1,
    );
    expect(namesToLookUp(block)).toEqual(['Springfield', 'Freedonia']);
  });

  it('places names from the gazetteer, keeps given coordinates and pads country codes', () => {
    const block = parseMapBlock(
      'highlight: [Freedonia, 250]\nplaces:\n  - Springfield\n  - {name: Far East, lat: 48, lon: 135, label: The East}\nevents:\n  - {place: the east, when: Monday, what: Talks}\narrows:\n  - {from: Springfield, to: Freedonia}\n',
      1,
    );
    const spec = resolveMapBlock(block, lookup);
    expect(spec.highlightCountryCodes).toEqual(['042', '250']);
    expect(spec.places).toEqual([
      { name: 'Springfield', label: 'Springfield', kind: 'city', lat: 39.8, lon: -89.6 },
      { name: 'Far East', label: 'The East', kind: 'other', lat: 48, lon: 135 },
    ]);
    expect(spec.events).toEqual([{ place: 'The East', when: 'Monday', what: 'Talks', lat: 48, lon: 135 }]);
    expect(spec.arrows[0]?.from).toEqual({ name: 'Springfield', lat: 39.8, lon: -89.6 });
    expect(spec.arrows[0]?.to).toEqual({ name: 'Freedonia', lat: 10, lon: 20 });
  });

  it('reports an unknown place at its own line', () => {
    const block = parseMapBlock('places:\n  - Springfield\n  - Atlantis\n', 40);
    expect(() => resolveMapBlock(block, lookup)).toThrow(/unknown place "Atlantis"/);
    try {
      resolveMapBlock(block, lookup);
    } catch (error) {
      expect((error as { location: { line: number } }).location.line).toBe(43);
    }
  });

  it('refuses a city in the highlight list, which only takes countries', () => {
    const block = parseMapBlock('highlight:\n  - Springfield\n', 1);
    expect(() => resolveMapBlock(block, lookup)).toThrow(/is a city, not a country/);
  });

  it('treats a gazetteer that knows nothing (no host yet) as unknown places', () => {
    const block = parseMapBlock('arrows:\n  - from: Springfield\n    to: Freedonia\n', 1);
    expect(() => resolveMapBlock(block, () => null)).toThrow(/unknown place "Springfield"/);
  });
});
