import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../../src/core/deck/parse-deck';
import { serializeDeck } from '../../../../src/core/deck/serialize-deck';
import { slideIndexAtLine, slideTitle } from '../../../../src/core/deck/slide-outline';
import { DocentError } from '../../../../src/core/errors';

const root = path.resolve(import.meta.dirname, '../../../..');
const canonicalDecks = [
  ...readdirSync(path.join(root, 'tests/fixtures/decks')).map((name) => path.join(root, 'tests/fixtures/decks', name, 'deck.md')),
  ...readdirSync(path.join(root, 'slides')).map((name) => path.join(root, 'slides', name, 'deck.md')),
].filter((file) => existsSync(file) && !file.includes('malicious') && !file.includes('reveal-docs-example') && !file.includes('reveal-md-style'));

describe('parseDeck', () => {
  it('splits slides on "---", vertical slides on "--", notes on "Note:"', () => {
    const deck = parseDeck('# One\n\n---\n\n## Two\n\nNote:\nsay this\n\n--\n\n## Two down\n\n---\n\n## Three\n');
    expect(deck.slides.map((slide) => [slide.h, slide.v])).toEqual([[0, 0], [1, 0], [1, 1], [2, 0]]);
    expect(deck.slides[1]).toMatchObject({ content: '## Two', notes: 'say this' });
    expect(deck.slides[0]?.notes).toBeNull();
  });

  it('reads the front matter and records each slide’s source lines', () => {
    const text = '---\ntitle: Talk\ntheme: black\n---\n\n# Talk\n\n---\n\n## Next\nline\n';
    const deck = parseDeck(text);
    expect(deck.meta).toMatchObject({ title: 'Talk', theme: 'black' });
    expect(deck.slides.map((slide) => slide.lines)).toEqual([{ start: 6, end: 6 }, { start: 10, end: 11 }]);
    expect(slideIndexAtLine(deck, 11)).toBe(1);
    expect(slideIndexAtLine(deck, 7)).toBe(0);
    expect(slideTitle(deck.slides[1]!)).toBe('Next');
  });

  it('treats separators and "Note:" inside fenced code as text', () => {
    const deck = parseDeck('## Code\n\n```yaml\n---\na: 1\nNote: not notes\n--\n```\n\n---\n\n## After\n');
    expect(deck.slides).toHaveLength(2);
    expect(deck.slides[0]?.notes).toBeNull();
    expect(deck.slides[0]?.content).toContain('Note: not notes');
  });

  it('accepts reveal.js’s lower-case "notes:" and CRLF line endings', () => {
    const deck = parseDeck('## A\r\n\r\nnotes: quiet\r\n\r\n---\r\n\r\n## B\r\n');
    expect(deck.slides).toHaveLength(2);
    expect(deck.slides[0]?.notes).toBe('quiet');
  });

  it('names the line of a front-matter error', () => {
    const attempt = () => parseDeck('---\ntitle: ok\nminutes: -3\n---\n\n# x\n');
    expect(attempt).toThrow(DocentError);
    try {
      attempt();
    } catch (error) {
      expect((error as DocentError).location.line).toBe(3);
      expect((error as DocentError).message).toMatch(/minutes must be a number/);
    }
  });

  it('reports YAML syntax errors and an unclosed front matter with their lines', () => {
    expect(() => parseDeck('---\ntitle: [unclosed\n---\n# x\n')).toThrow(/front matter/);
    try {
      parseDeck('---\ntitle: x\n# no end\n');
    } catch (error) {
      expect((error as DocentError).location.line).toBe(1);
    }
  });

  it('keeps a deck that is only front matter as a deck without slides', () => {
    expect(parseDeck('---\ntitle: empty\n---\n').slides).toEqual([]);
  });
});

describe('serializeDeck', () => {
  it.each(canonicalDecks.map((file) => [path.relative(root, file), file]))('round-trips %s byte for byte', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(serializeDeck(parseDeck(text))).toBe(text);
  });

  it('writes canonical separators, notes and front matter', () => {
    const text = serializeDeck({
      frontMatter: 'title: T\n',
      slides: [
        { h: 0, v: 0, content: '# T', notes: null, lines: { start: 0, end: 0 } },
        { h: 1, v: 0, content: '## A', notes: 'n', lines: { start: 0, end: 0 } },
        { h: 1, v: 1, content: '## B', notes: null, lines: { start: 0, end: 0 } },
      ],
    });
    expect(text).toBe('---\ntitle: T\n---\n\n# T\n\n---\n\n## A\n\nNote:\nn\n\n--\n\n## B\n');
    expect(serializeDeck(parseDeck(text))).toBe(text);
  });
});
