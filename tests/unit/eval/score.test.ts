// The corpus scorer (npm run eval) on made-up examples: each measure can fail.
import { describe, expect, it } from 'vitest';
import { headingKept, isAttributionOnly, isDangling, isFragmentTitle, matchNames, normalizeName, plainText, scoreBullets, scoreTitles } from '../../../scripts/eval/score.mjs';

describe('speaker and place matching', () => {
  it('ignores case, accents, a leading article and a possessive', () => {
    expect(normalizeName('The Harbour Board’s')).toBe('harbour board');
    expect(normalizeName('Jürgen Ålund')).toBe('jurgen alund');
  });

  it('matches aliases, leaves optional entries out of recall and out of the false positives', () => {
    const score = matchNames(['Ada Roe', 'Roe', 'Harbour Board', 'Alas'], [
      { name: 'Ada Roe', aliases: ['Roe'] },
      { name: 'Ben Oduya' },
      { name: 'the harbour board', optional: true },
    ]);
    expect(score.falsePositives).toEqual(['Alas']);
    expect(score.missed).toEqual(['Ben Oduya']);
    expect(score.precision).toBeCloseTo(3 / 4);
    expect(score.recall).toBeCloseTo(1 / 2);
  });

  it('has no precision without findings and no recall without required entries', () => {
    expect(matchNames([], [{ name: 'X', optional: true }])).toMatchObject({ precision: null, recall: null });
  });
});

describe('headings', () => {
  it('accepts the heading as written, without its number, or its part before a comma', () => {
    expect(headingKept('2.1. Property Rights', ['Property Rights'])).toBe(true);
    expect(headingKept('2.1. Property Rights', ['2.1. Property Rights'])).toBe(true);
    expect(headingKept('Ada Roe, Professor of Tides, Lisbon', ['Ada Roe'])).toBe(true);
    expect(headingKept('Cities', ['Harbour Towns'])).toBe(false);
  });
});

describe('titles', () => {
  it('counts 2–6 words over the titles Docent wrote, not over the headings it kept', () => {
    const score = scoreTitles(['Cities', 'Harbour tolls', 'Ada Roe', 'Fares', 'Why the ferry of the old harbour stopped running in May'], ['Cities', 'Ada Roe, Professor of Tides, Lisbon']);
    expect(score.own).toBe(3);
    expect(score.inRange).toBeCloseTo(1 / 3);
    expect(score.outOfRange).toEqual(['Fares', 'Why the ferry of the old harbour stopped running in May']);
    // A kept heading is the author's title, never a fragment of Docent's.
    expect(scoreTitles(['Why the Tide Turns', 'Why the ferry stopped'], ['Why the Tide Turns']).fragments).toEqual(['Why the ferry stopped']);
  });

  it('finds titles that repeat an earlier one', () => {
    const score = scoreTitles(['Harbour tolls', 'The harbour tolls', 'Ferry fares']);
    expect(score.repeated).toEqual(['The harbour tolls']);
    expect(score.distinct).toBeCloseTo(2 / 3);
  });

  it('finds titles that are pieces of a sentence', () => {
    expect(isFragmentTitle('I was going to ask')).toBe(true);
    expect(isFragmentTitle('Did Governor Roe indicate, sir')).toBe(true);
    expect(isFragmentTitle('For example, how do you feel')).toBe(true);
    expect(isFragmentTitle('Director of the')).toBe(true);
    expect(isFragmentTitle('Thank you, Mr. President.')).toBe(true);
    expect(isFragmentTitle('harbour tolls')).toBe(true);
    expect(isFragmentTitle('Harbour tolls')).toBe(false);
    expect(isFragmentTitle('What Does the Evidence Show?')).toBe(false);
    expect(isFragmentTitle('US fishing quotas')).toBe(false);
    expect(isFragmentTitle("It's Complicated: The Harbour")).toBe(false);
  });
});

describe('bullets', () => {
  it('finds attribution clauses standing alone', () => {
    expect(isAttributionOnly('the port authority said')).toBe(true);
    expect(isAttributionOnly('Prime Minister Ada Roe told reporters in Lisbon')).toBe(true);
    expect(isAttributionOnly('The ferry will stop running in May, the port authority said')).toBe(false);
    expect(isAttributionOnly('Ada Roe said she is willing to talk')).toBe(false);
    expect(isAttributionOnly('Officials said the ban will end')).toBe(false);
    expect(isAttributionOnly('according to the harbour board')).toBe(true);
    expect(isAttributionOnly('Tradeoffs are common in the United States Congress')).toBe(false);
  });

  it('finds cuts in mid-phrase', () => {
    expect(isDangling('the robots were required to recognize, pick up, carry')).toBe(false);
    expect(isDangling('the robots were required to recognize the')).toBe(true);
    expect(isDangling('fares rise in spring,')).toBe(true);
    expect(isDangling('fares rise in spring')).toBe(false);
    // A whole sentence may end on a preposition; a cut may not.
    expect(isDangling('It is what we set our mind to', 'It is what we set our mind to.')).toBe(false);
    expect(isDangling('It is what we set our mind to', 'It is what we set our mind to, and more.')).toBe(true);
  });

  it('counts words and flags a bullet that is not an ordered subsequence of its sentence', () => {
    const source = 'The ferry, which is old, will stop running in May.';
    const score = scoreBullets(
      [{ bullets: [{ text: 'The ferry will stop running in May', source }, { text: 'The ferry will stop in June', source }, { text: 'Fares rise', source: 'Fares rise sharply.' }] }],
      `Intro. ${source} Later.`,
    );
    expect(score.lengths).toEqual([2, 6, 7]);
    expect(score.median).toBe(6);
    expect(score.unfaithful).toEqual(['The ferry will stop in June', 'Fares rise']);
  });

  it('reads an HTML document without its tags and entities', () => {
    expect(plainText('a.html', '<p>It&rsquo;s <strong>late</strong></p>')).toBe(' It’s  late  ');
    expect(plainText('a.md', '*late*')).toBe('*late*');
  });
});
