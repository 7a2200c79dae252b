// @vitest-environment jsdom
// The deck HTML sanitizer against the second review's filter findings (issue 19): SVG presentation
// attributes that load (10), easing that reaches reveal.js's <style> (8), SVG data: images in any
// spelling (12). The hostile-deck e2e suite presents the same vectors in Chromium.
import { describe, expect, it } from 'vitest';
import { sanitizeDeckHtml } from '../../../../src/renderer/deck/sanitize-html';

const host = { assetUrl: (file: string) => `/deck-asset/key/${file}` };

function sanitized(html: string): HTMLElement {
  const box = document.createElement('div');
  box.append(sanitizeDeckHtml(html, host));
  return box;
}

describe('sanitizeDeckHtml', () => {
  it('keeps only url(#local) in SVG paint, filter, mask, clip-path, marker and cursor attributes', () => {
    const attributes = ['fill', 'stroke', 'filter', 'mask', 'clip-path', 'marker-start', 'marker-mid', 'marker-end', 'cursor'];
    const remote = ['url(https://attacker.example/a.svg#x)', 'URL(//attacker.example/a.svg#x)', 'u\trl(https://attacker.example/a)', 'url(#ok) url(https://attacker.example/a)', 'u\\72 l(https://attacker.example/a)'];
    for (const name of attributes) {
      for (const value of remote) {
        const box = sanitized(`<svg><rect id="r" ${name}="${value.replaceAll('"', '&quot;')}" width="5" height="5"/></svg>`);
        expect(box.querySelector('rect')?.hasAttribute(name), `${name}="${value}"`).toBe(false);
      }
      // DOMPurify drops SVG's cursor attribute altogether.
      if (name === 'cursor') continue;
      const local = sanitized(`<svg><rect ${name}="url(#gradient)" width="5" height="5"/></svg>`);
      expect(local.querySelector('rect')?.getAttribute(name), name).toBe('url(#gradient)');
    }
    expect(sanitized('<svg><rect fill="teal"/></svg>').querySelector('rect')?.getAttribute('fill')).toBe('teal');
    expect(sanitized('<p title="A title (with brackets)">x</p>').querySelector('p')?.getAttribute('title')).toBe('A title (with brackets)');
  });

  it('drops inline styles that load, whatever the spacing, case or control characters', () => {
    for (const style of ['background: u\trl(https://attacker.example/x)', 'background: URL(https://attacker.example/x)', 'cursor: url(x.cur), auto', 'background: -webkit-image-set("https://attacker.example/x" 1x)']) {
      expect(sanitized(`<p style="${style}">x</p>`).querySelector('p')?.hasAttribute('style'), style).toBe(false);
    }
    expect(sanitized('<p style="color: red">x</p>').querySelector('p')?.getAttribute('style')).toBe('color: red');
  });

  it('keeps an element easing only when it is a CSS easing function', () => {
    const hostile = sanitized('<p data-auto-animate-easing="ease; } body::after { content: \'damaged\' } x {">x</p>');
    expect(hostile.querySelector('p')?.hasAttribute('data-auto-animate-easing')).toBe(false);
    const fine = sanitized('<p data-auto-animate-easing="cubic-bezier(0.5, 0, 0.5, 1)">x</p>');
    expect(fine.querySelector('p')?.getAttribute('data-auto-animate-easing')).toBe('cubic-bezier(0.5, 0, 0.5, 1)');
    const marked = sanitized('<p>x</p><span data-docent-element="data-auto-animate-easing=ease%7D%20body%7Bcolor%3Ared"></span>');
    expect(marked.querySelector('p')?.hasAttribute('data-auto-animate-easing')).toBe(false);
  });

  it('shows SVG data: images as left out in any case or spelling, and keeps raster ones', () => {
    const svg = btoa('<svg xmlns="http://www.w3.org/2000/svg"><image href="https://attacker.example/x.png"/></svg>');
    for (const src of [`data:image/SVG+xml;base64,${svg}`, `DATA:IMAGE/SVG+XML;base64,${svg}`, `data:image/s&#9;vg+xml;base64,${svg}`, `data:image/svg+xml;base64,${svg}`, 'data:image/x-unknown;base64,AAAA', 'data:text/html;base64,AAAA']) {
      const box = sanitized(`<img src="${src}" alt="pic">`);
      expect(box.querySelector('img'), src).toBeNull();
      expect(box.textContent, src).toContain('[image not shown: pic]');
    }
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(sanitized(`<img src="${png}">`).querySelector('img')?.getAttribute('src')).toBe(png);
  });
});
