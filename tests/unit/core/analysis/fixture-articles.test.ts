// Articles of other shapes than the default one (written for these tests): what Docent must find in each.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text';

const read = (name: string) => readFileSync(new URL(`../../../fixtures/documents/${name}`, import.meta.url), 'utf8');
const speakers = (name: string, type: 'text' | 'markdown' | 'html' = 'text') => analyzeText(read(name), type, name).statements.map((s) => `${s.kind}:${s.speaker}`);

describe('a council report with Markdown subheadings and a few quotes', () => {
  const analysis = analyzeText(read('council-budget.md'), 'markdown', 'council-budget.md');

  it('attributes the quotes and reported speech, resolving surnames and "she"', () => {
    expect(speakers('council-budget.md', 'markdown')).toEqual([
      'reported:Engineers',
      'direct:Maria Okafor',
      'direct:Maria Okafor',
      'reported:The city engineer',
      'reported:Daniel Reyes',
      'direct:Daniel Reyes',
      'direct:Daniel Reyes',
      'reported:Helen Park',
      'reported:Tom Lindqvist', // "welcomed the change"
      'direct:Tom Lindqvist',
    ]);
    expect(analysis.statements.find((s) => s.speaker === 'Tom Lindqvist' && s.kind === 'direct')?.outlet).toBe('Riverton Gazette');
    expect(analysis.statements.find((s) => s.speaker === 'Helen Park')?.role).toBe('Mayor');
  });

  it('does not invent places for a town the gazetteer cannot place', () => {
    expect(analysis.places).toEqual([]);
  });
});

describe('a sports report full of quotes', () => {
  it('gives every quote to its speaker, with roles from the text around the name', () => {
    const analysis = analyzeText(read('cup-final.txt'), 'text', 'cup-final.txt');
    const direct = analysis.statements.filter((s) => s.kind === 'direct');
    expect(direct).toHaveLength(12);
    expect(new Set(direct.map((s) => s.speaker))).toEqual(new Set(['Sam Whitfield', 'Rosa Martinez', 'Kofi Mensah', 'Peter Olsen', 'Graham Hughes', 'Aisha Khan']));
    expect(analysis.statements.find((s) => s.speaker === 'Rosa Martinez')?.role).toBe('The Harbour City manager');
    expect(analysis.statements.find((s) => s.speaker === 'Graham Hughes')?.outlet).toBe('reporters');
    expect(analysis.places.map((p) => p.name)).toEqual(['Manchester']);
  });
});

describe('a science piece with almost no quotes', () => {
  const analysis = analyzeText(read('coral-reefs.txt'), 'text', 'coral-reefs.txt');

  it('still makes sections with bullets and finds the one opinion it reports', () => {
    expect(analysis.sections.length).toBeGreaterThanOrEqual(3);
    expect(analysis.statements.map((s) => s.speaker)).toEqual(['The authors']);
    expect(analysis.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Townsville', 'Indonesia']));
  });
});

describe('a business feature with groups, a caption and a reversed appositive', () => {
  const analysis = analyzeText(read('battery-plant.txt'), 'text', 'battery-plant.txt');

  it('lets groups described by a place speak, and "they" continue the group', () => {
    const bySpeaker = analysis.statements.map((s) => s.speaker);
    expect(bySpeaker).toContain('Analysts at a Stockholm bank');
    expect(bySpeaker.filter((s) => s === 'Others')).toHaveLength(2);
    expect(bySpeaker).not.toContain('European Union');
  });

  it('takes the role from "The chief executive, Lena Holm, admitted …"', () => {
    const holm = analysis.statements.filter((s) => s.speaker === 'Lena Holm');
    expect(holm.map((s) => s.kind)).toEqual(['reported', 'direct']);
    expect(holm.every((s) => s.role === 'The chief executive')).toBe(true);
  });

  it('recognises the caption and places the story in Sweden', () => {
    expect(analysis.captions.map((c) => c.text)).toEqual(['Lena Holm and the minister of industry visited the factory in August.']);
    expect(analysis.places[0]?.name).toBe('Sweden');
    expect(analysis.dateline).toBe('Skellefteå');
  });
});

describe('an HTML article', () => {
  it('reads quotes in curly quotation marks and groups such as "Retailers in Germany and Belgium"', () => {
    expect(speakers('port-strike.html', 'html')).toEqual([
      'direct:Anna de Vries',
      'direct:Anna de Vries',
      'reported:The port authority',
      'reported:Retailers in Germany and Belgium',
      'reported:Economists',
      'reported:The government',
      'reported:Erik Jansen',
      'reported:Unions',
    ]);
  });
});
