import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findNounPhrases } from '../../../../src/core/analysis/find-noun-phrases';
import { headingTitle, maxTitleWords } from '../../../../src/core/analysis/title-sections';
import { analyzeText, article } from './analyze-text';

const phrases = (...sentences: string[]) => findNounPhrases(sentences).map((candidate) => candidate.phrase);

describe('noun phrases read in context', () => {
  it('does not take a verb after a modal as part of a noun phrase ("would offer tax relief")', () => {
    const found = phrases('He said the government would offer tax relief worth 150 million zlotys over ten years.');
    expect(found).toContain('tax relief');
    expect(found.some((phrase) => /^offer\b/.test(phrase))).toBe(false);
    expect(found.some((phrase) => /\bworth$/.test(phrase))).toBe(false);
  });

  it('never starts a phrase with a preposition ("across central Europe")', () => {
    const found = phrases('Cities across central Europe are replacing diesel fleets faster than anyone expected.');
    expect(found).toContain('diesel fleets');
    expect(found.some((phrase) => /^across\b/i.test(phrase))).toBe(false);
  });

  it('drops vague openers and ends a phrase at its head noun ("additional problems", "foreign policy representative")', () => {
    const found = phrases('Cooperation causes additional problems for the foreign policy representative.');
    expect(found).toContain('problems');
    expect(found).not.toContain('additional problems');
    expect(found).not.toContain('foreign policy');
  });

  it('keeps a hyphenated compound as one modifier ("dual-use products")', () => {
    expect(phrases('It suspects the firm of selling dual-use products, such as drones.')).toContain('dual-use products');
  });

  it('offers a noun phrase with the place it concerns ("factory in southern Poland")', () => {
    expect(phrases('The company will build a new factory in southern Poland next year.').some((phrase) => /factory in southern Poland$/.test(phrase))).toBe(true);
  });

  it('marks phrases inside quotation marks and in the first sentence', () => {
    const found = findNounPhrases(['Nurses walked out of the city hospitals on Monday.', '"I have worked double shifts for years," said one nurse.']);
    expect(found.find((candidate) => candidate.phrase === 'city hospitals')).toMatchObject({ quoted: false, lead: true });
    expect(found.find((candidate) => candidate.phrase === 'double shifts')).toMatchObject({ quoted: true, lead: false });
  });

  it("marks the opening sentence's main clause and what follows its verb, not an opening phrase or a relative clause", () => {
    const found = findNounPhrases(['At dawn, dock workers returned to work after a nine-day strike that delayed shipments across the region.']);
    const flags = (phrase: string) => found.find((candidate) => candidate.phrase === phrase);
    expect(flags('dawn')).toMatchObject({ lead: true, leadClause: false });
    expect(flags('dock workers')).toMatchObject({ leadClause: true, leadObject: false });
    expect(flags('nine-day strike')).toMatchObject({ leadClause: true, leadObject: true });
    expect(flags('shipments')).toMatchObject({ lead: true, leadClause: false });
  });

  it('keeps an apposition inside the main clause and passes over the subject of "said"', () => {
    const apposition = findNounPhrases(['The club manager, Rosa Lind, made three changes at half-time.']);
    expect(apposition.find((candidate) => candidate.phrase === 'half-time')).toMatchObject({ leadObject: true });
    const source = findNounPhrases(['The nursing union said its members had rejected the pay offer.']);
    expect(source.find((candidate) => candidate.phrase === 'nursing union')).toMatchObject({ leadClause: false });
    expect(source.find((candidate) => candidate.phrase === 'pay offer')).toMatchObject({ leadObject: true });
  });

  it('offers a noun with a thing named after a place ("ceasefire in the Sudan war"), never with "the" and a bare name', () => {
    expect(phrases('Scholars disagree about how much the government wants a ceasefire in the Sudan war.')).toContain('ceasefire in the Sudan war');
    expect(phrases('Prices rose quickly after the election in the United States.').some((phrase) => /in the United States/.test(phrase))).toBe(false);
  });

  it('drops an evaluative opener ("dramatic visit to Brazil" gives "visit to Brazil")', () => {
    const found = phrases('The president returned home on Sunday from a brief and dramatic visit to Brazil.');
    expect(found).toContain('visit to Brazil');
    expect(found.some((phrase) => /^dramatic\b/.test(phrase))).toBe(false);
  });
});

