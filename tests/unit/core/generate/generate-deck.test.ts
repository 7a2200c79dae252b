import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../../src/core/analysis/analyze-document';
import { parseDeck } from '../../../../src/core/deck/parse-deck';
import { serializeDeck } from '../../../../src/core/deck/serialize-deck';
import { readDocument } from '../../../../src/core/document/read-document';
import { generateDeckMarkdown } from '../../../../src/core/generate/generate-deck';
import { parseMapBlock } from '../../../../src/core/map/parse-map-block';
import { namesToLookUp } from '../../../../src/core/map/resolve-map-block';
import { runCli } from '../../../../src/cli/main';
import { gazetteer } from '../../../../src/host/offline-gazetteer';

const root = new URL('../../../../', import.meta.url);
const documentName = 'russia-china-north-korea.txt';
const deckUrl = new URL('slides/russia-china-north-korea/deck.md', root);

function generate(path: string, name = path.split('/').pop() as string): string {
  return generateDeckMarkdown(analyzeDocument(readDocument(name, new Uint8Array(readFileSync(new URL(path, root)))), gazetteer()));
}

const fixtures = ['tests/fixtures/documents/council-budget.md', 'tests/fixtures/documents/cup-final.txt', 'tests/fixtures/documents/coral-reefs.txt', 'tests/fixtures/documents/port-strike.html'];

describe('the default deck (golden file)', () => {
  it('is exactly what the generator makes from the default document (UPDATE_GOLDENS=1 rewrites it)', async () => {
    if (process.env.UPDATE_GOLDENS) {
      const io = { stdout: () => undefined, stderr: (text: string) => process.stderr.write(text), cwd: new URL('.', root).pathname };
      expect(await runCli(['generate', `resources/documents/${documentName}`, '--out', 'slides/russia-china-north-korea', '--force'], io)).toBe(0);
    }
    const committed = readFileSync(deckUrl, 'utf8');
    expect(generate(`resources/documents/${documentName}`)).toBe(committed);
    const record = JSON.parse(readFileSync(new URL('slides/russia-china-north-korea/.docent-generated.json', root), 'utf8')) as { sha256: string };
    expect(record.sha256).toBe(createHash('sha256').update(committed).digest('hex'));
  });
});

describe('generateDeck', () => {
  it('is deterministic: the same document gives byte-identical output, whatever was generated before', () => {
    const paths = [...fixtures, `resources/documents/${documentName}`];
    const first = paths.map((path) => generate(path));
    const again = [...paths].reverse().map((path) => generate(path)).reverse();
    expect(again).toEqual(first);
  });

  it('writes canonical deck.md that parses back to the same text', () => {
    for (const path of [...fixtures, `resources/documents/${documentName}`]) {
      const markdown = generate(path);
      expect(serializeDeck(parseDeck(markdown))).toBe(markdown);
    }
  });

  it('starts with a title slide holding the headline, dateline, date and source', () => {
    const deck = parseDeck(generate('tests/fixtures/documents/coral-reefs.txt'));
    expect(deck.meta).toMatchObject({ title: 'Corals that survive heat waves pass on their tolerance', subtitle: 'Townsville', date: '2022-06-03', source: 'coral-reefs.txt' });
    expect(deck.slides[0]?.content).toContain('# Corals that survive heat waves pass on their tolerance');
    expect(deck.slides[0]?.content).toContain('Townsville · 2022-06-03');
  });

  it('titles the deck of a speech whose only title is its byline by the speaker, with the office under the name', () => {
    const markdown = generateDeckMarkdown(
      analyzeDocument(readDocument('speech.txt', new TextEncoder().encode('President: Ada Roe\n\nMy fellow citizens, tonight I can report that the new harbour wall is finished.\n\nWe built it together, and it will stand for a century.\n')), gazetteer()),
    );
    const deck = parseDeck(markdown);
    expect(deck.slides[0]?.content).toContain('# Ada Roe');
    expect(deck.slides[0]?.content).toContain('*President*');
    expect(deck.slides[0]?.content).not.toContain('# President: Ada Roe');
  });

  it('writes a map block with explicit coordinates and kind for every place, highlights, events and arrows', () => {
    const deck = parseDeck(readFileSync(deckUrl, 'utf8'));
    const mapSlide = deck.slides.find((slide) => slide.content.includes('```map'));
    const yamlText = /```map\n([\s\S]*?)\n```/.exec(mapSlide?.content ?? '')?.[1] ?? '';
    const block = parse(yamlText) as { highlight: string[]; places: Array<Record<string, unknown>>; events: Array<Record<string, unknown>>; arrows: Array<Record<string, unknown>> };
    expect(block.highlight).toEqual(expect.arrayContaining(['Russia', 'China', 'North Korea']));
    for (const place of block.places) {
      expect(Object.keys(place).sort()).toEqual(['kind', 'lat', 'lon', 'name']);
      expect(['country', 'city', 'region', 'other']).toContain(place.kind);
    }
    expect(block.events).toContainEqual({ place: 'Russian Far East', when: 'last week', what: 'Vladimir Putin and Kim Jong-un met' });
    expect(block.arrows[0]).toMatchObject({ from: 'North Korea', to: 'Russia' });
  });

  it('writes map blocks the map slide accepts, with every place given its own coordinates', () => {
    for (const path of [...fixtures, `resources/documents/${documentName}`]) {
      const yamlText = /```map\n([\s\S]*?)\n```/.exec(generate(path))?.[1];
      if (yamlText === undefined) continue; // a document that names no places has no map slide
      const block = parseMapBlock(yamlText, 1);
      expect(block.places.length).toBeGreaterThan(0);
      // Only highlighted country names are left for the gazetteer; places, events and arrows resolve in the block.
      const highlighted = new Set(block.highlight.map((entry) => entry.name));
      expect(namesToLookUp(block).filter((name) => !highlighted.has(name))).toEqual([]);
    }
  });

  it('puts attributed statements and captions in the speaker notes of their section', () => {
    const markdown = generate('tests/fixtures/documents/cup-final.txt');
    expect(markdown).toContain('> *Direct quote:* “It is the best moment of my life” — **Peter Olsen**, defender');
    const deck = parseDeck(readFileSync(deckUrl, 'utf8'));
    const notes = deck.slides.map((slide) => slide.notes ?? '').join('\n');
    expect(notes).toContain('> *Reported:* Russia and North Korea will not engage in military cooperation without China’s approval — **Alexander Korolev**, an Australian researcher at the University of New South Wales (to BBC)');
    expect(notes).toContain('Picture: *Both China and Russia have organized many military exercises.*');
  });

  it('shows a long section on vertical slides', () => {
    const long = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} talks about the harbour and its cranes. The harbour cranes are old. Workers repair the cranes at night.`).join('\n\n');
    const markdown = generateDeckMarkdown(analyzeDocument(readDocument('long.md', new TextEncoder().encode(`# Harbour\n\n## The cranes\n\n${long}`)), gazetteer()));
    const deck = parseDeck(markdown);
    expect(deck.slides.filter((slide) => slide.v > 0).length).toBeGreaterThan(0);
  });
});
