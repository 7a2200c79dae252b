// The CSS filters every deck value passes where a CSS or URL parser reads it (issue 19, findings 8, 10, 12).
import { describe, expect, it } from 'vitest';
import { cssCanLoad, isCssEasing, isLocalCssReference, squeezeCss } from '../../../../src/core/deck/css-safety';

describe('squeezeCss', () => {
  it('removes whitespace, control, zero-width and bidi characters and lower-cases', () => {
    expect(squeezeCss(' U\tR\nL\r(\u0000\u001f\u007f\u0085\u200b\u202e\ufeffX )')).toBe('url(x)');
  });
});

describe('cssCanLoad', () => {
  it('finds every loading form, whatever the spacing, case or control characters', () => {
    for (const css of ['background: url(x)', 'background: URL (x)', 'background:u\trl(x)', 'background: image-set("x.png" 1x)', 'background: -webkit-image-set("x.png" 1x)', '@import "x.css"', '@IMPORT\n"x"', 'width: expression(alert(1))', 'content: src("x")', 'color: \\72 ed', 'behavior: url(x.htc)', '-moz-binding: x']) {
      expect(cssCanLoad(css), css).toBe(true);
    }
    for (const css of ['color: red', 'font-size: 2em; margin: 0 auto', 'background: linear-gradient(red, blue)', 'transform: rotate(3deg)']) expect(cssCanLoad(css), css).toBe(false);
  });
});

describe('isLocalCssReference', () => {
  it('keeps references to the page itself and refuses any other url()', () => {
    for (const value of ['url(#gradient)', "url('#a')", 'url( "#a" )', 'red', 'none', 'rotate(45 10 10)', 'Figure (2)']) expect(isLocalCssReference(value), value).toBe(true);
    for (const value of ['url(https://attacker.example/f.svg#a)', 'URL(//attacker.example/x)', 'u\trl(https://a.example)', 'url(#a) url(https://a.example)', 'url(x.svg#a)', 'u\\72 l(x)', 'image-set("x" 1x)']) {
      expect(isLocalCssReference(value), value).toBe(false);
    }
  });
});

describe('isCssEasing', () => {
  it('accepts the easing forms of CSS and nothing that could end a declaration', () => {
    for (const value of ['ease', 'ease-in', 'EASE-OUT', ' ease-in-out ', 'linear', 'step-start', 'cubic-bezier(0.1, 0.7, 1.0, 0.1)', 'cubic-bezier(0,1e-3,1,-2)', 'steps(5, jump-none)', 'steps(1,start)', 'linear(0, 0.5 25% 75%, 1)']) {
      expect(isCssEasing(value), value).toBe(true);
    }
    for (const value of ['', 'ease;', 'ease }', 'ease\t;', 'cubic-bezier(0,0,1)', 'cubic-bezier(a,b,c,d)', 'steps(2, middle)', 'var(--x)', 'ease /* x */', 'linear(0, 1)); } body { color: red', `linear(${'0, '.repeat(100)}1)`]) {
      expect(isCssEasing(value), value).toBe(false);
    }
  });
});