describe('section titles', () => {
  const story = article(
    'Bus maker expands in Poland',
    'A Swedish electric bus maker will build a second factory in southern Poland, the company said on Tuesday, betting that subsidies for clean public transport will keep orders coming.',
    'The plant near Katowice will employ about 1,200 people and start production in 2026, chief executive Anna Lindqvist told reporters in Warsaw.',
    '"Cities across central Europe are replacing diesel fleets faster than anyone expected," Lindqvist said. "We need to be close to them."',
    "Poland's development minister, Tomasz Nowak, welcomed the investment. He said the government would offer tax relief worth 150 million zlotys over ten years.",
    'Maria Kowalska, an economist at a bank in Warsaw, said rising wages could erode the cost advantage of Polish factories. "The subsidy window will not stay open forever," she said.',
    "Unions in Sweden criticised the decision. The metalworkers' union said it feared that jobs in Gothenburg would be cut once the Polish factory reached full capacity.",
    'The company denied that. A spokesperson said the Gothenburg plant would focus on research and premium models.',
    'Chinese makers remain the largest suppliers worldwide, and European makers have asked Brussels to look into unfair state support for their rivals.',
  );
  const titles = analyzeText(story).sections.map((section) => section.title);

  it('gives short titles that are noun phrases, never a broken clause', () => {
    for (const title of titles) {
      expect(title.split(/\s+/).length).toBeLessThanOrEqual(maxTitleWords);
      // "Lindqvist on across central Europe", "Nowak on offer tax relief": a preposition or verb after "on".
      expect(title).not.toMatch(/\bon (across|offer|start|to|in|of|for)\b/i);
      expect(title).not.toMatch(/^(across|offer|start|would|will|said)\b/i);
    }
    expect(new Set(titles.map((title) => title.toLowerCase())).size).toBe(titles.length);
  });

  it("titles a section by what its opening sentence's main clause is about, not a detail after its comma", () => {
    expect(titles[0]).toMatch(/^factory in southern Poland$/i);
    expect(titles).not.toContain('Clean public transport');
  });

  it('titles a visit by where it went, without its evaluative adjective', () => {
    const visit = analyzeText(
      article(
        'President back from abroad',
        'The president returned home on Sunday from a brief and dramatic visit to Brazil.',
        'Officials said the trip produced agreements on trade and on the protection of rainforests.',
      ),
    );
    expect(visit.sections[0]?.title).toBe('Visit to Brazil');
  });

  it('does not title a section with a description of a person ("foreign policy representative")', () => {
    const described = analyzeText(
      article(
        'Envoy visits the capital',
        "The country's top foreign policy representative arrived in the capital on Monday for talks on trade and fishing rights.",
        'The talks focused on fishing quotas in the northern sea, which both sides have disputed for years.',
      ),
    );
    for (const section of described.sections) expect(section.title).not.toMatch(/representative$/i);
  });
});

describe('titles across a whole article', () => {
  const read = (name: string) => readFileSync(new URL(`../../../fixtures/documents/${name}`, import.meta.url), 'utf8');

  it('never repeats an earlier title inside a later one, nor titles a section "urgent problem"', () => {
    for (const name of ['battery-plant.txt', 'cup-final.txt', 'coral-reefs.txt']) {
      const titles = analyzeText(read(name), 'text', name).sections.map((section) => section.title.toLowerCase());
      titles.forEach((title, i) => titles.slice(0, i).forEach((earlier) => expect(title.includes(earlier) || earlier.includes(title)).toBe(false)));
      for (const title of titles) expect(title).not.toMatch(/\b(problem|issue|thing|question)s?$/);
    }
  });
});

