// The default document (resources/documents): what a careful reader expects Docent to find in it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text';

const text = readFileSync(new URL('../../../../resources/documents/russia-china-north-korea.txt', import.meta.url), 'utf8');
const analysis = analyzeText(text, 'text', 'russia-china-north-korea.txt');

describe('the default article', () => {
  it('reads the headline, date and dateline', () => {
    expect(analysis.title).toMatch(/^Is it A cooperation between Russia, China and North Korea/);
    expect(analysis.date).toBe('2023-09-19');
    expect(analysis.dateline).toBe('Beijing');
  });

  it('finds 5–8 sections, the researcher\'s view and the history apart from the opening', () => {
    expect(analysis.sections.length).toBeGreaterThanOrEqual(5);
    expect(analysis.sections.length).toBeLessThanOrEqual(8);
    const sectionOf = (fragment: string) => analysis.sections.findIndex((s) => s.paragraphs.some((p) => analysis.paragraphs[p]?.text.includes(fragment)));
    expect(sectionOf('left for home on Sunday')).toBe(sectionOf('planning to sell weapons'));
    expect(sectionOf('said to the British')).toBe(sectionOf('According to Korolev'));
    expect(sectionOf('said to the British')).not.toBe(sectionOf('left for home on Sunday'));
    expect(sectionOf('dual-use products')).not.toBe(sectionOf('According to Korolev'));
    expect(sectionOf('Korean War')).not.toBe(sectionOf('dual-use products'));
    expect(sectionOf('how seriously China wants peace')).not.toBe(sectionOf('Korean War'));
    // "Scholars are divided" opens the question whether China wants peace; the paragraph before it does not belong there.
    const peace = analysis.sections[sectionOf('how seriously China wants peace')];
    expect(analysis.paragraphs[peace?.paragraphs[0] ?? -1]?.text).toMatch(/^Scholars are divided/);
    expect(sectionOf('Putin is expected to visit')).not.toBe(sectionOf('how seriously China wants peace'));
  });

  it('attributes the statements the article reports', () => {
    const by = (speaker: string) => analysis.statements.filter((s) => s.speaker === speaker);
    expect(by('United States').length).toBeGreaterThanOrEqual(2); // "According to the US", "It suspects"
    const korolev = by('Alexander Korolev');
    expect(korolev).toHaveLength(2);
    expect(korolev.every((s) => s.role?.includes('University of New South Wales'))).toBe(true);
    expect(korolev[0]?.outlet).toBe('BBC');
    const nikkei = by('Nikkei')[0];
    expect(nikkei?.role).toMatch(/news agency/);
    expect(nikkei?.role).toMatch(/citing intelligence sources/);
    expect(by('China').map((s) => s.text.split(' ')[0])).toEqual(['dismissed', 'he']);
    for (const group of ['The experts', 'Scholars', 'The majority', 'Some people']) expect(by(group)).toHaveLength(1);
    expect(analysis.statements.every((s) => text.includes(s.source))).toBe(true);
  });

  it('finds the places, the Russian Far East and Europe included', () => {
    const names = analysis.places.map((p) => p.name);
    for (const place of ['Russia', 'China', 'North Korea', 'Ukraine', 'Moscow', 'Beijing', 'Russian Far East', 'United States', 'Europe']) {
      expect(names).toContain(place);
    }
    // "the Japanese Nikkei news agency", "an Australian researcher": an outlet's or a person's country is no place of the story.
    expect(names).not.toContain('Japan');
    expect(names).not.toContain('Australia');
    const farEast = analysis.places.find((p) => p.name === 'Russian Far East');
    expect(farEast?.kind).toBe('region');
    expect(farEast?.lon).toBeGreaterThan(110);
    expect(names).not.toContain('Korolev');
  });

  it('recognises the four picture captions and the meetings they describe', () => {
    expect(analysis.captions.map((c) => c.text.split(' ').slice(0, 3).join(' '))).toEqual([
      'Russian Foreign Minister',
      'Russian President Vladimir',
      'Both China and',
      'Chinese President Xi',
    ]);
    expect(analysis.events.map((e) => [e.place, e.when])).toEqual([
      ['Moscow', 'Monday'],
      ['Russian Far East', 'last week'],
      ['Moscow', 'March'],
    ]);
    expect(analysis.arrows).toContainEqual({ from: 'North Korea', to: 'Russia', label: 'weapons (alleged)' });
  });
});
