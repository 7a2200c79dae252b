// Slide and element attributes written to attack: what the allow-list must refuse.
import { describe, expect, it } from 'vitest';
import { clobbersAppGlobal, decodeElementMarker, extractSlideAttributes, isAllowedAttribute } from '../../../../src/core/deck/slide-attributes';

describe('hostile slide attributes', () => {
  it('refuses ids that would shadow a global the app reads (DOM clobbering)', () => {
    for (const id of ['docent', 'Docent-print', '__docentPrint', '__docentMapsReady', ' __proto__']) {
      expect(clobbersAppGlobal(id), id).toBe(true);
      expect(isAllowedAttribute('id', id), id).toBe(false);
    }
    expect(isAllowedAttribute('id', 'intro')).toBe(true);
    expect(decodeElementMarker('id=__docentPrint&class=fragment')).toEqual([['class', 'fragment']]);
  });

  it('refuses quotes that try to break out of the attribute list', () => {
    const { attributes } = extractSlideAttributes(`<!-- .slide: class="x\\" onload=\\"evil()" data-state='"><img src=x onerror=evil()>' -->`);
    for (const [name, value] of attributes) {
      expect(name.startsWith('on'), name).toBe(false);
      expect(value).not.toMatch(/[<>]/);
    }
  });

  it('refuses reveal.js background URLs and CSS that loads, in any spelling', () => {
    for (const value of ['https://attacker.example/x.png', '//attacker.example/x.png', 'JaVaScRiPt:evil()', 'data:image/svg+xml,<svg/>', 'x.png) , url(https://a.example/', 'u\\72 l(x)', '../../../etc/passwd', '/etc/passwd']) {
      expect(isAllowedAttribute('data-background-image', value), value).toBe(false);
    }
    expect(isAllowedAttribute('data-background-color', 'red; background-image: url(https://a.example/x)')).toBe(false);
    expect(isAllowedAttribute('data-background-iframe', 'index.html')).toBe(false);
    expect(isAllowedAttribute('data-background-video', 'clip.mp4')).toBe(false);
  });
});

describe('values that reach a stylesheet or a URL parser (second review, findings 8 and 10)', () => {
  it('lets only CSS easing functions through data-auto-animate-easing, which reveal.js writes into a <style>', () => {
    // The review's banner: the easing closes the transition, the rule, and draws over the app.
    const banner = 'ease; } body::after { content: "This deck is damaged, call support"; position: fixed; inset: 0; } x {';
    for (const value of [banner, 'ease}', 'ease;color:red', 'cubic-bezier(0,0,1,1)}body{', "steps(2, end) /* */", 'linear(0, 1) x', 'EASE\t;']) {
      expect(isAllowedAttribute('data-auto-animate-easing', value), value).toBe(false);
      expect(extractSlideAttributes(`<!-- .slide: data-auto-animate data-auto-animate-easing="${value}" -->`).attributes.map(([name]) => name), value).toEqual(['data-auto-animate']);
      expect(decodeElementMarker(`data-auto-animate-easing=${encodeURIComponent(value)}`), value).toEqual([]);
    }
    for (const value of ['ease', 'Ease-In-Out', 'linear', 'step-end', 'cubic-bezier(0.25, 0.1, 0.25, 1)', 'cubic-bezier(.5,-0.5,.5,1.5)', 'steps(4, jump-end)', 'steps(3)', 'linear(0, 0.25 50%, 1)']) {
      expect(isAllowedAttribute('data-auto-animate-easing', value), value).toBe(true);
    }
  });

  it('reads a value as the URL parser does: a tab or line break inside "//" or a scheme hides nothing', () => {
    for (const value of ['/\t/attacker.example/x.png', 'ht\ttps:attacker.example', 'HTTPS\n://attacker.example', 'u\nrl(x)', 'image-set("x" 1x)', 'java\u0000script:evil()']) {
      expect(isAllowedAttribute('data-background-image', value), JSON.stringify(value)).toBe(false);
      expect(isAllowedAttribute('data-background-gradient', `linear-gradient(red, blue), ${value}`), JSON.stringify(value)).toBe(false);
    }
    expect(isAllowedAttribute('data-background-image', 'photos/my picture (1).png')).toBe(true);
    expect(isAllowedAttribute('data-background-gradient', 'linear-gradient(to bottom, #283b95, #17b2c3)')).toBe(true);
  });
});
