import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../../src/core/deck/parse-deck';
import { renderSlide } from '../../../../src/core/deck/render-markdown';
import { serializeDeck } from '../../../../src/core/deck/serialize-deck';

describe('one fence scan for the deck format', () => {
  it('reads reveal-md’s default vertical separator "----" and Docent’s "--"', () => {
    const deck = parseDeck('# A\n\n----\n\n# A below\n\n---\n\n# B\n--\n# B below\n');
    expect(deck.slides.map((slide) => [slide.h, slide.v, slide.title])).toEqual([
      [0, 0, 'A'],
      [0, 1, 'A below'],
      [1, 0, 'B'],
      [1, 1, 'B below'],
    ]);
  });

  it('ends a fence that nothing closes at the next separator, as reveal.js does, and says so at its line', () => {
    const deck = parseDeck('# A\n\n```js\nlet a = 1;\n\n---\n\n# B\n\n---\n\n# C\n');
    expect(deck.slides.map((slide) => slide.title)).toEqual(['A', 'B', 'C']);
    expect(deck.slides[0]?.codeBlocks).toEqual([{ line: 3, closeLine: null, language: 'js', info: 'js', body: 'let a = 1;\n' }]);
    expect(deck.notices).toEqual([{ line: 3, message: expect.stringMatching(/never closed; it ends at the slide separator on line 6/) }]);
  });

  it('gives each slide its code blocks with their lines and info', () => {
    const deck = parseDeck('# A\n\n```js [1|3-5]\na\n```\n\n~~~~\nb\n~~~~\n');
    expect(deck.slides[0]?.codeBlocks.map((block) => [block.line, block.closeLine, block.language, block.info])).toEqual([
      [3, 5, 'js', 'js [1|3-5]'],
      [7, 9, '', ''],
    ]);
    expect(deck.notices).toEqual([]);
  });

  it('leaves attribute comments inside code blocks in the code, and applies those outside', () => {
    const text = '## Teaching\n\n```html\n<!-- .slide: data-background-color="#ff0000" -->\n<p>x</p> <!-- .element: class="fragment" -->\n```\n\n<!-- .slide: data-state="real" -->';
    const deck = parseDeck(text);
    expect(deck.slides[0]?.attributes).toEqual([['data-state', 'real']]);
    const rendered = renderSlide(deck.slides[0]?.content ?? '', null);
    expect(rendered.attributes).toEqual([['data-state', 'real']]);
    expect(rendered.html).toContain('&lt;!-- .slide: data-background-color=&quot;#ff0000&quot; --&gt;');
    expect(rendered.html).toContain('&lt;!-- .element: class=&quot;fragment&quot; --&gt;');
    expect(rendered.html).not.toContain('data-docent-element');
  });

  it('accepts .element without its colon and data- attributes without a value, as reveal.js does', () => {
    const rendered = renderSlide('<!-- .slide: data-auto-animate -->\n\n- one <!-- .element class="fragment" -->', null);
    expect(rendered.attributes).toEqual([['data-auto-animate', '']]);
    expect(rendered.html).toContain('data-docent-element="class=fragment"');
  });

  it('keeps serialize(parse(x)) === x for a canonical deck with code, maps and notes', () => {
    const text = '---\ntitle: T\n---\n\n# T\n\n---\n\n## Code\n\n```yaml\n---\na: 1\n```\n\nNote:\nsay it\n\n--\n\n## Map\n\n```map\nplaces: [Oslo]\n```\n';
    expect(serializeDeck(parseDeck(text))).toBe(text);
  });
});

