// Generated text cannot inject deck syntax (issue 19, finding 13): an article's date line
// `2023-09-19 ~~~map` turned the whole generated deck into one slide. Every construct deck.md reads
// before markdown (slide separators, notes markers, code fences, attribute comments) is neutralised
// where the generator writes document text, and renders as the document's own characters.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../../src/core/analysis/analyze-document';
import { parseDeck } from '../../../../src/core/deck/parse-deck';
import { renderSlide } from '../../../../src/core/deck/render-markdown';
import { parseDocumentText } from '../../../../src/core/document/read-document';
import { escapeDeckLines, escapeInline } from '../../../../src/core/generate/escape-markdown';
import { generateDeckMarkdown } from '../../../../src/core/generate/generate-deck';
import { gazetteer } from '../../../../src/host/offline-gazetteer';

/** The text a browser would show for rendered HTML (tags dropped, the entities marked writes decoded). */
function shownText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

const hostile = [
  '~~~map',
  '```map',
  '   ```',
  '---',
  '--',
  '----',
  'Note: the rest is notes',
  'notes: the rest is notes',
  '<!-- .slide: data-background-color="red" class="x" -->',
  '<!-- .element class="fragment" -->',
  '<!-- .element: data-id="x" -->',
  'a\n---\nb',
  'a\r\n~~~\r\nb',
  'a\u2028Note: b',
];

describe('escapeInline', () => {
  it('keeps each piece of document text on one line, and neither a separator, a notes marker, a fence nor an attribute comment', () => {
    for (const text of hostile) {
      const markdown = `## ${escapeInline(text)}\n\n- ${escapeInline(text)}\n\n${escapeDeckLines(escapeInline(text))}`;
      const deck = parseDeck(markdown);
      expect(deck.slides.length, JSON.stringify(text)).toBe(1);
      const [slide] = deck.slides;
      expect(slide?.notes ?? null, JSON.stringify(text)).toBeNull();
      expect(slide?.content, JSON.stringify(text)).not.toMatch(/<!--/);
      const rendered = renderSlide(slide?.content ?? '', null);
      expect(rendered.attributes, JSON.stringify(text)).toEqual([]);
      expect(rendered.html, JSON.stringify(text)).not.toMatch(/<pre|<code|data-docent-element|class="fragment"/);
    }
  });

  it('renders as the document wrote it (line breaks become spaces)', () => {
    for (const text of ['~~~map', '2023-09-19 ~~~map', '<!-- .slide: class="x" -->', 'Note: this', 'a *b* _c_ [d](e) `f` <g> ~~h~~ \\i', '--- and ---']) {
      expect(shownText(renderSlide(escapeInline(text), null).html), text).toBe(text);
    }
    for (const text of ['---', '--', 'Note: this', 'notes: that']) {
      expect(shownText(renderSlide(`x\n\n${escapeDeckLines(escapeInline(text))}`, null).html).replace(/^x\s*/, ''), text).toBe(text);
    }
  });
});

describe('a generated deck from a document written to inject deck syntax', () => {
  const document = [
    'Harbour works begin',
    '',
    '2023-09-19 ~~~map',
    '',
    'The council said on Monday that the harbour works will begin in May. <!-- .slide: data-background-color="red" --> Officials expect them to last a year.',
    '',
    'Note: the contractor said the first phase covers the northern quay and the ferry terminal.',
    '',
    'Engineers said the new quay would be finished first. ```map The ferry terminal will close for two months.',
    '',
    '---',
    '',
    'Residents said the noise would be a problem. <!-- .element: class="fragment" --> The council promised quiet hours at night.',
  ].join('\n');

  it('keeps its slides, its notes and its text', () => {
    const markdown = generateDeckMarkdown(analyzeDocument(parseDocumentText('harbour.txt', document, 'text'), gazetteer()));
    const deck = parseDeck(markdown);
    // A title slide and a slide of bullets at least, no code block, no attribute, no notes on the title slide.
    expect(deck.slides.length).toBeGreaterThanOrEqual(2);
    expect(markdown).not.toMatch(/^ {0,3}(?:```|~~~)/m);
    expect(markdown).not.toMatch(/<!--/);
    for (const slide of deck.slides) {
      const rendered = renderSlide(slide.content, slide.notes);
      expect(rendered.attributes, slide.content).toEqual([]);
      expect(rendered.html + (rendered.notesHtml ?? ''), slide.content).not.toMatch(/<pre|data-docent-element|class="fragment"/);
    }
    const title = deck.slides[0];
    expect(shownText(renderSlide(title?.content ?? '', null).html)).toContain('~~~map');
  });
});
