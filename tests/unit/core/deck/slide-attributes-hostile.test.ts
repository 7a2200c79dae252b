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
