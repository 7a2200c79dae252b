// reveal.js attribute comments: `<!-- .slide: class="x" data-background-color="#000" -->` sets
// attributes on the slide, `<!-- .element: class="fragment" -->` on the element before it. As in
// reveal.js's markdown plugin, the colon after `.element` is optional, `data-*` attributes may go
// without a value, and a comment inside a code block is code (the deck scan decides where code is).
// Only an allowlist passes: a deck can style and animate its slides, never add handlers or URLs
// that reach outside.
import { cssCanLoad, isCssEasing, squeezeCss } from './css-safety';
import { filterCommentStyle } from './comment-style';
import { noSeparators, scanDeck } from './scan-deck';

export type AttributeList = Array<[name: string, value: string]>;

// The lookbehind makes a name start only where a word starts: without it a long word with no "="
// was tried from each of its letters, each try scanning to the word's end (300 KB froze a view).
const attribute = /(?<![\w:-])([a-zA-Z][\w:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))|(?<![\w:-])(data-[\w-]+)(?=\s|$)/g;

/**
 * Replaces each `<!-- .slide: … -->` (or `.element:`) comment by what `replace` returns for its
 * attribute text. A linear scan: a lazy regex would look for "-->" again from every unclosed opener.
 */
function replaceAttributeComments(markdown: string, kind: 'slide' | 'element', replace: (list: string) => string): string {
  const opener = kind === 'slide' ? /<!--\s*\.slide:\s*/y : /<!--\s*\.element(?![\w-])\s*:?\s*/y;
  let out = '';
  let copied = 0;
  for (let at = markdown.indexOf('<!--'); at !== -1; at = markdown.indexOf('<!--', at + 4)) {
    opener.lastIndex = at;
    if (!opener.test(markdown)) continue;
    const close = markdown.indexOf('-->', opener.lastIndex);
    // No "-->" after this opener means none after any later one either.
    if (close === -1) break;
    out += markdown.slice(copied, at) + replace(markdown.slice(opener.lastIndex, close));
    copied = close + 3;
    at = close - 1;
  }
  return copied === 0 ? markdown : out + markdown.slice(copied);
}

const allowedNames = new Set([
  'class',
  'id',
  'data-state',
  'data-transition',
  'data-transition-speed',
  'data-background',
  'data-background-color',
  'data-background-gradient',
  'data-background-image',
  'data-background-size',
  'data-background-position',
  'data-background-repeat',
  'data-background-opacity',
  'data-background-transition',
  'data-auto-animate',
  'data-auto-animate-id',
  'data-auto-animate-easing',
  'data-auto-animate-duration',
  'data-id',
  'data-timing',
  'data-visibility',
  'data-fragment-index',
  'data-autoslide',
]);

export function parseAttributeList(text: string): AttributeList {
  const out: AttributeList = [];
  for (const match of text.matchAll(attribute)) {
    const name = (match[1] ?? match[5] ?? '').toLowerCase();
    const given = match[2] ?? match[3] ?? match[4] ?? '';
    // A style keeps the declarations its allowlist passes (comment-style.ts), not all or nothing.
    const value = name === 'style' ? filterCommentStyle(given) : given;
    if (isAllowedAttribute(name, value)) out.push([name, value]);
  }
  return out;
}

/**
 * An id or name that would shadow a global the app reads (the bridge `docent`, `__docentPrint`… on the page's global object):
 * the browser exposes elements by id on `window` where no such property exists yet.
 */
export function clobbersAppGlobal(value: string): boolean {
  return /^\s*(?:docent|__)/i.test(value);
}

export function isAllowedAttribute(name: string, value: string): boolean {
  if (name === 'style') return value !== '' && filterCommentStyle(value) === value;
  if (!allowedNames.has(name)) return false;
  if (value.length > 500) return false;
  if (name === 'id' && clobbersAppGlobal(value)) return false;
  // No URLs but the deck's own files, no CSS functions that could load anything; read as the URL
  // and CSS parsers read it (a tab inside "//" or "https:" is dropped by the URL parser).
  if (/(?:javascript|vbscript|data|https?|file|ftp):|\/\/|[<>]/.test(squeezeCss(value)) || cssCanLoad(value)) return false;
  // reveal.js writes the easing into a <style> element as it is: only a CSS easing function may pass.
  if (name === 'data-auto-animate-easing' && !isCssEasing(value)) return false;
  if ((name === 'data-background-image' || name === 'data-background') && (value.startsWith('/') || value.split('/').includes('..'))) return false;
  return true;
}

