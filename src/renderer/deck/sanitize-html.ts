// Every piece of deck HTML passes through DOMPurify before it reaches the DOM: a deck must never run
// script, load remote content or reach the host API.
import DOMPurify from 'dompurify';
import type { DocentHost } from '../../shared/api';
import { clobbersAppGlobal, decodeElementMarker } from '../../core/deck/slide-attributes';

const purifier = DOMPurify(window);

/**
 * Inline styles that could fetch: url(), image-set() with a string URL, @import, IE's expression(),
 * and any CSS escape (`u\72 l(` is still url( to the CSS parser).
 */
const loadingStyle = /url\s*\(|image-set|@import|expression\s*\(|\\/i;
/** Attributes reveal.js turns into requests (lazy `data-src`, slide backgrounds, link previews); slides get theirs only from `.slide:`. */
const revealLoaderAttribute = /^data-(?:src$|background|preview)/i;

purifier.addHook('uponSanitizeAttribute', (_node, data) => {
  // Event handlers are already gone; also drop what loads or clobbers.
  if (data.attrName === 'style' && loadingStyle.test(data.attrValue)) data.keepAttr = false;
  if (revealLoaderAttribute.test(data.attrName)) data.keepAttr = false;
  if ((data.attrName === 'id' || data.attrName === 'name') && clobbersAppGlobal(data.attrValue)) data.keepAttr = false;
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
    if (src.startsWith('data:image/') && !src.startsWith('data:image/svg')) continue;
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
  for (const marker of Array.from(fragment.querySelectorAll('span[data-docent-element]'))) {
    const target = marker.previousElementSibling ?? marker.parentElement;
    if (target) for (const [name, value] of decodeElementMarker(marker.getAttribute('data-docent-element') ?? '')) {
      if (name === 'class') target.classList.add(...value.split(/\s+/).filter(Boolean));
      else target.setAttribute(name, value);
    }
    marker.remove();
  }
  return fragment;
}
