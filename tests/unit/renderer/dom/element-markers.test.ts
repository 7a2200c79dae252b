// @vitest-environment jsdom
// `.element` comments applied after sanitizing, as reveal.js's markdown plugin applies them: on the
// element before the comment, inside inline SVG without breaking it, with a filtered style.
import { describe, expect, it } from 'vitest';
import { renderSlide } from '../../../../src/core/deck/render-markdown';
import { sanitizeDeckHtml } from '../../../../src/renderer/deck/sanitize-html';

const host = { assetUrl: (file: string) => `/deck-asset/key/${file}` };

function shown(markdown: string): HTMLElement {
  const box = document.createElement('div');
  box.append(sanitizeDeckHtml(renderSlide(markdown, null).html, host));
  return box;
}

describe('element attribute comments in the rendered slide', () => {
  it('makes an SVG shape a fragment and keeps the shapes after it inside the SVG', () => {
    const box = shown('<svg viewBox="0 0 10 10">\n<rect width="1" height="1"/><!-- .element: class="fragment" -->\n<circle r="1"/>\n</svg>');
    const svg = box.querySelector('svg');
    expect(svg?.querySelector('rect')?.getAttribute('class')).toBe('fragment');
    expect(svg?.querySelector('circle')).not.toBeNull();
    expect(box.querySelector('[data-docent-element]')).toBeNull();
  });

  it('applies the allowed part of a style to the element', () => {
    const box = shown('Hidden text <!-- .element: style="display: none; position: fixed; color: rgb(1, 2, 3)" -->');
    expect(box.querySelector('p')?.getAttribute('style')).toBe('display: none; color: rgb(1, 2, 3)');
  });
});
