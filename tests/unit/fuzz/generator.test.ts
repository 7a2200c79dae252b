// The document reader and the deck generator against random, damaged and hostile documents: a deck or
// a DocentError, never anything else, never a hang; and the deck stays faithful to the document —
// every bullet keeps words of one sentence of the document, in the document's order (it only deletes).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/core/analysis/analyze-document';
import { parseDeck } from '../../../src/core/deck/parse-deck';
import { renderSlide } from '../../../src/core/deck/render-markdown';
import { readDocument } from '../../../src/core/document/read-document';
import { DocentError } from '../../../src/core/errors';
import { generateDeck, generateDeckMarkdown } from '../../../src/core/generate/generate-deck';
import type { Gazetteer } from '../../../src/core/places/gazetteer';
import { gazetteer } from '../../../src/host/offline-gazetteer';
import { expectOnlyDocentError, fiveMegabytes, fuzzParameters, fuzzTimeout, hangLimitMs, mutatedBytes, specialBytes, specialTexts, utf8 } from './fuzz-inputs';

let places: Gazetteer;
beforeAll(() => {
  places = gazetteer();
}, 120_000);

/** Words as a reader sees them: letters and digits, case aside. Deliberately not the generator's own tokenizer. */
function words(text: string): string[] {
  return text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function isOrderedSubsequence(part: string[], whole: string[]): boolean {
  let at = 0;
  for (const word of whole) if (at < part.length && word === part[at]) at++;
  return at === part.length;
}

/** The generator escapes markdown punctuation with a backslash; a reader sees the character. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** Reads, analyses and generates as `docent generate` does, and checks the deck against the document. */
function generateAndCheck(fileName: string, bytes: Uint8Array, limitMs: number = hangLimitMs.perInput): void {
  const document = expectOnlyDocentError('readDocument', () => readDocument(fileName, bytes), limitMs);
  if (document instanceof DocentError) {
    expect(document.code).toMatch(/^DOCUMENT_/);
    return;
  }
  const analysis = expectOnlyDocentError('analyzeDocument', () => analyzeDocument(document, places), limitMs);
  if (analysis instanceof DocentError) {
    expect(analysis.code).toMatch(/^DOCUMENT_/);
    return;
  }
  const markdown = expectOnlyDocentError('generateDeckMarkdown', () => generateDeckMarkdown(analysis), limitMs);
  if (markdown instanceof DocentError) throw markdown;
  // What the generator writes, Docent can open.
  const reopened = expectOnlyDocentError('parseDeck(generated)', () => parseDeck(markdown), limitMs);
  expect(reopened, 'the generated deck does not parse').not.toBeInstanceOf(DocentError);

  const paragraphs = document.paragraphs.map((paragraph) => paragraph.text);
  const sentences = analysis.sentences.map((sentence) => words(sentence.text));
  for (const sentence of analysis.sentences) {
    expect(paragraphs[sentence.paragraph], 'a sentence is not part of its paragraph').toContain(sentence.text);
  }
  for (const section of analysis.sections) {
    for (const bullet of section.bullets) {
      const source = analysis.sentences[bullet.sentence];
      expect(source?.text, 'a bullet names a sentence the document does not have').toBe(bullet.source);
      expect(isOrderedSubsequence(words(bullet.text), words(bullet.source)), `bullet "${bullet.text}" is not cut from "${bullet.source}"`).toBe(true);
    }
  }
  // And as written in deck.md: every bullet line of a section slide is cut from one sentence.
  const deck = generateDeck(analysis);
  for (const slide of deck.slides.slice(1)) {
    if (slide.content.includes('```map')) continue;
    for (const line of slide.content.split('\n').filter((text) => text.startsWith('- '))) {
      const bulletWords = words(unescapeMarkdown(line.slice(2)));
      expect(
        sentences.some((sentence) => isOrderedSubsequence(bulletWords, sentence)),
        `deck bullet "${line}" is not cut from any sentence of the document`,
      ).toBe(true);
    }
  }
}

const fixtureNames = ['battery-plant.txt', 'coral-reefs.txt', 'council-budget.md', 'cup-final.txt', 'port-strike.html'];
const fixtures = fixtureNames.map((name) => [name, new Uint8Array(readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url)))] as const);
const defaultDocument = new Uint8Array(readFileSync(new URL('../../../resources/documents/russia-china-north-korea.txt', import.meta.url)));

