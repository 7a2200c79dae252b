// What deck text may say where a CSS parser will read it: inline styles, SVG presentation attributes
// (fill, stroke, filter, mask, clip-path, marker-*, cursor), reveal.js's auto-animate easing (which
// reveal.js writes into a global <style>). Shared by the attribute allowlist (src/core/deck) and the
// HTML sanitizer (src/renderer), so every place that lets CSS through applies the same rules.
//
// Every check reads the value the way the parsers downstream do: the URL parser removes tabs and
// line breaks anywhere in a URL ("/\t/host" is "//host"), CSS function names and URL schemes are
// case-insensitive, and CSS escapes spell any letter ("u\72 l(" is "url("). So filters run on the
// value squeezed of whitespace and control characters, lower-cased, and any backslash is refused.

/** The value with every whitespace and control character removed, lower-cased. */
export function squeezeCss(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return value.replace(/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]+/g, '').toLowerCase();
}

/**
 * Whether CSS text could fetch something or hide what it does: url(), src() and image-set() (which
 * takes bare strings), @import, IE's expression() and behaviours, and any escape.
 */
export function cssCanLoad(value: string): boolean {
  return /url\(|src\(|image-set\(|@import|expression\(|behavior:|-moz-binding|\\/.test(squeezeCss(value));
}

/**
 * A value for an SVG presentation attribute (or any attribute a CSS parser reads): nothing that
 * loads, and its only references are to an element of the page itself, `url(#id)`.
 */
export function isLocalCssReference(value: string): boolean {
  const squeezed = squeezeCss(value);
  if (/src\(|image-set\(|@import|expression\(|\\/.test(squeezed)) return false;
  for (let at = squeezed.indexOf('url('); at !== -1; at = squeezed.indexOf('url(', at + 4)) {
    if (!/^url\(["']?#/.test(squeezed.slice(at, at + 6))) return false;
  }
  return true;
}

const number = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?`;
const linearStop = String.raw`${number}(?: +${number}%){0,2}`;
/**
 * The easing forms CSS defines, and nothing else: a keyword, cubic-bezier(), steps() or linear()
 * with plain numbers. Nothing that could close a declaration or a rule gets through.
 */
const easing = new RegExp(
  String.raw`^(?:ease|ease-in|ease-out|ease-in-out|linear|step-start|step-end|cubic-bezier\( *${number} *, *${number} *, *${number} *, *${number} *\)|steps\( *\d{1,6} *(?:, *(?:jump-start|jump-end|jump-none|jump-both|start|end) *)?\)|linear\( *${linearStop} *(?:, *${linearStop} *){0,63}\))$`,
  'i',
);

/** A CSS easing function as reveal.js's `data-auto-animate-easing` takes it. */
export function isCssEasing(value: string): boolean {
  return value.length <= 2000 && easing.test(value.trim());
}
