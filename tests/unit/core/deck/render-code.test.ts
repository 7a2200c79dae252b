import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../src/core/deck/render-markdown';

describe('code blocks as reveal.js’s markdown plugin writes them', () => {
  it('turns line steps into data-line-numbers and keeps the language class', () => {
    expect(renderMarkdown('```js [1|3-5]\nlet a = 1 < 2;\n```')).toBe('<pre><code class="js" data-line-numbers="1|3-5">let a = 1 &lt; 2;\n</code></pre>\n');
    expect(renderMarkdown('```python [2: 1,3]\nx\n```')).toBe('<pre><code class="python" data-line-numbers="1,3" data-ln-start-from="2">x\n</code></pre>\n');
    expect(renderMarkdown('```js []\nx\n```')).toContain('data-line-numbers=""');
  });

  it('writes the info as the class, as reveal.js does, so highlight.js guesses a language it does not know', () => {
    expect(renderMarkdown('```lean\nx\n```')).toBe('<pre><code class="lean">x\n</code></pre>\n');
    expect(renderMarkdown('```python title="a.py"\nx\n```')).toContain('<code class="python title=&quot;a.py&quot;">');
  });

  it('writes map and plain blocks as before', () => {
    expect(renderMarkdown('```map\nplaces: [A]\n```')).toBe('<pre><code class="language-map">places: [A]\n</code></pre>\n');
    expect(renderMarkdown('```\nplain\n```')).toBe('<pre><code>plain\n</code></pre>\n');
  });
});