describe('titles from headings', () => {
  it('keeps a heading as written, long or with a colon', () => {
    expect(headingTitle('Cities')).toBe('Cities');
    expect(headingTitle('2.1. Property Rights')).toBe('2.1. Property Rights');
    expect(headingTitle('Redefining the Tides of the Bay and Their Effects on Fishing')).toBe('Redefining the Tides of the Bay and Their Effects on Fishing');
    expect(headingTitle('My Story: How a Harbour Town Learned to Live with the Sea')).toBe('My Story: How a Harbour Town Learned to Live with the Sea');
    expect(headingTitle('First Objection: Towns, Ports, and Ferries Do Not Act Like This')).toBe('First Objection: Towns, Ports, and Ferries Do Not Act Like This');
    expect(headingTitle('1.1 What Is a Harbour, and Why Is It Important?')).toBe('1.1 What Is a Harbour, and Why Is It Important?');
  });

  it('titles a "name, role, institution, city" heading by the name', () => {
    expect(headingTitle('Ada Roe, Professor of Tides, Harbour University, Lisbon, Portugal')).toBe('Ada Roe');
    expect(headingTitle('Jan de Wit, 42 Years Old, Dune Community, Zeeland')).toBe('Jan de Wit');
    // A series is no name line.
    expect(headingTitle('Heavy Industry, Mining, and Energy Production in the Region Today')).toBe('Heavy Industry, Mining, and Energy Production in the Region Today');
  });

  it('cuts a heading too long for a slide at its first comma or colon, else after its first words', () => {
    expect(headingTitle('The Harbour Board and the Ferry Companies: An Account of Twenty Years of Disputes over Tolls and Berths')).toBe('The Harbour Board and the Ferry Companies');
    const cut = headingTitle('A very long heading that goes on and on about the harbour and the ferries and the tolls of the bay');
    expect(cut.split(' ').length).toBeLessThanOrEqual(14);
    expect(cut).not.toMatch(/\b(?:the|and|of)$/);
  });
});

describe('interview slides', () => {
  const interview = article(
    'Talking Tides: an interview with Ada Roe',
    'Ada Roe has run the harbour school for twenty years.',
    'Q: Mrs. Roe, the council said on Monday that it would cut the ferry subsidy next year. Can you tell us what that means for the island schools?',
    'ADA ROE: The island schools depend on the morning ferry. Without the subsidy, the children would have to board on the mainland all week.',
    'Q: When and how will you raise the money for a new harbour wall?',
    'ADA ROE: We will ask the fishing cooperative and the county for half of it each, starting in the spring.',
    'Q: Thank you, Mrs. Roe.',
  );
  const { sections } = analyzeText(interview);
  const answers = sections.filter((section) => section.question !== null);

  it('titles a question slide by what it asks about, in a few words, and keeps the question for the notes', () => {
    expect(answers.map((section) => section.question)).toEqual(['Can you tell us what that means for the island schools?', 'When and how will you raise the money for a new harbour wall?']);
    for (const { title } of answers) {
      expect(title.split(/\s+/).length).toBeGreaterThanOrEqual(2);
      expect(title.split(/\s+/).length).toBeLessThanOrEqual(maxTitleWords);
      expect(title).not.toMatch(/^(?:can|when|how|i|you|what|do|did)\b/i);
      expect(title).not.toMatch(/\?$/);
    }
    expect(answers[1]?.title).toMatch(/harbour wall/i);
  });

  it('keeps a short interjection that asks nothing ("Okay.", "Ada —") on the slide it interrupts', () => {
    const withInterjections = analyzeText(
      article(
        'Talking Tides: an interview with Ada Roe',
        'Q: When will the ferry come back to the island?',
        'ADA ROE: The council has promised it for May, and the timetable is ready.',
        'Q: Okay.',
        'ADA ROE: The first boat will leave the mainland at seven in the morning.',
        'Q: How much will the new harbour wall cost the town?',
        'ADA ROE: About two million crowns, shared with the county.',
      ),
    );
    expect(withInterjections.sections.filter((section) => section.question !== null).map((section) => section.question)).toEqual([
      'When will the ferry come back to the island?',
      'How much will the new harbour wall cost the town?',
    ]);
  });

  it('adds a closing remark that asks nothing to the slide before it', () => {
    expect(answers).toHaveLength(2);
    expect(sections.map((section) => section.title)).not.toContain('Part 4');
  });
});

describe('a title led by the person the section quotes', () => {
  it('names them by surname, without a middle initial', () => {
    const story = article(
      'Harbour town weighs a ferry tax',
      'The harbour council will vote next week on a new ferry tax that would pay for a second pier.',
      'Finance director Tomas J. Berg said the new ferry tax would raise two million crowns a year. He said the new ferry tax was the only way to pay for the pier without borrowing.',
    );
    const titles = analyzeText(story).sections.map((section) => section.title);
    expect(titles.some((title) => /^Berg on /.test(title))).toBe(true);
    expect(titles.join(' ')).not.toMatch(/\bJ\. Berg\b/);
  });
});