const sentenceText = fc
  .array(fc.oneof(fc.constantFrom('Putin', 'Kim Jong Un', 'Beijing', 'said', 'told reporters', 'the', 'talks', 'in', 'Moscow', '"', '—', 'Mr.', 'U.S.', '3.5', 'per cent', '(AP)', 'لكن', 'שלום', '🤝', 'e.g.', '...'), fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 25 })
  .map((parts) => `${parts.join(' ')}.`);
const documentText = fc.array(fc.array(sentenceText, { minLength: 1, maxLength: 6 }).map((sentences) => sentences.join(' ')), { minLength: 1, maxLength: 12 });

describe('document reader and deck generator fuzzing', () => {
  for (const [name, text] of specialTexts()) {
    for (const type of ['txt', 'md', 'html']) {
      it(`generates or refuses with a DocentError: ${name} (.${type})`, () => generateAndCheck(`story.${type}`, utf8(text), hangLimitMs.perLargeInput));
    }
  }

  for (const [name, bytes] of specialBytes()) {
    it(`generates or refuses with a DocentError: ${name} bytes`, () => generateAndCheck('story.txt', bytes));
  }

  it('reads five megabytes of mixed-script text, and refuses one byte more', () => {
    const { atLimit, overLimit } = fiveMegabytes();
    const document = expectOnlyDocentError('readDocument', () => readDocument('big.txt', atLimit), hangLimitMs.perLargeInput);
    expect(document).not.toBeInstanceOf(DocentError);
    const refused = expectOnlyDocentError('readDocument', () => readDocument('big.txt', overLimit));
    expect((refused as DocentError).code).toBe('DOCUMENT_TOO_LARGE');
  });

  it('generates a faithful deck from five megabytes of mixed-script text', () => {
    generateAndCheck('big.txt', fiveMegabytes().atLimit, hangLimitMs.perLargeInput);
  }, 300_000);

  it('keeps every bullet faithful for the default document and the fixture documents', () => {
    generateAndCheck('russia-china-north-korea.txt', defaultDocument);
    for (const [name, bytes] of fixtures) generateAndCheck(name, bytes);
  });

  const hostileArticle = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '[click](javascript:alert(3))', '<svg/onload=alert(4)>', '![x](https://attacker.example/t.png)', '<!-- .slide: onclick="alert(5)" -->']
    .map((payload, i) => `Officials in Moscow said on Monday that ${payload} was found in report ${i + 1}. The minister told reporters in Beijing that ${payload} would be studied.`)
    .join('\n\n');
  const tagFromArticle = /<(img|script|svg)\b|href="javascript:/i;

  function renderedArticle(part: 'content' | 'notes'): string[] {
    return (['txt', 'md'] as const).flatMap((type) =>
      generateDeck(analyzeDocument(readDocument(`article.${type}`, utf8(hostileArticle)), places)).slides.map((slide) => {
        const rendered = renderSlide(slide.content, slide.notes);
        expect(rendered.attributes.filter(([name]) => name.startsWith('on'))).toEqual([]);
        return part === 'content' ? rendered.html : (rendered.notesHtml ?? '');
      }),
    );
  }

  it('keeps markup in a downloaded article as text on the slides: no tag from it is rendered', () => {
    for (const html of renderedArticle('content')) expect(html).not.toMatch(tagFromArticle);
  });

  it('keeps markup in a downloaded article as text in the speaker notes', () => {
    for (const html of renderedArticle('notes')) expect(html).not.toMatch(tagFromArticle);
  });

  const generatorRuns = Math.max(20, Math.round(fuzzParameters.numRuns / 3));

  it('generates faithful decks from random prose, as text, markdown and HTML', () => {
    fc.assert(
      fc.property(documentText, fc.constantFrom('txt', 'md', 'html'), (paragraphs, type) => {
        const body = type === 'html' ? paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n') : paragraphs.join('\n\n');
        generateAndCheck(`story.${type}`, utf8(body));
      }),
      { ...fuzzParameters, numRuns: generatorRuns },
    );
  }, fuzzTimeout(100, generatorRuns));

  it('generates or refuses the fixture documents with bytes flipped, inserted, removed or cut off', () => {
    const damaged = fc.oneof(...fixtures.map(([name, bytes]) => mutatedBytes(bytes).map((mutated) => [name, mutated] as const)));
    fc.assert(
      fc.property(damaged, ([name, bytes]) => generateAndCheck(name, bytes)),
      { ...fuzzParameters, numRuns: generatorRuns },
    );
  }, fuzzTimeout(100, generatorRuns));
});
