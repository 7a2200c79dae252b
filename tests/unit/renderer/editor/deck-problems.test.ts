import { describe, expect, it } from 'vitest';
import { DeckChecker, findMapBlocks } from '../../../../src/renderer/editor/deck-problems';

const goodMap = '```map\nplaces:\n  - name: Pyongyang\n    lat: 39.03\n    lon: 125.75\n```';

describe('findMapBlocks', () => {
  it('finds map blocks with the line of their opening fence, skipping other code blocks', () => {
    const text = ['# One', '', '```yaml', 'a: 1', '```', '', '---', '', '```map', 'highlight: [China]', '```'].join('\n');
    expect(findMapBlocks(text)).toEqual([{ fenceLine: 9, body: 'highlight: [China]' }]);
  });

  it('does not take a ```map line inside another fence for a map block', () => {
    const text = ['````markdown', '```map', 'x: 1', '```', '````'].join('\n');
    expect(findMapBlocks(text)).toEqual([]);
  });

  it('reads an unclosed map block to the end of the deck', () => {
    expect(findMapBlocks('# A\n```map\nplaces: [Moscow]')).toEqual([{ fenceLine: 2, body: 'places: [Moscow]' }]);
  });
});

describe('DeckChecker', () => {
  it('finds nothing wrong with a good deck', () => {
    const checked = new DeckChecker().check(`---\ntitle: T\n---\n\n# A\n\n---\n\n${goodMap}\n`);
    expect(checked.problems).toEqual([]);
    expect(checked.deck?.slides).toHaveLength(2);
  });

  it('reports broken front matter with its line, and no deck', () => {
    const checked = new DeckChecker().check('---\ntitle: T\ntheme: neon\n---\n\n# A\n');
    expect(checked.deck).toBeNull();
    expect(checked.problems).toHaveLength(1);
    expect(checked.problems[0]?.line).toBe(3);
    expect(checked.problems[0]?.message).toMatch(/front matter: .*theme/);
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

  it('reports every problem, in line order', () => {
    const text = `---\ntheme: neon\n---\n\n\`\`\`map\nplaces: {}\n\`\`\`\n`;
    const lines = new DeckChecker().check(text).problems.map((problem) => problem.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines).toHaveLength(2);
  });
});