/** Applies `transform` to the parts of `markdown` outside its fenced code blocks. */
export function outsideCode(markdown: string, transform: (text: string) => string): string {
  if (!markdown.includes('<!--')) return markdown;
  const lines = markdown.split('\n');
  const { slides } = scanDeck(lines, 0, noSeparators);
  const fences = slides[0]?.fences ?? [];
  if (fences.length === 0) return transform(markdown);
  const parts: string[] = [];
  let from = 0;
  for (const fence of fences) {
    if (from < fence.open) parts.push(transform(lines.slice(from, fence.open).join('\n')));
    const end = fence.close ?? fence.last;
    parts.push(lines.slice(fence.open, end + 1).join('\n'));
    from = end + 1;
  }
  if (from < lines.length) parts.push(transform(lines.slice(from).join('\n')));
  // Each part was whole lines; put the line breaks between them back (an empty part keeps its place).
  return parts.join('\n');
}

/** Takes the `.slide:` comments (outside code) out of a slide's markdown and returns their attributes. */
export function extractSlideAttributes(markdown: string): { markdown: string; attributes: AttributeList } {
  const attributes: AttributeList = [];
  const stripped = outsideCode(markdown, (text) =>
    replaceAttributeComments(text, 'slide', (list) => {
      attributes.push(...parseAttributeList(list));
      return '';
    }),
  );
  return { markdown: stripped, attributes };
}

/**
 * Replaces `.element:` comments with an inert marker that survives markdown rendering and HTML
 * sanitizing; the renderer moves the (allowlisted) attributes onto the element before the marker.
 * As `comment`, the marker is still an HTML comment, so markdown reads the text around it as it reads
 * it around the author's comment (one that starts a line starts an HTML block, as in reveal.js);
 * `elementMarkers` turns those into spans once the markdown is rendered.
 */
export function markElementAttributes(markdown: string, form: 'span' | 'comment' = 'span'): string {
  return outsideCode(markdown, (text) =>
    replaceAttributeComments(text, 'element', (list) => {
      const encoded = parseAttributeList(list)
        // Parentheses too: the sanitizer reads an attribute with a `(` in it as CSS that may call something.
        .map(([name, value]) => `${name}=${encodeURIComponent(value).replace(/[()'!*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)}`)
        .join('&');
      return form === 'comment' ? `<!--${commentMarker}${encoded}-->` : `<span data-docent-element="${encoded}"></span>`;
    }),
  );
}

const commentMarker = 'docent-element:';
// The encoded list holds no ">" (encodeURIComponent escapes it), so the marker ends at the first "-->".

const markersAndSvg = new RegExp(`<svg[\\s>/]|</svg\\s*>|<!--${commentMarker}([^>]*)-->`, 'gi');

/**
 * Rendered HTML with the comment markers of `markElementAttributes(…, 'comment')` as marker
 * elements: a <span>, or inside inline SVG a <g> (an HTML <span> there would end the SVG for the
 * HTML parser, and the SVG's later shapes would fall out of it).
 */
export function elementMarkers(html: string): string {
  if (!html.includes(commentMarker)) return html;
  let svgDepth = 0;
  return html.replace(markersAndSvg, (found: string, encoded: string | undefined) => {
    if (encoded === undefined) {
      svgDepth = Math.max(0, svgDepth + (found.startsWith('</') ? -1 : 1));
      return found;
    }
    return svgDepth > 0 ? `<g data-docent-element="${encoded}"></g>` : `<span data-docent-element="${encoded}"></span>`;
  });
}

export function decodeElementMarker(encoded: string): AttributeList {
  const out: AttributeList = [];
  for (const pair of encoded.split('&')) {
    const [name, value] = pair.split('=');
    if (!name) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(value ?? '');
    } catch {
      continue;
    }
    if (isAllowedAttribute(name, decoded)) out.push([name, decoded]);
  }
  return out;
}
