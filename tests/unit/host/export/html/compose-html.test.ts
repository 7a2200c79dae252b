import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { composeHtml, jsonText, scriptText, styleText } from '../../../../../src/host/export/html/compose-html';
import { fileDeckSchema, type FileDeck } from '../../../../../src/shared/file-deck';

const deck: FileDeck = { id: '0123456789abcdef', fileName: 'deck.md', text: '# A </script><script>alert(1)</script> deck\n', eol: '\n', pictures: {}, places: {} };

function compose(script = 'console.log(1)'): string {
  return composeHtml({ script, styles: 'body{margin:0}', theme: 'white', themeStyles: '.reveal{color:#222}', deck, title: 'Ferries & <boats>', language: 'en' });
}

describe('composeHtml', () => {
  it('lets only its own script run: the policy names that script by its hash, and nothing may load', () => {
    const html = compose('window.started = "</script>"');
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy.split('; ')).toEqual(expect.arrayContaining(["default-src 'none'", `script-src 'sha256-${hash}'`, "connect-src 'none'", 'img-src data:', 'font-src data:', "base-uri 'none'"]));
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
  });

  it('keeps deck text that looks like markup inside its data block, and escapes the title', () => {
    const html = compose();
    // Two script elements only: the deck's "</script>" did not close its data block.
    expect(html.match(/<script\b/g)).toHaveLength(2);
    const data = /<script type="application\/json" id="docent-deck">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(fileDeckSchema.parse(JSON.parse(data))).toEqual(deck);
    expect(html).toContain('<title>Ferries &amp; &lt;boats&gt;</title>');
    expect(html).toContain('<style id="docent-theme" data-theme="white">.reveal{color:#222}</style>');
  });
});

describe('text inside <script> and <style>', () => {
  it('writes "<" before !--, script and /script as \\x3C, which means the same in strings, templates and regular expressions', () => {
    const code = 'a = "</script>"; b = `<!-- x`; c = /<script>/i; d = /\\<script/; e = "a<b"';
    const escaped = scriptText(code);
    expect(escaped).not.toMatch(/<\/?script|<!--/i);
    expect(escaped).toContain('e = "a<b"');
    // Run both: the same values.
    const run = (source: string) => new Function(`let a, b, c, d, e; ${source}; return [a, b, c.source, d.test('<script'), e];`)() as unknown[];
    expect(run(escaped)).toEqual(['</script>', '<!-- x', '\\x3Cscript>', true, 'a<b']);
    expect(run(escaped)[0]).toBe(run(code)[0]);
    expect(run(escaped)[3]).toBe(run(code)[3]);
  });

  it('JSON and CSS keep their meaning', () => {
    expect(JSON.parse(jsonText({ text: '</script><!--' }))).toEqual({ text: '</script><!--' });
    expect(jsonText({ text: '</script>' })).not.toContain('<');
    expect(styleText('a::after{content:"</style>"}')).toBe('a::after{content:"<\\/style>"}');
  });
});
