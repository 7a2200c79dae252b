// The reference side of the compatibility tests: a deck shown by reveal.js itself (the version in
// node_modules) in a page of the test's Chromium, set up as the tool the deck was written for set it
// up. A reveal-md deck gets reveal-md's own page (lib/template/reveal.html: the markdown, unescaped,
// in a <textarea data-template> of one data-markdown section, with the separators as data-separator*
// attributes; the markdown, highlight, notes and math plugins; every code block highlighted when
// reveal.js is ready). A reveal.js HTML deck is served as it is. Pages are served from a made-up
// origin by the test; every other request fails, as offline.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Route } from '@playwright/test';
import { parseDeck } from '../../../src/core/deck/parse-deck';
import { countShown, picturesSettled, type ShownCounts } from './shown-counts';

const root = path.resolve(import.meta.dirname, '../../..');
const revealJs = path.join(root, 'node_modules/reveal.js');
const katex = path.join(root, 'node_modules/katex');
const origin = 'http://reveal-reference.invalid';

/** reveal-md's defaults (lib/defaults.json). */
export const revealMdSeparators = { separator: '\r?\n---\r?\n', verticalSeparator: '\r?\n----\r?\n' };

export interface ReferenceSetup {
  /** How the deck was presented: through reveal-md, or as a reveal.js HTML page of its own. */
  tool: 'reveal-md' | 'reveal.js';
  /** reveal-md: settings from the deck repository's reveal-md.json (the front matter overrides them). */
  separator?: string;
  verticalSeparator?: string;
  notesSeparator?: string;
  /** reveal.js: the HTML page in the deck folder. */
  html?: string;
}

const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml', '.webp': 'image/webp', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf' };

function fulfilFile(route: Route, file: string): Promise<void> {
  try {
    return route.fulfill({ body: readFileSync(file), contentType: types[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
  } catch {
    return route.fulfill({ status: 404, body: '' });
  }
}

/** Inside a folder, never above it. */
function within(folder: string, relative: string): string | null {
  const file = path.resolve(folder, decodeURIComponent(relative));
  return file.startsWith(folder + path.sep) ? file : null;
}

/** reveal.js 4/5 source-tree paths (plugin/notes/notes.js) as reveal.js 6 ships them (dist/plugin/notes.js). */
function revealFile(relative: string): string {
  const plugin = /^plugin\/(\w+)\/\1\.js$/.exec(relative);
  if (plugin) return path.join(revealJs, 'dist/plugin', `${plugin[1]}.js`);
  if (relative.startsWith('plugin/')) return path.join(revealJs, 'dist', relative);
  return path.join(revealJs, relative);
}

function attributeValue(value: string): string {
  // As reveal-md writes them: newlines as \n, nothing else escaped.
  return value.replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** reveal-md's page for a deck (its template, reduced to what decides what is shown). */
export function revealMdPage(text: string, setup: ReferenceSetup): string {
  const deck = parseDeck(text);
  const meta = deck.meta as Record<string, unknown>;
  const pick = (key: 'separator' | 'verticalSeparator' | 'notesSeparator'): string | undefined =>
    typeof meta[key] === 'string' ? (meta[key] as string) : (setup[key] ?? (key === 'notesSeparator' ? undefined : revealMdSeparators[key]));
  const attributes = [
    ['data-separator', pick('separator')],
    ['data-separator-vertical', pick('verticalSeparator')],
    ['data-separator-notes', pick('notesSeparator')],
  ]
    .filter((pair): pair is [string, string] => typeof pair[1] === 'string')
    .map(([name, value]) => `${name}="${attributeValue(value)}"`)
    .join(' ');
  const markdown = deck.frontMatter === null ? text : text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\r?\n/, '');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="stylesheet" href="/reveal/dist/reveal.css" />
  </head>
  <body>
    <div class="reveal">
      <div class="slides">
        <section data-markdown ${attributes}>
          <textarea data-template>
            ${markdown}
          </textarea>
        </section>
      </div>
    </div>
    <script src="/reveal/dist/reveal.js"></script>
    <script src="/reveal/dist/plugin/markdown.js"></script>
    <script src="/reveal/dist/plugin/highlight.js"></script>
    <script src="/reveal/dist/plugin/notes.js"></script>
    <script src="/reveal/dist/plugin/math.js"></script>
    <script>
      // reveal-md asks for RevealMath (MathJax 2 from a CDN); offline, the same plugin's KaTeX mode,
      // with the same delimiters, typesets from the local copy.
      Reveal.initialize({
        controls: true, progress: true, history: false, center: true, slideNumber: true,
        highlight: { highlightOnLoad: false },
        katex: { local: '/katex' },
        plugins: [RevealMarkdown, RevealHighlight, RevealNotes, RevealMath.KaTeX],
      });
      Reveal.addEventListener('ready', function () {
        const blocks = Reveal.getRevealElement().querySelectorAll('pre code:not(.mermaid)');
        const hlp = Reveal.getPlugin('highlight');
        blocks.forEach(hlp.highlightBlock);
      });
    </script>
  </body>
</html>`;
}

async function serveReference(context: BrowserContext, deckFolder: string, page: string | null): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    const at = url.pathname;
    if (at === '/' && page !== null) return route.fulfill({ body: page, contentType: 'text/html' });
    if (at.startsWith('/reveal/')) return fulfilFile(route, path.join(revealJs, at.slice('/reveal/'.length)));
    if (at.startsWith('/katex/')) return fulfilFile(route, path.join(katex, at.slice('/katex/'.length)));
    if (at.startsWith('/reveal.js/')) return fulfilFile(route, revealFile(at.slice('/reveal.js/'.length)));
    const file = within(deckFolder, at.slice(1));
    return file ? fulfilFile(route, file) : route.fulfill({ status: 404, body: '' });
  });
}

/** Presents the deck folder in reveal.js and counts what it shows. */
export async function presentInRevealJs(browser: Browser, deckFolder: string, setup: ReferenceSetup): Promise<ShownCounts> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const html = setup.tool === 'reveal-md' ? revealMdPage(readFileSync(path.join(deckFolder, 'deck.md'), 'utf8'), setup) : null;
    await serveReference(context, deckFolder, html);
    const page = await context.newPage();
    await page.goto(html === null ? `${origin}/${setup.html ?? 'index.html'}` : `${origin}/`);
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true, undefined, { timeout: 20_000 });
    if (html !== null) await page.waitForFunction(() => typeof (window as unknown as { renderMathInElement?: unknown }).renderMathInElement === 'function', undefined, { timeout: 20_000 });
    // The math plugin typesets in the task that loaded auto-render; one more task and it is done.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    await picturesSettled(page);
    return await page.evaluate(countShown);
  } finally {
    await context.close();
  }
}
