import { describe, expect, it } from 'vitest';
import { DocentError } from '../../../../src/core/errors';
import { parseMapBlock } from '../../../../src/core/map/parse-map-block';

function errorOf(yaml: string, fenceLine = 10): DocentError {
  try {
    parseMapBlock(yaml, fenceLine);
  } catch (error) {
    if (error instanceof DocentError) return error;
    throw error;
  }
  throw new Error('expected the block to be refused');
}

describe('parseMapBlock', () => {
  it('reads names, mappings, events and arrows with the deck.md line of each entry', () => {
    const yaml = [
      'title: Where it happens',
      'highlight: [Atlantis, 250]',
      'places:',
      '  - Springfield',
      '  - name: Far East',
      '    lat: 48.5',
      '    lon: 135',
      '    kind: region',
      'events:',
      '  - place: Springfield',
      '    when: Monday',
      '    what: Talks',
      'arrows:',
      '  - from: Springfield',
      '    to: Far East',
      '    label: goods',
    ].join('\n');
    const block = parseMapBlock(yaml, 20);
    expect(block.title).toBe('Where it happens');
    expect(block.highlight).toEqual([
      { name: 'Atlantis', line: 22 },
      { name: '250', line: 22 },
    ]);
    expect(block.places).toEqual([
      { name: 'Springfield', label: 'Springfield', line: 24 },
      { name: 'Far East', label: 'Far East', kind: 'region', lat: 48.5, lon: 135, line: 25 },
    ]);
    expect(block.events).toEqual([{ place: 'Springfield', when: 'Monday', what: 'Talks', line: 30 }]);
    expect(block.arrows).toEqual([{ from: 'Springfield', to: 'Far East', label: 'goods', line: 34 }]);
  });

  it('names the line of a YAML syntax error', () => {
    const error = errorOf('places:\n  - Springfield\n  - [unclosed\n', 10);
    expect(error.code).toBe('MAP_BLOCK_INVALID');
    expect(error.location.line).toBeGreaterThanOrEqual(13);
    expect(error.message).toMatch(/YAML/);
  });

  it('names the line and the key of an unknown key', () => {
    const error = errorOf('places: [Springfield]\ncolour: red\n', 5);
    expect(error.location.line).toBe(7);
    expect(error.message).toMatch(/unknown key "colour"/);
  });

  it('names the line of a coordinate out of range', () => {
    const error = errorOf('places:\n  - name: Nowhere\n    lat: 95\n    lon: 10\n', 1);
    expect(error.location.line).toBe(4);
    expect(error.message).toMatch(/lat must be between -90 and 90/);
  });

  it('refuses a place with lat but no lon', () => {
    const error = errorOf('places:\n  - name: Half\n    lat: 10\n', 1);
    expect(error.location.line).toBe(3);
    expect(error.message).toMatch(/both lat and lon/);
  });

  it('refuses an event without "what", pointing at the event', () => {
    const error = errorOf('events:\n  - place: Springfield\n    when: Monday\n', 1);
    expect(error.location.line).toBe(3);
    expect(error.message).toMatch(/events\[1\]\.what/);
  });

  it('refuses an empty block and a block that names nothing, at the fence line', () => {
    expect(errorOf('', 7).location.line).toBe(7);
    expect(errorOf('title: Only a title\n', 7).message).toMatch(/names nothing/);
  });

  it('refuses a list written as a single value', () => {
    const error = errorOf('places: Springfield\n', 1);
    expect(error.location.line).toBe(2);
    expect(error.message).toMatch(/expected a list/);
  });
});
