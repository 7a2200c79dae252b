import { describe, expect, it } from 'vitest';
import { describeMapYaml } from '../../../../src/core/map/describe-map';

describe('describeMapYaml', () => {
  it('names the title, highlighted countries, places, events and arrows', () => {
    const text = describeMapYaml(
      ['title: Where it happens', 'highlight: [Atlantis]', 'places:', '  - Atlantis', '  - name: Port Mira', '    lat: 1', '    lon: 2', 'events:', '  - place: Port Mira', '    when: Monday', '    what: The ferry sailed', 'arrows:', '  - from: Port Mira', '    to: Atlantis', '    label: ferry'].join('\n'),
    );
    expect(text).toBe('Map: Where it happens. Highlighted: Atlantis. Also marked: Port Mira. Port Mira, Monday: The ferry sailed. Arrow from Port Mira to Atlantis: ferry.');
  });

  it('still says it is a map when the block does not parse', () => {
    expect(describeMapYaml('places: [')).toBe('Map (its block could not be read).');
  });
});