describe('front-matter separators (reveal-md)', () => {
  it('splits with the deck’s own patterns, over the whole text as reveal.js does', () => {
    const text = ['---', 'separator: "^\\\\*\\\\*\\\\*$"', 'verticalSeparator: "^>>>$"', 'notesSeparator: "^Speaker:"', '---', '# A', 'Speaker: say A', '***', '# B', '>>>', '# B below', '---', 'still B below'].join('\n');
    const deck = parseDeck(text);
    expect(deck.notices).toEqual([]);
    expect(deck.slides.map((slide) => [slide.h, slide.v, slide.title])).toEqual([
      [0, 0, 'A'],
      [1, 0, 'B'],
      [1, 1, 'B below'],
    ]);
    expect(deck.slides[0]?.notes).toBe('say A');
  });

  it('splits once where one match covers several blank lines (reveal.js’s `^\\n\\n\\n`), as reveal.js does', () => {
    const deck = parseDeck('---\nseparator: ^\\n\\n\\n\n---\n# A\n\n\n\n# B\n\n# still B\n');
    expect(deck.slides.map((slide) => slide.content)).toEqual(['# A', '# B\n\n# still B']);
  });

  it('reads reveal-md’s own way of writing them (\\r?\\n around the separator)', () => {
    const deck = parseDeck('---\nseparator: "\\\\r?\\\\n===\\\\r?\\\\n"\n---\n# A\n===\n# B\n---\n# not a slide\n');
    expect(deck.slides.map((slide) => slide.title)).toEqual(['A', 'B']);
  });

  it('refuses a pattern it cannot run in linear time, names its line and keeps the default', () => {
    const deck = parseDeck('---\ntitle: T\nseparator: "(a+)+\\\\1"\n---\n# A\n---\n# B\n');
    expect(deck.slides).toHaveLength(2);
    expect(deck.notices).toEqual([{ line: 3, message: expect.stringMatching(/^front matter: separator is not a regular expression Docent can run/) }]);
  });
});

describe('front-matter options (reveal-md)', () => {
  it('applies the revealOptions Docent supports and names the others with a reason', () => {
    const deck = parseDeck('---\ntitle: T\nrevealOptions:\n  transition: fade\n  controls: false\n  width: 1920\n  hash: true\n  center: maybe\n---\n# A\n');
    expect(deck.revealOptions).toEqual({ transition: 'fade', controls: false });
    expect(deck.notices).toHaveLength(1);
    expect(deck.notices[0]?.line).toBe(3);
    expect(deck.notices[0]?.message).toMatch(/width \(every deck is shown at 1280×720.*hash \(Docent does not put slide positions.*center \("maybe" is not a value it takes\)/);
  });

  it('shows a deck whose theme Docent does not have in the default theme, with a notice at its line', () => {
    const deck = parseDeck('---\ntitle: T\ntheme: neon\n---\n# A\n');
    expect(deck.theme).toBe('white');
    expect(deck.notices).toEqual([{ line: 3, message: expect.stringMatching(/theme "neon" is not one of .*; the white theme is used/) }]);
    expect(parseDeck('---\ntheme: css/my-theme.css\n---\n# A\n').notices[0]?.message).toMatch(/is a theme file/);
    expect(parseDeck('---\ntheme: moon\n---\n# A\n')).toMatchObject({ theme: 'moon', notices: [] });
  });

  it('reports a YAML error at the line it is on, not at the front matter’s first line', () => {
    expect(() => parseDeck('---\ntitle: T\nauthor: A\ntags: [one, two\nnext: 1\n---\n# A\n')).toThrow(
      expect.objectContaining({ location: expect.objectContaining({ line: expect.any(Number) }) }),
    );
    try {
      parseDeck('---\ntitle: T\nauthor: A\nauthor: B\n---\n# A\n');
    } catch (error) {
      expect((error as { location: { line: number } }).location.line).toBe(4);
    }
    expect.assertions(2);
  });
});

describe('YAML errors at the end of the front matter', () => {
  it('name the last line written, not the closing line', () => {
    expect(() => parseDeck('---\ntitle: [unclosed\n---\n\n# Broken\n')).toThrow(expect.objectContaining({ location: expect.objectContaining({ line: 2 }) }));
  });
});
