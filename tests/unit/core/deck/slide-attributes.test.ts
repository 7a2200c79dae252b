import { describe, expect, it } from 'vitest';
import { extractSlideAttributes, markElementAttributes, decodeElementMarker, isAllowedAttribute } from '../../../../src/core/deck/slide-attributes';
import { renderSlide } from '../../../../src/core/deck/render-markdown';

describe('slide and element attributes', () => {
  it('takes `.slide:` attributes out of the markdown', () => {
    const { markdown, attributes } = extractSlideAttributes('<!-- .slide: data-background-color="#123" class="dark" -->\n# Hi');
    expect(markdown.trim()).toBe('# Hi');
    expect(attributes).toEqual([['data-background-color', '#123'], ['class', 'dark']]);
  });

  it('drops handlers, remote URLs and CSS functions', () => {
    expect(isAllowedAttribute('onclick', 'x()')).toBe(false);
    expect(isAllowedAttribute('data-background-image', 'https://example.com/a.png')).toBe(false);
    expect(isAllowedAttribute('data-background-image', '../secret.png')).toBe(false);
    expect(isAllowedAttribute('data-background-image', 'images/a.png')).toBe(true);
    expect(isAllowedAttribute('data-background-color', 'url(https://x)')).toBe(false);
    expect(isAllowedAttribute('class', 'fragment fade-up')).toBe(true);
  });

  it('turns `.element:` comments into inert markers carrying only allowed attributes', () => {
    const marked = markElementAttributes('- item <!-- .element: class="fragment" onmouseover="evil()" -->');
    expect(marked).toContain('data-docent-element="class=fragment"');
    expect(decodeElementMarker('class=fragment&onclick=x')).toEqual([['class', 'fragment']]);
  });

  it('renders markdown and notes with the markers in place', () => {
    const rendered = renderSlide('## T\n\n- a <!-- .element: class="fragment" -->', 'say *this*');
    expect(rendered.html).toContain('<h2>T</h2>');
    expect(rendered.html).toContain('data-docent-element');
    expect(rendered.notesHtml).toContain('<em>this</em>');
  });

  it('reads the text after an `.element` comment that starts a line as reveal.js does: as HTML, not markdown', () => {
    // marked (in reveal.js too) starts an HTML block at a line's leading comment: no code span here.
    const rendered = renderSlide('- <!-- .element: class="fragment" --> $a$ and `$b$`', null);
    expect(rendered.html).not.toContain('<code>');
    expect(rendered.html).toContain('<span data-docent-element="class=fragment"></span> $a$ and `$b$`');
    // Inside a line the comment changes nothing around it.
    expect(renderSlide('- a `$b$` <!-- .element: class="fragment" -->', null).html).toContain('<code>$b$</code> <span data-docent-element="class=fragment"></span>');
  });
});

describe('style in attribute comments', () => {
  it('keeps the declarations the CSS allowlist passes and drops the rest', () => {
    const { attributes } = extractSlideAttributes('<!-- .slide: style="color: rgb(1, 2, 3); position: fixed; background: url(x.png); font-size: 20pt" -->\n# T');
    expect(attributes).toEqual([['style', 'color: rgb(1, 2, 3); font-size: 20pt']]);
    expect(extractSlideAttributes('<!-- .slide: style="position:fixed;z-index:99999;top:0" -->').attributes).toEqual([['style', 'top: 0']]);
    expect(extractSlideAttributes('<!-- .slide: style="width: expression(alert(1)); color: u\\72 l(x)" -->').attributes).toEqual([]);
    expect(isAllowedAttribute('style', 'display: none')).toBe(true);
    expect(isAllowedAttribute('style', 'position: sticky')).toBe(false);
  });

  it('carries an element’s style through its marker, parentheses and all', () => {
    const html = renderSlide('Hidden <!-- .element: style="display: none; color: hsl(0, 0%, 50%)" -->', null).html;
    const encoded = /data-docent-element="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(encoded).not.toMatch(/[()]/);
    expect(decodeElementMarker(encoded)).toEqual([['style', 'display: none; color: hsl(0, 0%, 50%)']]);
  });

  it('writes a marker inside inline SVG as an SVG element, so the SVG keeps its later shapes', () => {
    const html = renderSlide('<svg viewBox="0 0 10 10">\n<rect width="1" height="1"/><!-- .element: class="fragment" -->\n<circle r="1"/>\n</svg>\n\nAfter <!-- .element: class="fragment" -->', null).html;
    expect(html).toContain('<rect width="1" height="1"/><g data-docent-element="class=fragment"></g>');
    expect(html).toContain('After <span data-docent-element="class=fragment"></span>');
  });
});
