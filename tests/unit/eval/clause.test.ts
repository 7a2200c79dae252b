// The scorer's clause checks (npm run eval) on made-up bullets: a bullet is a clause a reader can read aloud.
import { describe, expect, it } from 'vitest';
import { endsMidClause, lacksMainClause } from '../../../scripts/eval/clause.mjs';
import { scoreBullets } from '../../../scripts/eval/score.mjs';

describe('bullets without a main clause', () => {
  it('finds lines with no finite verb: a source line, a dateline, a byline, an opening phrase left alone', () => {
    expect(lacksMainClause('Source: Harbour Press Agency')).toBe(true);
    expect(lacksMainClause('LISBON, May 3, 2021 --')).toBe(true);
    expect(lacksMainClause('By Ada Roe')).toBe(true);
    expect(lacksMainClause('Soon after the first release of stolen ferry timetables')).toBe(true);
  });

  it('finds a clause a subordinator opened whose verb was cut away', () => {
    expect(lacksMainClause('The mayor would take steps to ensure that her colleagues')).toBe(true);
    expect(lacksMainClause('A harbour that is at peace with its neighbours')).toBe(true);
    expect(lacksMainClause('That the ferry company began to cut its timetable')).toBe(true);
    expect(lacksMainClause('Roe said travellers who are worried by the strike')).toBe(true);
  });

  it('accepts clauses, including imperatives, questions and a verb after a gerund subject', () => {
    expect(lacksMainClause('The ferry will stop running in May')).toBe(false);
    expect(lacksMainClause('The ferry will stop running in May, the port authority said')).toBe(false);
    expect(lacksMainClause('Roe said that the strike is over')).toBe(false);
    expect(lacksMainClause('Think of every timetable as a promise')).toBe(false);
    expect(lacksMainClause('When will the ferry run again?')).toBe(false);
    expect(lacksMainClause('Rowing also builds strength')).toBe(false);
    expect(lacksMainClause('The tickets stolen by the clerk were found')).toBe(false);
    expect(lacksMainClause('That decision prompted the council to act')).toBe(false);
  });
});

describe('bullets cut mid-clause', () => {
  const source = 'The mayor would take steps to ensure that her colleagues were safe, the council said.';
  it('finds a cut where the sentence goes on inside the clause', () => {
    expect(endsMidClause('The mayor would take steps to ensure that her colleagues', source)).toBe(true);
    expect(endsMidClause('The council hacked the email', 'The council hacked the email accounts of its rivals.')).toBe(true);
  });

  it('accepts a cut at a comma, a semicolon, a conjunction or a preposition, and a whole sentence', () => {
    expect(endsMidClause('The mayor would take steps to ensure that her colleagues were safe', source)).toBe(false);
    expect(endsMidClause('We must get the travellers home', 'We must get the travellers home; the piers will be rebuilt.')).toBe(false);
    expect(endsMidClause('The council hacked the email accounts', 'The council hacked the email accounts of its rivals.')).toBe(false);
    expect(endsMidClause('Fares rise in spring and fall', 'Fares rise in spring and fall.')).toBe(false);
  });

  it('counts both in the bullet score', () => {
    const score = scoreBullets(
      [{ bullets: [{ text: 'The mayor would take steps to ensure that her colleagues', source }, { text: 'Source: Harbour Press Agency', source: 'Source: Harbour Press Agency' }] }],
      `${source} Source: Harbour Press Agency`,
    );
    expect(score.noMainClause).toEqual(['The mayor would take steps to ensure that her colleagues', 'Source: Harbour Press Agency']);
    expect(score.midClause).toEqual(['The mayor would take steps to ensure that her colleagues']);
  });
});
