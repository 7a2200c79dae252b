import { describe, expect, it } from 'vitest';
import { readAttribution as splitAttribution } from '../../../../src/core/notes/quote-notes';

describe('splitAttribution', () => {
  it('reads the generator’s form: name, role, (to outlet) · kind', () => {
    expect(splitAttribution('Alexander Korolev, an Australian researcher at the University of New South Wales (to BBC) · reported')).toEqual({
      speaker: 'Alexander Korolev',
      role: 'an Australian researcher at the University of New South Wales',
      outlet: 'to BBC',
      kind: 'reported',
    });
  });

  it('reads a hand-written dash line with the outlet after a comma', () => {
    expect(splitAttribution('— Jane Doe, a researcher at the University of Somewhere, to the Example News')).toEqual({
      speaker: 'Jane Doe',
      role: 'a researcher at the University of Somewhere',
      outlet: 'to the Example News',
      kind: null,
    });
  });

  it('keeps a role with commas whole and a source that is not an outlet in the role', () => {
    expect(splitAttribution('Nikkei, Japanese news agency, citing intelligence sources · reported')).toEqual({
      speaker: 'Nikkei',
      role: 'Japanese news agency, citing intelligence sources',
      outlet: null,
      kind: 'reported',
    });
  });

  it('gives just the speaker when that is all there is', () => {
    expect(splitAttribution('United States · direct quote')).toEqual({ speaker: 'United States', role: null, outlet: null, kind: 'direct quote' });
    expect(splitAttribution('-- John Roe')).toEqual({ speaker: 'John Roe', role: null, outlet: null, kind: null });
  });
});
