// Bullets are compressed by deletion along the sentence's structure: attribution, asides, openings and
// trailing detail go before the main clause is cut, and a bullet never ends on a dangling word.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endsDangling, isAttributionOnly, isOrderedSubsequence, maxBulletWords, shortenSentence } from '../../../../src/core/analysis/shorten-sentence';
import { analyzeText } from './analyze-text';

const shorten = (sentence: string) => {
  const short = shortenSentence(sentence);
  expect(isOrderedSubsequence(short, sentence)).toBe(true);
  return short;
};

describe('shortenSentence', () => {
  it('drops who said it: after the clause, before it, and after a quote', () => {
    expect(shorten('The ferry will run again on Monday, the harbour office said in a statement.')).toBe('The ferry will run again on Monday');
    expect(shorten('The ministry said on Tuesday that the new rules would take effect in May.')).toBe('The new rules would take effect in May');
    expect(shorten('Analysts said the mill would need new owners before the winter.')).toBe('The mill would need new owners before the winter');
    expect(shorten('“We will reopen the mill by spring,” said Ana Soto, the town’s mayor.')).toBe('“We will reopen the mill by spring”');
    expect(shorten('The mill, the union’s chief said, will close for a month.')).toBe('The mill will close for a month');
  });

  it('keeps what was said when the speaker stands in the middle ("she said the plan would fail")', () => {
    expect(shorten('Prices rose sharply, she said the plan would fail.')).toBe('Prices rose sharply, she said the plan would fail');
  });

  it('drops asides: brackets, dashes, relative clauses, appositions after a name, opening phrases', () => {
    expect(shorten('The plan, which the council approved on Tuesday after a long debate, will cost 48 million over the next five years.')).toBe('The plan will cost 48 million over the next five years');
    expect(shorten('In the spring survey of the northern coast, called Tern One, a team of divers counted fewer fish than in any earlier year.')).toBe('A team of divers counted fewer fish than in any earlier year');
    expect(shorten('Mira Holm, the bank’s chief economist, expects rates to fall twice before the end of the coming year.')).toBe('Mira Holm expects rates to fall twice before the end of the coming year');
    expect(shorten('The bridge (built in 1911) – the oldest in the valley – will be closed for repairs until the end of the summer holidays.')).toBe('The bridge will be closed for repairs until the end of the summer holidays');
  });

  it('keeps a list whole rather than cutting it after its first items', () => {
    const short = shorten('The robots had to find, lift, carry and stack six blocks in the right order within ten minutes, which proved hard for most teams.');
    expect(short).toBe('The robots had to find, lift, carry and stack six blocks in the right order within ten minutes');
  });

  it('cuts a long main clause at a boundary, never after an article, a preposition or a conjunction', () => {
    const long = 'The new line carries trains from the port through the old mill town and the farms of the valley to the capital and on across the mountains to the border towns in the far north of the country every hour.';
    const short = shorten(long);
    expect(short.split(/\s+/).length).toBeLessThanOrEqual(maxBulletWords);
    expect(endsDangling(short)).toBe(false);
  });
});

describe('bullet checks', () => {
  it('knows an attribution alone and a dangling end', () => {
    expect(isAttributionOnly('the port authority said')).toBe(true);
    expect(isAttributionOnly('Prime Minister Ana Soto told reporters in Lantern')).toBe(true);
    expect(isAttributionOnly('The study found lower rates among older workers')).toBe(false);
    expect(endsDangling('the robots were required to recognize, pick up,')).toBe(true);
    expect(endsDangling('the talks ended in')).toBe(true);
    expect(endsDangling('the talks ended')).toBe(false);
  });
});

describe('a deck’s bullets', () => {
  const fixtures = ['battery-plant.txt', 'coral-reefs.txt', 'cup-final.txt'];
  for (const name of fixtures) {
    it(`are short, faithful, never an attribution alone and never dangling (${name})`, () => {
      const analysis = analyzeText(readFileSync(new URL(`../../../fixtures/documents/${name}`, import.meta.url), 'utf8'));
      const bullets = analysis.sections.flatMap((section) => section.bullets);
      const lengths = bullets.map((bullet) => bullet.text.split(/\s+/).length).sort((a, b) => a - b);
      expect(lengths[Math.floor(lengths.length / 2)]).toBeLessThanOrEqual(14);
      expect(lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))]).toBeLessThanOrEqual(22);
      for (const bullet of bullets) {
        expect(isOrderedSubsequence(bullet.text, bullet.source), bullet.text).toBe(true);
        expect(isAttributionOnly(bullet.text), bullet.text).toBe(false);
        expect(endsDangling(bullet.text, bullet.source), bullet.text).toBe(false);
      }
    });
  }
});

describe('bullets that stay clauses', () => {
  it('never leaves an opening phrase as the bullet, and drops a second opening after the first', () => {
    const short = shorten('In late July, soon after the harbour board released its first report on the storm damage, a ferry company asked the council about a May meeting with the mayor of the town.');
    expect(short).toBe('A ferry company asked the council about a May meeting with the mayor of the town');
  });

  it('keeps "Now that …, …" and "At the same time that …, …" whole as openings, not as a bullet of their own', () => {
    expect(shorten('Now that you are at the new college, reading and writing take up more of every day than ever before in your life.')).toBe('Reading and writing take up more of every day than ever before in your life');
  });

  it('drops a relative clause between the subject and its verb before cutting the main clause', () => {
    const short = shorten('“A harbour that is at peace with its neighbours and that has a council that represents all of its people would be a great success for the whole coast,” Roe said.');
    expect(short).toBe('“A harbour would be a great success for the whole coast”');
  });

  it('drops "X said" before a complement that quotes a phrase', () => {
    expect(shorten('Roe said travellers who are worried by the strike and its length would see that a new ferry is “a real answer to the problem.”')).toBe(
      'Travellers would see that a new ferry is “a real answer to the problem.”',
    );
  });

  it('keeps a date whole, and a helping verb that ends the sentence', () => {
    expect(shorten('The board began releasing the old harbour records on October 7, 2016, less than one hour after the storm from the north reached the old stone piers of the coast.')).toMatch(/^The board began releasing the old harbour records on October 7, 2016\b/);
    expect(shorten('Most travellers don’t take the early ferry, once the choice of fishermen and traders, but maybe they should.')).toBe('Most travellers don’t take the early ferry, once the choice of fishermen and traders, but maybe they should');
  });

  it('does not take a subject and its verb for an opening ("This report examines …, …")', () => {
    expect(shorten('This report examines how the council turned a small ferry service into a network for the whole coast, including the islands, over twenty years.')).toMatch(/^This report examines how the council turned/);
  });
});
