// Every piece of deck HTML passes through DOMPurify before it reaches the DOM: a deck must never run
// script, load remote content or reach the host API.
import DOMPurify from 'dompurify';
import type { DocentHost } from '../../shared/api';
import { clobbersAppGlobal, decodeElementMarker } from '../../core/deck/slide-attributes';
import { cssCanLoad, isCssEasing, isLocalCssReference, squeezeCss } from '../../core/deck/css-safety';

const purifier = DOMPurify(window);

/** Attributes reveal.js turns into requests (lazy `data-src`, slide backgrounds, link previews); slides get theirs only from `.slide:`. */
const revealLoaderAttribute = /^data-(?:src$|background|preview)/i;
/** Attributes whose URL the rest of the sanitizer checks itself, after DOMPurify. */
const checkedLater = new Set(['href', 'src']);

purifier.addHook('uponSanitizeAttribute', (_node, data) => {
  const name = data.attrName.toLowerCase();
  const value = data.attrValue;
  // Event handlers are already gone; also drop what loads or clobbers. Inline styles may not load
  // anything (url(), image-set(), @import, escapes, read without the whitespace and controls a
  // parser skips), and no other attribute may reference anything but an element of the page:
  // SVG's fill, stroke, filter, mask, clip-path, marker-* and cursor read `url(https://…)` as CSS.
  if (name === 'style' ? cssCanLoad(value) : !checkedLater.has(name) && squeezeCss(value).includes('(') && !isLocalCssReference(value)) data.keepAttr = false;
  if (revealLoaderAttribute.test(name)) data.keepAttr = false;
  // reveal.js writes an element's easing into a global <style> as it is.
  if (name === 'data-auto-animate-easing' && !isCssEasing(value)) data.keepAttr = false;
  if ((name === 'id' || name === 'name') && clobbersAppGlobal(value)) data.keepAttr = false;
});

const config = {
  FORBID_TAGS: ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'audio', 'video', 'source', 'track', 'portal'],
  FORBID_ATTR: ['srcset', 'formaction', 'action', 'background', 'poster', 'ping', 'xlink:href'],
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // A leading <frameset> (or <body>) would otherwise leave the parsed document without a body, and
  // DOMPurify would return null for the whole slide.
  FORCE_BODY: true,
  RETURN_DOM_FRAGMENT: true as const,
};

/**
 * An inline picture in a raster format. Read as the URL parser reads it (tabs, line breaks and
 * leading controls dropped, the type case-insensitive): `data:image/SVG+xml` and `data:image/s\tvg`
 * are SVG, which can carry script and load more. An allowlist, so an unknown type never passes.
 */
function isRasterDataImage(src: string): boolean {
  return /^data:image\/(?:png|jpe?g|pjpeg|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon)[;,]/.test(squeezeCss(src));
}

/** A local path of the deck (no scheme, not absolute, no ".."). */
function isDeckRelative(url: string): boolean {
  return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url) && !url.startsWith('/') && !url.startsWith('\\') && !url.split(/[/\\]/).includes('..');
}

/**
 * The file an image source names. Markdown writes `![x](<my photo.png>)` as `src="my%20photo.png"`,
 * and the host encodes the path itself, so decode once here (a bad escape means the text is the name).
 */
function deckFilePath(src: string): string {
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}

/** Sanitizes deck HTML into a fragment; images point at the deck's own files or are dropped. */
export function sanitizeDeckHtml(html: string, host: Pick<DocentHost, 'assetUrl'>): DocumentFragment {
  const fragment = (purifier.sanitize(html, config) as DocumentFragment | null) ?? document.createDocumentFragment();
  for (const image of Array.from(fragment.querySelectorAll('img'))) {
    const src = image.getAttribute('src') ?? '';
    if (isRasterDataImage(src)) continue;
    const file = deckFilePath(src);
    if (src && isDeckRelative(src) && isDeckRelative(file)) {
      image.setAttribute('src', host.assetUrl(file.replace(/^\.\//, '')));
    } else {
      // Remote or unknown: presenting is offline, so say what was left out instead of loading it.
      const note = document.createElement('span');
      note.className = 'docent-blocked-image';
      note.textContent = `[image not shown: ${image.getAttribute('alt') || 'remote image'}]`;
      // The note takes the picture's place in the slide's steps: a picture that was a fragment
      // (`<img class="fragment">`) still is one, so the deck keeps its fragment steps.
      note.classList.add(...image.classList);
      for (const name of ['id', 'data-fragment-index']) {
        const value = image.getAttribute(name);
        if (value !== null) note.setAttribute(name, value);
      }
      image.replaceWith(note);
    }
  }
  for (const link of Array.from(fragment.querySelectorAll('a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    if (!/^(https?:|mailto:|#)/i.test(href)) link.removeAttribute('href');
    else if (!href.startsWith('#')) link.setAttribute('rel', 'noopener noreferrer');
    // A web link opens beside the app, never in its place (Electron opens it in the user's browser).
    if (/^https?:/i.test(href)) link.setAttribute('target', '_blank');
    else link.removeAttribute('target');
  }
  // SVG <image>, <use>, <feImage> fetch their href; inside a slide they may only point into the slide.
  for (const element of Array.from(fragment.querySelectorAll('[href]:not(a)'))) {
    if (!(element.getAttribute('href') ?? '').startsWith('#')) element.removeAttribute('href');
  }
  // A <section> inside a slide would become a slide of its own to reveal.js, with its own background.
  for (const section of Array.from(fragment.querySelectorAll('section'))) {
    const box = document.createElement('div');
    for (const attribute of Array.from(section.attributes)) box.setAttribute(attribute.name, attribute.value);
    box.append(...Array.from(section.childNodes));
    section.replaceWith(box);
  }
  for (const marker of Array.from(fragment.querySelectorAll('span[data-docent-element], g[data-docent-element]'))) {
    const target = marker.previousElementSibling ?? marker.parentElement;
    if (target) for (const [name, value] of decodeElementMarker(marker.getAttribute('data-docent-element') ?? '')) {
      if (name === 'class') target.classList.add(...value.split(/\s+/).filter(Boolean));
      else target.setAttribute(name, value);
    }
    marker.remove();
  }
  return fragment;
}
