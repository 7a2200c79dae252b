// The renderer in chunks: every deck loads the entry (the audience view, reveal.js); the editor, the
// speaker and print views, the map plugin (Leaflet, the basemap), highlighting and math load the
// first time a page needs them. Each case checks that a chunk is fetched when, and only when, it is
// needed, that what it draws is there, and that nothing is refused by the CSP, fails, or leaves the app.
// The chunks are found through the build's manifest (out/renderer/.vite/manifest.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
// window.__docentMaps and window.__docentMapsReady, as the renderer declares them.
import type {} from '../../src/renderer/map/map-probe';
import { startDocentServer, type DocentServer } from './support/docent-server';
import { openDeck } from './support/present';

const renderer = path.resolve(import.meta.dirname, '../../out/renderer');
const manifest = JSON.parse(readFileSync(path.join(renderer, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; css?: string[] }>;

/** The chunk (URL path) that holds a module of src/renderer. */
function chunk(source: string): string {
  const entry = manifest[source];
  if (!entry) throw new Error(`the build's manifest has no chunk for ${source}`);
  return `/${entry.file}`;
}

const lazy = {
  editor: chunk('editor/editor-session.ts'),
  speaker: chunk('speaker/speaker-view.ts'),
  print: chunk('print/print-view.ts'),
  map: chunk('map/map-plugin.ts'),
  code: chunk('deck/highlight-code.ts'),
  math: chunk('deck/render-math.ts'),
};
type Part = keyof typeof lazy;

interface Watched {
  /** Paths fetched from the app, in order. */
  fetched: string[];
  problems: string[];
}

/** Records what the page fetches, and everything that went wrong: CSP refusals, failed or off-app requests, page errors. */
async function watch(page: Page, origin: string): Promise<Watched> {
  const watched: Watched = { fetched: [], problems: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP refused ${event.blockedURI} (${event.violatedDirective})`));
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watched.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => watched.problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`${origin}/`)) watched.fetched.push(new URL(url).pathname);
    else if (!url.startsWith('data:') && !url.startsWith('blob:')) watched.problems.push(`left the app: ${url}`);
  });
  page.on('requestfailed', (request) => {
    // The event stream stays open for the page's life: leaving the page ends it.
    if (new URL(request.url()).pathname === '/api/events' && request.failure()?.errorText === 'net::ERR_ABORTED') return;
    watched.problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watched.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return watched;
}

function loaded(watched: Watched): Part[] {
  return (Object.keys(lazy) as Part[]).filter((part) => watched.fetched.includes(lazy[part]));
}

let basic: DocentServer;
let codeAndMath: DocentServer;
let map: DocentServer;
test.beforeAll(async () => {
  [basic, codeAndMath, map] = await Promise.all([startDocentServer('tests/fixtures/decks/basic'), startDocentServer('tests/fixtures/decks/code-and-math'), startDocentServer('tests/fixtures/decks/map-basic')]);
});
test.afterAll(async () => Promise.all([basic, codeAndMath, map].map((server) => server.stop())));

test('a plain deck loads no chunk it does not use; its theme fonts are files of their own, and load', async ({ page }) => {
  const watched = await watch(page, basic.origin);
  await openDeck(page, basic.url);
  await expect(page.locator('.reveal .slides > section.present h1')).toHaveText('A basic deck');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  expect(loaded(watched)).toEqual([]);
  expect(watched.fetched.some((file) => file.endsWith('.json'))).toBe(false);

  // The white theme's stylesheet names its fonts as files; the browser fetched the ones the slides use and they loaded.
  const themeHref = await page.locator('link#docent-theme').getAttribute('href');
  const themeCss = readFileSync(path.join(renderer, new URL(themeHref!, basic.origin).pathname), 'utf8');
  expect(themeCss).not.toMatch(/data:(?:font|application\/(?:x-)?font)/);
  const fontFiles = [...themeCss.matchAll(/url\("?([^")]+\.woff2?)"?\)/g)].map((match) => match[1]);
  expect(fontFiles.length).toBeGreaterThan(0);
  expect(watched.fetched.some((file) => /\.woff2?$/.test(file))).toBe(true);
  const faces = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Source Sans Pro').map((face) => face.status);
  });
  expect(faces).toContain('loaded');
  expect(faces).not.toContain('error');

  // The editor arrives with the first E.
  await page.keyboard.press('e');
  await expect(page.locator('.docent-editor .cm-editor')).toBeVisible();
  await expect(page.locator('.docent-editor .cm-content')).toContainText('title: A basic deck');
  expect(loaded(watched)).toEqual(['editor']);
  expect(watched.problems).toEqual([]);
});

test('code and math load their highlighter and KaTeX, in the audience, speaker and print views', async ({ page }) => {
  const watched = await watch(page, codeAndMath.origin);
  await openDeck(page, codeAndMath.url);
  // Enhanced before reveal.js laid the slides out: every slide already is.
  await expect(page.locator('.reveal pre.code-wrapper .hljs-keyword').first()).toBeAttached();
  await expect(page.locator('.reveal .katex').first()).toBeAttached();
  expect(loaded(watched).sort()).toEqual(['code', 'math']);

  await page.goto(`${codeAndMath.origin}/speaker`);
  await page.waitForSelector('html[data-docent-ready="true"]');
  await expect(page.locator('.speaker-current .reveal pre.code-wrapper .hljs-keyword').first()).toBeAttached();
  expect(loaded(watched).sort()).toEqual(['code', 'math', 'speaker']);

  await page.goto(`${codeAndMath.origin}/print?layout=slides&paper=a4&steps=0`);
  await page.waitForSelector('html[data-docent-ready="true"]');
  const plan = await page.evaluate(async () => (window as unknown as { __docentPrint: { ready: Promise<{ pages: unknown[] }> } }).__docentPrint.ready);
  expect(plan.pages.length).toBeGreaterThan(0);
  await expect(page.locator('.pdf-page pre.code-wrapper .hljs-keyword').first()).toBeAttached();
  await expect(page.locator('.pdf-page .katex').first()).toBeAttached();
  expect(loaded(watched).sort()).toEqual(['code', 'math', 'print', 'speaker']);
  expect(watched.problems).toEqual([]);
});

test('a map deck loads the map plugin and the basemap, and draws its map in the audience and speaker views', async ({ page }) => {
  const watched = await watch(page, map.origin);
  await openDeck(page, map.url);
  const mapSlide = page.locator('.reveal .slides section:has(figure.docent-map)').first();
  await expect(mapSlide).toBeAttached();
  expect(loaded(watched)).toEqual(['map']);
  // Drawn when its slide is near: ask for every map, as the PDF export does.
  await page.evaluate(async () => window.__docentMapsReady?.());
  await expect(page.locator('figure.docent-map[data-map-ready="true"] .leaflet-pane').first()).toBeAttached();
  expect(watched.fetched.some((file) => /countries-50m-[\w-]+\.json$/.test(file))).toBe(true);

  await page.goto(`${map.origin}/speaker`);
  await page.waitForSelector('html[data-docent-ready="true"]');
  await page.evaluate(async () => window.__docentMapsReady?.());
  await expect(page.locator('.speaker-pane figure.docent-map[data-map-ready="true"] .leaflet-pane').first()).toBeAttached();
  expect(loaded(watched).sort()).toEqual(['map', 'speaker']);
  expect(watched.problems).toEqual([]);
});

test('the map hooks the PDF export calls are there on a deck without a map, and answer at once', async ({ page }) => {
  await openDeck(page, basic.url);
  expect(await page.evaluate(async () => {
    await window.__docentMapsReady?.();
    return { ready: typeof window.__docentMapsReady, maps: window.__docentMaps?.length };
  })).toEqual({ ready: 'function', maps: 0 });
});

test('the PDF exporter finds the print handle even when the print view arrives after the page has loaded', async ({ page }) => {
  // Hold the print view's chunk back, as a busy machine can: the exporter asks for the handle right after 'load'.
  await page.route(`**${lazy.print}`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(`${codeAndMath.origin}/print?layout=slides&paper=a4&steps=0#token=${codeAndMath.token}`, { waitUntil: 'load' });
  const early = await page.evaluate(() => (window as unknown as { __docentPrint?: { status(): { stage: string } } }).__docentPrint?.status().stage ?? 'no handle');
  expect(early).toBe('loading');
  const plan = await page.evaluate(async () => (window as unknown as { __docentPrint: { ready: Promise<{ pages: unknown[] }> } }).__docentPrint.ready);
  expect(plan.pages.length).toBeGreaterThan(0);
});
