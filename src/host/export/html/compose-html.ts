// The exported HTML file itself: the app's stylesheet, the deck's theme, the deck as a JSON data block
// and the app's script, all inline, under a Content-Security-Policy that lets only that one script run
// (by its hash) and lets nothing load: no connection, no frame, no font or picture but data: URIs.
import { createHash } from 'node:crypto';
import type { ThemeName } from '../../../core/deck/deck-model';
import { fileDeckElementId, fileThemeElementId, type FileDeck } from '../../../shared/file-deck';

export interface HtmlFileParts {
  /** out/standalone/docent-file.js: a classic script, every module inlined. */
  script: string;
  /** out/standalone/docent-file.css. */
  styles: string;
  theme: ThemeName;
  themeStyles: string;
  deck: FileDeck;
  title: string;
  /** The document language (BCP 47). */
  language: string;
}

export function contentSecurityPolicy(scriptHash: string): string {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    // reveal.js, Leaflet and KaTeX position and size elements with style attributes.
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "connect-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Text that can sit inside <script> without ending it early: the HTML parser ends a script at
 * "</script" and changes how it reads one after "<!--" followed by "<script". A minified bundle has
 * those only inside strings, templates and regular expressions, where "\x3C" means the same "<".
 */
export function scriptText(code: string): string {
  // An escaped "\<" (odd backslashes before it) is the same "<": its backslash goes, or "\\x3C" would
  // read as a backslash and "x3C".
  return code.replace(/(\\*)<(?=!--|\/?script)/gi, (_match, slashes: string) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\x3C`);
}

/** JSON that can sit inside <script type="application/json">: "<" only ever occurs inside its strings. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** CSS that can sit inside <style>: "</style" only inside a string or comment, where "\/" is "/". */
export function styleText(css: string): string {
  return css.replace(/<\/(?=style)/gi, '<\\/');
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

export function composeHtml(parts: HtmlFileParts): string {
  const script = scriptText(parts.script);
  const hash = `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(parts.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hash)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="Docent">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${styleText(parts.styles)}</style>`,
    `<style id="${fileThemeElementId}" data-theme="${parts.theme}">${styleText(parts.themeStyles)}</style>`,
    '</head>',
    '<body>',
    '<div class="reveal"><div class="slides"></div></div>',
    `<script type="application/json" id="${fileDeckElementId}">${jsonText(parts.deck)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
