import { describe, expect, it } from 'vitest';
import { DeckChecker } from '../../../../src/core/deck/check-deck';
import { parseDeck } from '../../../../src/core/deck/parse-deck';

const goodMap = '```map\nplaces:\n  - name: Pyongyang\n    lat: 39.03\n    lon: 125.75\n```';

const mapBlocksOf = (text: string) => parseDeck(text).slides.flatMap((slide) => slide.mapBlocks.map((block) => ({ fenceLine: block.line, body: block.body })));

describe('the map blocks of the deck model', () => {
  it('finds map blocks with the line of their opening fence, skipping other code blocks', () => {
    const text = ['# One', '', '```yaml', 'a: 1', '```', '', '---', '', '```map', 'highlight: [China]', '```'].join('\n');
    expect(mapBlocksOf(text)).toEqual([{ fenceLine: 9, body: 'highlight: [China]' }]);
  });

  it('does not take a ```map line inside another fence for a map block', () => {
    const text = ['````markdown', '```map', 'x: 1', '```', '````'].join('\n');
    expect(mapBlocksOf(text)).toEqual([]);
  });

  it('reads an unclosed map block to the end of the deck, or to the next separator as reveal.js does', () => {
    expect(mapBlocksOf('# A\n```map\nplaces: [Moscow]')).toEqual([{ fenceLine: 2, body: 'places: [Moscow]' }]);
    // Nothing later closes the ``` fence (the next block is a ~~~ one), so it ends at the separator.
    expect(mapBlocksOf('# A\n```map\nplaces: [Moscow]\n\n---\n\n# B\n~~~map\nplaces: [Oslo]\n~~~')).toEqual([
      { fenceLine: 2, body: 'places: [Moscow]\n' },
      { fenceLine: 8, body: 'places: [Oslo]' },
    ]);
  });

  it('a ```map line inside a slide and a --- inside a map block stay in their block', () => {
    const text = ['# One', '```map', 'places: [A]', '```', '', '````md', '```map', '````', '~~~ map', 'places: [B]', '~~~', '---', '# Two', '```map', '---', '```'].join('\n');
    const slides = parseDeck(text).slides;
    expect(slides.map((slide) => slide.mapBlocks.map((block) => block.line))).toEqual([[2, 9], [14]]);
    expect(slides[1]?.mapBlocks[0]?.body).toBe('---');
  });
});

describe('DeckChecker', () => {
  it('finds nothing wrong with a good deck', () => {
    const checked = new DeckChecker().check(`---\ntitle: T\n---\n\n# A\n\n---\n\n${goodMap}\n`);
    expect(checked.problems).toEqual([]);
    expect(checked.deck?.slides).toHaveLength(2);
  });

  it('reports broken front matter with its line, and no deck', () => {
    const checked = new DeckChecker().check('---\ntitle: T\nminutes: -3\n---\n\n# A\n');
    expect(checked.deck).toBeNull();
    expect(checked.problems).toHaveLength(1);
    expect(checked.problems[0]?.line).toBe(3);
    expect(checked.problems[0]?.message).toMatch(/front matter: .*minutes/);
  });

  it('reports front matter that never closes at line 1', () => {
    const checked = new DeckChecker().check('---\ntitle: T\n\n# A\n');
    expect(checked.problems).toEqual([{ line: 1, message: expect.stringMatching(/no closing/) }]);
  });

  it('reports a wrong map block at the line of the wrong key, and still parses the deck', () => {
    const text = `# A\n\n---\n\n${goodMap.replace('places:', 'colour: red\nplaces:')}\n`;
    const checked = new DeckChecker().check(text);
    expect(checked.deck?.slides).toHaveLength(2);
    expect(checked.problems).toEqual([{ line: 6, message: expect.stringMatching(/unknown key "colour"/) }]);
  });

  it('reports a code fence that is never closed at its line, and the slides after it still parse', () => {
    const checked = new DeckChecker().check('# A\n\n```js\nlet a = 1;\n\n---\n\n# B\n');
    expect(checked.deck?.slides).toHaveLength(2);
    expect(checked.problems).toEqual([{ line: 3, message: expect.stringMatching(/never closed; it ends at the slide separator on line 6/) }]);
  });

  it('reports every problem, in line order', () => {
    const text = `---\nminutes: -3\n---\n\n\`\`\`map\nplaces: {}\n\`\`\`\n`;
    const lines = new DeckChecker().check(text).problems.map((problem) => problem.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines).toHaveLength(2);
  });
});
