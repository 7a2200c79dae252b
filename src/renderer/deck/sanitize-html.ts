// Every piece of deck HTML passes through DOMPurify before it reaches the DOM: a deck must never run
// script, load remote content or reach the host API.
import DOMPurify from 'dompurify';
import type { DocentHost } from '../../shared/api';
import { decodeElementMarker } from '../../core/deck/slide-attributes';

const purifier = DOMPurify(window);

purifier.addHook('uponSanitizeAttribute', (_node, data) => {
  // Event handlers are already gone; also drop inline styles that fetch (url(), @import).
  if (data.attrName === 'style' && /url\s*\(|@import|expression\s*\(/i.test(data.attrValue)) data.keepAttr = false;
});

const config = {
  FORBID_TAGS: ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'audio', 'video', 'source', 'track', 'portal'],
  FORBID_ATTR: ['srcset', 'formaction', 'action', 'background', 'poster', 'ping', 'xlink:href'],
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_DOM_FRAGMENT: true as const,
};

/** A local path of the deck (no scheme, not absolute, no ".."). */
function isDeckRelative(url: string): boolean {
  return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url) && !url.startsWith('/') && !url.startsWith('\\') && !url.split(/[/\\]/).includes('..');
}

/** Sanitizes deck HTML into a fragment; images point at the deck's own files or are dropped. */
export function sanitizeDeckHtml(html: string, host: Pick<DocentHost, 'assetUrl'>): DocumentFragment {
  const fragment = purifier.sanitize(html, config) as DocumentFragment;
  for (const image of Array.from(fragment.querySelectorAll('img'))) {
    const src = image.getAttribute('src') ?? '';
    if (src.startsWith('data:image/') && !src.startsWith('data:image/svg')) continue;
    if (src && isDeckRelative(src)) {
      image.setAttribute('src', host.assetUrl(src.replace(/^\.\//, '')));
    } else {
      // Remote or unknown: presenting is offline, so say what was left out instead of loading it.
      const note = document.createElement('span');
      note.className = 'docent-blocked-image';
      note.textContent = `[image not shown: ${image.getAttribute('alt') || 'remote image'}]`;
      image.replaceWith(note);
    }
  }
  for (const link of Array.from(fragment.querySelectorAll('a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    if (!/^(https?:|mailto:|#)/i.test(href)) link.removeAttribute('href');
    else if (!href.startsWith('#')) link.setAttribute('rel', 'noopener noreferrer');
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
