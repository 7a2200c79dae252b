// A bullet is a clause a reader can read aloud: the generator's reading of a finite verb of its own.
import { describe, expect, it } from 'vitest';
import { hasMainClause, nounPhraseEnds, TaggedSentence, withoutSubjectRelative } from '../../../../src/core/analysis/main-clause';

describe('hasMainClause', () => {
  it('finds no clause in a byline, a source line, a dateline or an opening phrase left alone', () => {
    expect(hasMainClause('By Ada Roe')).toBe(false);
    expect(hasMainClause('Source: Harbour Press Agency')).toBe(false);
    expect(hasMainClause('LISBON, May 3, 2021 --')).toBe(false);
    expect(hasMainClause('Soon after the first release of stolen ferry timetables')).toBe(false);
  });

  it('finds a clause opened whose verb was cut away', () => {
    expect(hasMainClause('The mayor would take steps to ensure that her colleagues')).toBe(false);
    expect(hasMainClause('A harbour that is at peace with its neighbours')).toBe(false);
    expect(hasMainClause('Roe said travellers who are worried by the strike')).toBe(false);
  });

  it('accepts clauses, imperatives, questions and a gerund subject', () => {
    expect(hasMainClause('The ferry will stop running in May')).toBe(true);
    expect(hasMainClause('Think of every timetable as a promise')).toBe(true);
    expect(hasMainClause('When will the ferry run again?')).toBe(true);
    expect(hasMainClause('Rowing also builds strength')).toBe(true);
  });
});

describe('withoutSubjectRelative', () => {
  it('drops the relative clauses between a subject and its verb, coordinated ones too', () => {
    expect(withoutSubjectRelative('A harbour that is at peace with its neighbours would prosper for decades.')).toBe('A harbour would prosper for decades.');
    expect(withoutSubjectRelative('A town that is calm and that has a fair council would draw new families.')).toBe('A town would draw new families.');
    expect(withoutSubjectRelative('Travellers who are worried by the strike should book early.')).toBe('Travellers should book early.');
  });

  it('leaves a sentence alone when the relative clause follows the verb', () => {
    expect(withoutSubjectRelative('The council approved a plan that pleased nobody.')).toBeNull();
  });
});

describe('nounPhraseEnds', () => {
  it('ends a noun phrase before a phrase or clause, not inside one or before a verb', () => {
    const ends = nounPhraseEnds('A team of divers runs a whole reef survey to count the fish');
    expect(ends).toContain(9); // … reef survey | to count
    expect(ends).not.toContain(8); // … reef | survey
  });
});

describe('TaggedSentence: a sentence tagged once, its deletions read from it', () => {
  const sentence = 'Soon after the first release of stolen ferry timetables, the mayor, who had been away, said the service would “restart in May”.';
  const tagged = new TaggedSentence(sentence);

  it('reads a deletion as the words it kept, with their offsets in the deletion', () => {
    const cut = 'The mayor said the service would “restart in May”';
    const words = tagged.wordsOf(cut);
    expect(words?.map((word) => word.text)).toEqual(['The', 'mayor', 'said', 'the', 'service', 'would', 'restart', 'in', 'May']);
    for (const word of words ?? []) expect(cut.slice(word.start, word.end)).toBe(word.text);
  });

  it('refuses a text that adds or moves words (it is then tagged on its own)', () => {
    expect(tagged.wordsOf('The mayor said the ferry would restart')).toBeNull();
    expect(tagged.wordsOf('The service would restart, the mayor said')).toBeNull();
    expect(tagged.wordsOf('Soon after the second release')).toBeNull();
  });

  it('gives each deletion the same reading as tagging it alone', () => {
    const cuts = [
      'Soon after the first release of stolen ferry timetables',
      'The mayor said the service would “restart in May”',
      'The mayor, who had been away',
      'The mayor, who had been away, said the service would “restart in May”',
    ];
    for (const cut of cuts) expect(hasMainClause(cut, tagged)).toBe(hasMainClause(cut));
    expect(withoutSubjectRelative('The mayor who had been away said the service would restart.', new TaggedSentence('The mayor who had been away said the service would restart.'))).toBe(
      withoutSubjectRelative('The mayor who had been away said the service would restart.'),
    );
  });
});
