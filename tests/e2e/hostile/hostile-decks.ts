// Writes the hostile decks the spec presents: every vector of xss-vectors.ts placed where a deck can
// carry text (markdown, front matter, notes, slide and element attributes, map blocks, file names).
// Built at test time so the corpus stays one readable list, and so file names that Windows cannot
// hold never enter the repository.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { arm, attributeVectors, markdownVectors, markupVectors, textVectors, type XssVector } from './xss-vectors';

export interface HostileDeck {
  folder: string;
  /** Vectors placed in this deck, with where they are (for failure messages). */
  placed: string[];
}

/** A 1×1 PNG, so images the deck may show really draw. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function newDeck(name: string): string {
  const folder = path.join(mkdtempSync(path.join(os.tmpdir(), `docent-hostile-${name}-`)), name);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** A YAML double-quoted scalar, so any payload stays one string value. */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

function slide(heading: string, body: string, notes?: string): string {
  return [`## ${heading}`, '', body, '', `After ${heading}.`, ...(notes ? ['', 'Note:', notes] : [])].join('\n');
}

/** Markup and markdown vectors, one slide each; the first twenty also in the notes; text vectors in the front matter. */
export function writeMarkupDeck(): HostileDeck {
  const folder = newDeck('markup');
  const placed: string[] = [];
  const [titleVector, subtitleVector, authorVector, sourceVector] = textVectors as [XssVector, XssVector, XssVector, XssVector];
  const frontMatter = [
    '---',
    `title: ${yamlString(arm(titleVector, 'title'))}`,
    `subtitle: ${yamlString(arm(subtitleVector, 'subtitle'))}`,
    `author: ${yamlString(arm(authorVector, 'author'))}`,
    `source: ${yamlString(arm(sourceVector, 'source'))}`,
    `date: ${yamlString(arm(titleVector, 'date'))}`,
    `x-unknown: ${yamlString(arm(subtitleVector, 'unknown-key'))}`,
    '---',
  ];
  placed.push('front matter: title, subtitle, author, source, date, an unknown key');
  const slides = ['# Hostile markup\n\nEvery following slide carries one known XSS vector.'];
  [...markupVectors, ...markdownVectors].forEach((vector, i) => {
    const notes = i < 20 ? `Notes for ${vector.id}: ${arm(vector, 'notes')}` : undefined;
    slides.push(slide(`Vector ${vector.id}`, arm(vector), notes));
    placed.push(`${vector.id}: slide${notes ? ' and notes' : ''}`);
  });
  writeFileSync(path.join(folder, 'deck.md'), `${frontMatter.join('\n')}\n\n${slides.join('\n\n---\n\n')}\n`);
  writeFileSync(path.join(folder, 'nothing.png'), png);
  return { folder, placed };
}

/** `.slide:` and `.element:` attribute lists, one slide each. */
export function writeAttributeDeck(): HostileDeck {
  const folder = newDeck('attributes');
  const slides = ['# Hostile attributes\n\nSlide and element attribute comments.'];
  for (const vector of attributeVectors) slides.push(slide(`Vector ${vector.id}`, arm(vector)));
  writeFileSync(path.join(folder, 'deck.md'), `${slides.join('\n\n---\n\n')}\n`);
  writeFileSync(path.join(folder, 'nothing.png'), png);
  return { folder, placed: attributeVectors.map((vector) => `${vector.id}: slide`) };
}

