import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOrderedSubsequence, shortenSentence } from '../../../../src/core/analysis/shorten-sentence';
import { segmentSections, targetSectionCount } from '../../../../src/core/analysis/segment-sections';
import { maxTitleWords } from '../../../../src/core/analysis/title-sections';
import type { Paragraph } from '../../../../src/core/document/document-model';
import { analyzeText } from './analyze-text';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/documents/${name}`, import.meta.url), 'utf8');
const fixtures: Array<[string, 'text' | 'markdown' | 'html']> = [
  ['council-budget.md', 'markdown'],
  ['cup-final.txt', 'text'],
  ['coral-reefs.txt', 'text'],
  ['port-strike.html', 'html'],
];
const defaultArticle = readFileSync(new URL('../../../../resources/documents/russia-china-north-korea.txt', import.meta.url), 'utf8');

describe('sections', () => {
  it('follows explicit headings when the document has them', () => {
    const analysis = analyzeText(fixture('council-budget.md'), 'markdown', 'council-budget.md');
    const headings = ['Roads and repairs', 'The swimming pool', 'Libraries and staff', 'What happens next'];
    expect(analysis.sections.slice(1).map((s) => s.heading)).toEqual(headings);
    expect(analysis.sections.slice(1).map((s) => s.title)).toEqual(headings);
    // The text before the first heading is its own section, titled from its content.
    expect(analysis.sections[0]).toMatchObject({ heading: null, paragraphs: [0] });
  });

  it('keeps a heading with no text of its own as a section with no paragraphs, and drops one that heads nothing', () => {
    const guide = [
      '# Harbour Town',
      'Harbour Town is a small port on a windy coast, known for its ferries and its fish market.',
      '## Understand',
      '### History',
      'Fishermen settled the bay in the twelfth century, and the first pier was built two hundred years later.',
      '### Climate',
      'Winters are mild and wet, and summer storms can stop the ferries for days at a time.',
      '## Get in',
      'Ferries leave the mainland every two hours, and the crossing takes about forty minutes.',
      '## See also',
    ].join('\n\n');
    const sections = analyzeText(guide, 'markdown', 'guide.md').sections;
    expect(sections.map((s) => s.heading)).toEqual([null, 'Understand', 'History', 'Climate', 'Get in']);
    expect(sections[1]).toMatchObject({ title: 'Understand', paragraphs: [], bullets: [] });
    expect(sections[1]?.slides).toEqual([{ paragraphs: [], bullets: [] }]);
  });

  it('starts a new section where a paragraph opens a debate ("Economists are divided …")', () => {
    const story = [
      'The city will open a new metro line next spring, the transport department said on Monday.',
      'The line will connect the airport with the central station and three new housing districts in the east.',
      'Trains will run every four minutes at peak times, and tickets will cost the same as on the buses.',
      'Construction began six years ago and ran two years late, mostly because of flooding in the tunnels.',
      'The budget grew from two to three billion euros during the works, and the city had to borrow the difference.',
      'Economists are divided on whether the line will pay for itself within the next few decades.',
      'Some expect rents and tax income in the eastern districts to rise quickly once trains run.',
      'Others warn that ticket revenue rarely covers the debt of such projects in a city of this size.',
    ];
    const analysis = analyzeText(story.join('\n\n'));
    const debate = analysis.sections.find((section) => section.paragraphs.includes(5));
    expect(debate?.paragraphs[0]).toBe(5);
  });

  it('puts every paragraph in exactly one section, in order (any document shape)', () => {
    for (const [name, type] of [...fixtures, ['default', 'text'] as const]) {
      const analysis = name === 'default' ? analyzeText(defaultArticle) : analyzeText(fixture(name), type, name);
      expect(analysis.sections.flatMap((s) => s.paragraphs)).toEqual(analysis.paragraphs.map((p) => p.index));
      for (const section of analysis.sections) expect(section.slides.flatMap((slide) => slide.paragraphs)).toEqual(section.paragraphs);
    }
  });

  it('cuts random paragraph lists into ordered, complete, non-empty sections', () => {
    const word = fc.constantFrom('river', 'budget', 'school', 'harbour', 'election', 'coral', 'bridge', 'Lisbon', 'market', 'storm');
    const paragraphText = fc.array(fc.array(word, { minLength: 4, maxLength: 12 }), { minLength: 1, maxLength: 4 }).map((sentences) => sentences.map((s) => `${s.join(' ')}.`).join(' '));
    fc.assert(
      fc.property(fc.array(paragraphText, { minLength: 1, maxLength: 30 }), (texts) => {
        const paragraphs: Paragraph[] = texts.map((text, index) => ({ index, text, heading: null, headingNumber: -1, markedCaption: false }));
        const sections = segmentSections(paragraphs, new Set(), new Map());
        expect(sections.flatMap((s) => s.paragraphs)).toEqual(paragraphs.map((p) => p.index));
        expect(sections.every((s) => s.paragraphs.length > 0)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('aims at 4–8 sections for a 600–1200-word article', () => {
    expect(targetSectionCount(600)).toBeGreaterThanOrEqual(4);
    expect(targetSectionCount(1200)).toBeLessThanOrEqual(8);
    const sections = analyzeText(defaultArticle).sections;
    expect(sections.length).toBeGreaterThanOrEqual(4);
    expect(sections.length).toBeLessThanOrEqual(8);
  });

  it('gives short, distinct titles', () => {
    for (const [name, type] of fixtures) {
      const titles = analyzeText(fixture(name), type, name).sections.map((s) => s.title);
      expect(new Set(titles.map((t) => t.toLowerCase())).size).toBe(titles.length);
      for (const title of titles) expect(title.split(/\s+/).length).toBeLessThanOrEqual(maxTitleWords);
    }
  });
});

describe('bullets', () => {
  it('shortens by deletion only', () => {
    const source = 'However, the plan – which nobody liked – was approved (after a long debate), such as it was, on Monday.';
    const short = shortenSentence(source);
    expect(short.length).toBeLessThan(source.length);
    expect(isOrderedSubsequence(short, source)).toBe(true);
  });

  it('keeps quotations whole, without who said them (the notes name the speaker)', () => {
    expect(shortenSentence('"We will (maybe) win," she said.')).toBe('"We will (maybe) win"');
  });

  it('property: every bullet is an ordered subsequence of its source sentence, which is in the document', () => {
    const documents = [...fixtures.map(([name, type]) => analyzeText(fixture(name), type, name)), analyzeText(defaultArticle)];
    for (const analysis of documents) {
      const sentences = new Set(analysis.sentences.map((s) => s.text));
      for (const bullet of analysis.sections.flatMap((s) => s.bullets)) {
        expect(sentences.has(bullet.source)).toBe(true);
        expect(isOrderedSubsequence(bullet.text, bullet.source)).toBe(true);
      }
    }
  });

  it('property: shortening any sentence only deletes words', () => {
    const token = fc.constantFrom('the', 'plan', 'However,', '(after', 'a', 'debate)', '–', 'which', 'such as', 'it,', 'was', 'approved', 'and', 'because', 'Monday', 'but');
    fc.assert(
      fc.property(fc.array(token, { minLength: 3, maxLength: 40 }), (tokens) => {
        const sentence = `${tokens.join(' ')}.`;
        expect(isOrderedSubsequence(shortenSentence(sentence), sentence)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('puts 2–5 bullets on every slide and keeps captions out of them', () => {
    for (const [name, type] of [...fixtures, ['default', 'text'] as const]) {
      const analysis = name === 'default' ? analyzeText(defaultArticle) : analyzeText(fixture(name), type, name);
      const captions = new Set(analysis.captions.map((c) => c.text));
      for (const slide of analysis.sections.flatMap((s) => s.slides)) {
        expect(slide.bullets.length).toBeGreaterThanOrEqual(2);
        expect(slide.bullets.length).toBeLessThanOrEqual(5);
        for (const bullet of slide.bullets) expect(captions.has(bullet.source)).toBe(false);
      }
    }
  });
});

describe('sections under repeated headings', () => {
  it('starts a new section at every heading, even one that reads like an earlier one', () => {
    const analysis = analyzeText('# Report\n\n## Update\n\nThe first update is about the river level.\n\n## Update\n\nThe second update is about the bridge repairs.', 'markdown', 'r.md');
    expect(analysis.sections.map((s) => s.paragraphs)).toEqual([[0], [1]]);
    expect(analysis.sections.map((s) => s.title)).toEqual(['Update', 'Update (2)']);
  });
});
