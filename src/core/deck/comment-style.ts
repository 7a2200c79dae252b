// `style` in `.slide:` and `.element:` comments, filtered through an allowlist of CSS declarations:
// what decks use to size, colour, place and hide their text passes; nothing that loads (url(),
// image-set(), @import, expression(), escapes: css-safety.ts) and no positioning that could leave the
// slide and cover the app's own controls (`position: fixed`, `sticky`, z-index) gets through.
// Declarations are kept or dropped one by one, so the rest of a comment's style still applies.
import { cssCanLoad } from './css-safety';

const properties = new Set([
  'color', 'background-color', 'opacity', 'visibility', 'display',
  'font', 'font-size', 'font-weight', 'font-style', 'font-family', 'font-variant', 'line-height', 'letter-spacing', 'word-spacing',
  'text-align', 'text-decoration', 'text-transform', 'text-shadow', 'text-indent', 'white-space', 'vertical-align', 'word-break', 'overflow-wrap',
  'margin', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'width', 'height', 'min-width', 'min-height', 'max-width', 'max-height', 'box-sizing', 'overflow',
  'border', 'border-top', 'border-right', 'border-bottom', 'border-left', 'border-color', 'border-width', 'border-style', 'border-radius', 'box-shadow', 'outline',
  'float', 'clear', 'position', 'top', 'right', 'bottom', 'left',
  'flex', 'flex-direction', 'flex-wrap', 'justify-content', 'align-items', 'align-self', 'gap',
  'grid-template-columns', 'grid-template-rows', 'grid-column', 'grid-row',
  'transform', 'transform-origin', 'list-style-type', 'object-fit', 'columns', 'column-count', 'column-gap',
]);

/** Positions that stay inside the slide: `fixed` and `sticky` are placed against the viewport, not the slide. */
const positions = new Set(['static', 'relative', 'absolute']);
/** CSS functions a value may call: colours, arithmetic, transforms. No other parenthesis passes. */
const functions = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|calc|min|max|clamp|translate[xyz3d]*|rotate[xyz3d]*|scale[xyz3d]*|skew[xy]?|repeat|minmax)$/i;
const maxStyleLength = 1000;

function declarationAllowed(property: string, value: string): boolean {
  if (!properties.has(property) || value === '' || cssCanLoad(value) || /[{}<>;@]/.test(value)) return false;
  if (property === 'position' && !positions.has(value.replace(/\s*!important$/i, '').trim().toLowerCase())) return false;
  for (const call of value.matchAll(/([\w-]*)\s*\(/g)) if (!functions.test(call[1] ?? '')) return false;
  return true;
}

/** The declarations of `style` the allowlist keeps, written back as `name: value; …` ('' when none). */
export function filterCommentStyle(style: string): string {
  if (style.length > maxStyleLength) return '';
  const kept: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (declarationAllowed(property, value)) kept.push(`${property}: ${value}`);
  }
  return kept.join('; ');
}