/** Map blocks whose title, names, labels and captions are vectors, plus YAML tags that name code. */
export function writeMapDeck(): HostileDeck {
  const folder = newDeck('maps');
  const texts = textVectors.map((vector) => yamlString(arm(vector, 'map')));
  const [a, b, c, d] = texts as [string, string, string, string];
  const mapSlides = [
    slide(
      'Map with hostile names',
      [
        '```map',
        `title: ${a}`,
        'places:',
        `  - name: ${b}`,
        '    lat: 48.85',
        '    lon: 2.35',
        `    label: ${c}`,
        `  - name: ${d}`,
        '    lat: 52.52',
        '    lon: 13.40',
        'events:',
        `  - place: ${b}`,
        `    when: ${a}`,
        `    what: ${c}`,
        'arrows:',
        `  - from: ${b}`,
        `    to: ${d}`,
        `    label: ${a}`,
        '```',
      ].join('\n'),
    ),
    slide('Map naming unknown hostile places', ['```map', `highlight: [${a}, ${b}]`, `places: [${c}, ${d}]`, '```'].join('\n')),
    slide(
      'Map with YAML tags that name code',
      [
        '```map',
        `title: !!js/function "function () { __trap('yaml-js-function') }"`,
        'places:',
        `  - name: !!js/eval "__trap('yaml-js-eval')"`,
        '    lat: 10',
        '    lon: 10',
        `  - name: !<tag:yaml.org,2002:js/function> "function () { __trap('yaml-js-function-2') }"`,
        '    lat: 20',
        '    lon: 20',
        `  - !!python/object/apply:os.system ["echo pwned"]`,
        '```',
      ].join('\n'),
    ),
    slide('Map with a YAML alias bomb', ['```map', 'title: &a [x, x, x, x, x, x, x, x, x]', 'highlight: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'places: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', '```'].join('\n')),
  ];
  writeFileSync(path.join(folder, 'deck.md'), `# Hostile maps\n\nMap blocks written to attack.\n\n---\n\n${mapSlides.join('\n\n---\n\n')}\n`);
  return { folder, placed: ['map: title, place names, labels, events, arrows', 'map: unknown names', 'map: YAML js/python tags', 'map: alias bomb'] };
}

/** The deck-folder entries the file-name deck needs, made on disk before the server starts. */
export const fileNames = {
  quoteBreakout: `"><img src=x onerror=__trap('file-01')>.png`,
  markdownBreakout: `'><svg onload=__trap('file-02')>.png`,
  schemeLike: `javascript:__trap('file-03').png`,
  spaced: 'my photo (final).png',
  scriptSvg: 'script.svg',
  htmlAsImage: 'page.html',
  symlinkOut: 'outside.png',
} as const;

/** Images whose file names are vectors; an SVG with script; HTML posing as an image; a symlink out of the deck. */
export function writeFileNameDeck(outsideSecret: string): HostileDeck {
  const folder = newDeck('files');
  writeFileSync(path.join(folder, fileNames.quoteBreakout), png);
  writeFileSync(path.join(folder, fileNames.markdownBreakout), png);
  writeFileSync(path.join(folder, fileNames.schemeLike), png);
  writeFileSync(path.join(folder, fileNames.spaced), png);
  writeFileSync(
    path.join(folder, fileNames.scriptSvg),
    `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="parent.__trap('file-svg-onload')"><script>parent.__trap('file-svg-script')</script><image href="https://attacker.example/from-svg.png" width="10" height="10"/><rect width="10" height="10" fill="teal"/></svg>`,
  );
  writeFileSync(path.join(folder, fileNames.htmlAsImage), `<script>parent.__trap('file-html')</script>`);
  symlinkSync(outsideSecret, path.join(folder, fileNames.symlinkOut));
  const quote = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const slides = [
    '# Hostile file names\n\nImages whose names and contents attack.',
    slide('File name breaking out of an HTML attribute', `<img src="${quote(fileNames.quoteBreakout)}" alt="quote breakout">`),
    slide('File name breaking out in markdown', `![markdown breakout](<${fileNames.markdownBreakout.replaceAll('<', '\\<').replaceAll('>', '\\>')}>)`),
    slide('File name that looks like a javascript: URL', `![scheme-like](${fileNames.schemeLike.replaceAll('(', '\\(').replaceAll(')', '\\)')})`),
    slide('File name with spaces and brackets', `![spaced](<${fileNames.spaced}>)`),
    slide('SVG file with script', `![svg with script](${fileNames.scriptSvg})\n\n<img src="${fileNames.scriptSvg}" alt="svg again">`),
    `<!-- .slide: data-background-image="${fileNames.scriptSvg}" -->\n\n${slide('SVG file as slide background', 'The background is an SVG with script.')}`,
    slide('HTML file posing as an image', `![html](${fileNames.htmlAsImage})`),
    slide('Symlink pointing out of the deck', `![symlink](${fileNames.symlinkOut})`),
  ];
  writeFileSync(path.join(folder, 'deck.md'), `${slides.join('\n\n---\n\n')}\n`);
  return { folder, placed: Object.values(fileNames) };
}

/** What the second review's vectors carry, so a check can look for it wherever it must never arrive. */
export const secondReviewMarker = 'attacker.example';

/**
 * The second review's filter vectors (issue 19): an easing that reveal.js would write into its
 * <style> (8), SVG presentation attributes and styles that load, with tabs, controls and odd case (10),
 * invisible links over the whole window (11), SVG data: images in upper case and with a tab (12).
 */
export function writeSecondReviewDeck(): HostileDeck {
  const folder = newDeck('second-review');
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="https://${secondReviewMarker}/from-data-svg.png" width="10" height="10"/></svg>`).toString('base64');
  // The review's banner over the app, and a remote picture hidden from the "//" filter by a tab.
  const banner = `ease; } body::after { content: 'This deck is damaged, call support'; position: fixed; inset: 0; z-index: 9999; background: red } x {`;
  const hiddenLoad = `ease} body { background-image: image-set('/\t/${secondReviewMarker}/hidden.png' 1x) } x {`;
  const paint = ['fill', 'stroke', 'filter', 'mask', 'clip-path', 'marker-start', 'marker-mid', 'marker-end', 'cursor']
    .map((name, i) => `<path d="M${i} 0 L${i} 9" ${name}="${i % 2 ? 'U&#9;RL' : 'url'}(https://${secondReviewMarker}/${name}.svg#x)"/>`)
    .join('');
  const slides = [
    '# Second review\n\nFilter vectors of the second security review.',
    ['<!-- .slide: data-auto-animate -->', '', '## Easing written into a style sheet', '', '<p data-id="box">A box</p>'].join('\n'),
    // Moving onto this slide animates its heading and box with its easing, the heading's and the box's.
    [
      `<!-- .slide: data-auto-animate data-auto-animate-easing="${banner}" -->`,
      '',
      `## Easing written into a style sheet <!-- .element: data-auto-animate-easing="${hiddenLoad}" -->`,
      '',
      `<p data-id="box" style="color: teal; margin-left: 200px" data-auto-animate-easing="linear} html { outline: 5px solid red; content: '${secondReviewMarker}' } x {">A box, moved</p>`,
    ].join('\n'),
    slide(
      'SVG attributes that load',
      `<svg width="200" height="40" viewBox="0 0 10 10"><defs><linearGradient id="ok"><stop offset="0" stop-color="teal"/></linearGradient></defs><rect width="10" height="10" fill="url(#ok)"/>${paint}<rect width="5" height="5" style="fill: u\trl(https://${secondReviewMarker}/style.svg#x)"/></svg>`,
    ),
    slide(
      'Invisible links over the whole window',
      [
        `<a href="https://${secondReviewMarker}/fixed" style="position: fixed; inset: 0; width: 100vw; height: 100vh; opacity: 0; z-index: 2147483647">fixed link</a>`,
        `<a href="https://${secondReviewMarker}/absolute" style="position: absolute; left: -5000px; top: -5000px; width: 20000px; height: 20000px; opacity: 0; z-index: 2147483647">absolute link</a>`,
      ].join('\n'),
    ),
    slide(
      'SVG data images in any spelling',
      [`<img src="data:image/SVG+xml;base64,${svg}" alt="upper-case svg">`, `<img src="DATA:IMAGE/SVG+XML;base64,${svg}" alt="all upper-case svg">`, `<img src="data:image/s&#9;vg+xml;base64,${svg}" alt="svg with a tab">`].join('\n'),
    ),
  ];
  writeFileSync(path.join(folder, 'deck.md'), `${slides.join('\n\n---\n\n')}\n`);
  return { folder, placed: ['easing: .slide, content element, .element', 'SVG presentation attributes and style', 'covering links', 'SVG data: images'] };
}
