// Figure 5: what Docent costs to carry and to run. The renderer bundle as built (gzip, level 6, as
// a web server would send it), next to reveal.js's own distribution for scale; and the peak memory
// (PSS, summed over the host process and every Chromium process, sampled every 250 ms) while presenting a 200-slide deck
// with two maps from the first slide to the last, next to the same 200 slides in a plain reveal.js page.
/* global document */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { deckSlides, writeDocentDeck, writeRevealPage } from '../fixtures/make-deck.mjs';
import { launchChromium, newDeckPage, presentIndex } from '../lib/browser.mjs';
import { startDocentServe } from '../lib/docent-serve.mjs';
import { sampleTreeMemory } from '../lib/process-memory.mjs';
import { app, repoRoot, resultsFolder } from '../lib/paths.mjs';
import { summarize } from '../lib/stats.mjs';

export const id = 'size-and-memory';
export const title = 'Size and memory';

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function measureFile(file) {
  const bytes = readFileSync(file);
  return { files: 1, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

function add(totals, file) {
  const one = measureFile(file);
  return { files: totals.files + 1, bytes: totals.bytes + one.bytes, gzipBytes: totals.gzipBytes + one.gzipBytes };
}

const none = { files: 0, bytes: 0, gzipBytes: 0 };
const measure = (files) => [...files].reduce(add, none);

/** The chunks a page loads on first use, by the module of src/renderer each starts from. */
export const lazyParts = [
  ['editor', 'editor/editor-session.ts', 'the editor (CodeMirror, live preview)', 'when the editor is first opened'],
  ['speaker', 'speaker/speaker-view.ts', 'speaker view', 'by the speaker view'],
  ['print', 'print/print-view.ts', 'print view', 'by the PDF, PNG and PowerPoint exports'],
  ['remote', 'remote/remote-page.ts', 'phone remote page', 'by the phone'],
  ['map', 'map/map-plugin.ts', 'map plugin (Leaflet)', 'by a deck with a map'],
  ['code', 'deck/highlight-code.ts', 'code highlighting (highlight.js)', 'by a deck with code'],
  ['math', 'deck/render-math.ts', 'math (KaTeX; its fonts below)', 'by a deck with math'],
];

/**
 * The renderer as built, in the parts a deck loads, read from the build's manifest (.vite/manifest.json):
 * the entry (index.html, its script, the chunks it imports and their stylesheets: what every deck loads),
 * each chunk loaded on first use (with what it imports that the entry does not hold), the white theme
 * (the default; each theme is its own stylesheet) with the font files it names, the basemap, and the rest.
 */
export function bundleSize() {
  const files = filesUnder(app.renderer).filter((file) => !file.endsWith('.map') && !file.includes(`${path.sep}.vite${path.sep}`));
  const builtAt = new Date(Math.max(...files.map((file) => statSync(file).mtimeMs))).toISOString();
  const manifest = JSON.parse(readFileSync(path.join(app.renderer, '.vite/manifest.json'), 'utf8'));
  const full = (file) => path.join(app.renderer, file);
  /** A chunk's own script and stylesheets and those of every chunk it imports statically. */
  const closure = (key, into = new Set()) => {
    const entry = manifest[key];
    if (!entry || into.has(full(entry.file))) return into;
    into.add(full(entry.file));
    for (const css of entry.css ?? []) into.add(full(css));
    for (const imported of entry.imports ?? []) closure(imported, into);
    return into;
  };
  const entry = closure('index.html');
  entry.add(full('index.html'));
  const counted = new Set(entry);
  const lazy = lazyParts.map(([id, source, label, loaded]) => {
    const own = [...closure(source)].filter((file) => !entry.has(file));
    own.forEach((file) => counted.add(file));
    return { id, label, loaded, ...measure(own) };
  });
  const katexFonts = files.filter((file) => /KaTeX_[\w-]+\.(?:woff2?|ttf)$/.test(path.basename(file)));
  katexFonts.forEach((file) => counted.add(file));
  const whiteKey = Object.keys(manifest).find((key) => /reveal\.js\/dist\/theme\/white\.css$/.test(key));
  const whiteCss = whiteKey ? full(manifest[whiteKey].file) : null;
  const whiteFonts = whiteCss ? [...new Set([...readFileSync(whiteCss, 'utf8').matchAll(/url\("?([^")]+\.(?:woff2?|ttf|otf))"?\)/g)].map((match) => path.join(path.dirname(whiteCss), match[1])))] : [];
  const white = whiteCss ? [whiteCss, ...whiteFonts] : [];
  white.forEach((file) => counted.add(file));
  const basemap = files.filter((file) => /countries-[\w-]+\.json$/.test(path.basename(file)));
  basemap.forEach((file) => counted.add(file));
  const parts = {
    entry: measure(entry),
    entryScripts: measure([...entry].filter((file) => file.endsWith('.js'))),
    whiteThemeCss: measure(whiteCss ? [whiteCss] : []),
    whiteThemeFonts: measure(whiteFonts),
    katexFonts: measure(katexFonts),
    basemap: measure(basemap),
    other: measure(files.filter((file) => !counted.has(file))),
  };
  const reveal = path.join(repoRoot, 'node_modules/reveal.js/dist');
  const revealFiles = [path.join(reveal, 'reveal.js'), path.join(reveal, 'reveal.css'), path.join(reveal, 'theme/white.css'), path.join(reveal, 'plugin/markdown.js')];
  const revealTheme = measure([path.join(reveal, 'theme/white.css')]);
  return { builtAt, parts, lazy, entryFiles: [...entry].map((file) => path.relative(app.renderer, file)), reveal: measure(revealFiles), revealWhiteTheme: revealTheme };
}

/**
 * Goes through every slide with the arrow key, as a presenter does, stopping on each map slide until
 * its map is drawn (maps are drawn when their slide is shown). Returns the index reached.
 */
async function presentEverySlide(page, slideCount, mapSlides) {
  let mapsDrawn = 0;
  for (let index = 1; index < slideCount; index += 1) {
    await page.keyboard.press('ArrowRight');
    if (mapSlides.includes(index)) {
      await page.waitForSelector('.reveal .slides > section.present [data-map-ready="true"]', { timeout: 60_000 });
      mapsDrawn += 1;
    }
  }
  await page.waitForFunction((last) => document.querySelector('.reveal .slides > section.present') === document.querySelectorAll('.reveal .slides > section')[last], slideCount - 1, { timeout: 30_000 }).catch(() => undefined);
  return { last: await presentIndex(page), mapsDrawn };
}

async function presentOnce({ open, slideCount, mapSlides, screenshot }) {
  const sampler = sampleTreeMemory(process.pid);
  let browser;
  let closeSource = async () => undefined;
  try {
    browser = await launchChromium();
    const page = await newDeckPage(browser);
    closeSource = await open(page);
    const { last, mapsDrawn } = await presentEverySlide(page, slideCount, mapSlides);
    if (last !== slideCount - 1) throw new Error(`presented up to slide ${last + 1} of ${slideCount}`);
    if (screenshot) {
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      await page.waitForSelector('.reveal .slides > section.present [data-map-ready="true"]', { timeout: 30_000 }).catch(() => undefined);
      await page.screenshot({ path: screenshot });
    }
    return { ...(await sampler.stop()), mapsDrawn };
  } finally {
    await sampler.stop();
    await browser?.close();
    await closeSource();
  }
}

export async function run({ runs, scratch, log }) {
  const size = bundleSize();
  const slides = deckSlides(200, { maps: 2 });
  const mapSlides = slides.flatMap((slide, index) => (slide.map ? [index] : []));
  const deckFolder = writeDocentDeck(path.join(scratch, 'memory-200'), slides, 'Presenting, 200 slides');
  const revealPage = writeRevealPage(path.join(scratch, 'memory-200-reveal/index.html'), deckSlides(200), 'Presenting, 200 slides');
  mkdirSync(resultsFolder, { recursive: true });
  const screenshot = path.join(resultsFolder, 'presenting-200-slides-map.png');
  const docent = [];
  const reveal = [];
  for (let index = 0; index < runs; index += 1) {
    docent.push(
      await presentOnce({
        slideCount: 200,
        mapSlides,
        screenshot: index === 0 ? screenshot : null,
        open: async (page) => {
          const server = await startDocentServe(deckFolder);
          await page.goto(server.url);
          await page.waitForSelector('html[data-docent-ready="true"]', { timeout: 60_000 });
          return server.stop;
        },
      }),
    );
    reveal.push(
      await presentOnce({
        slideCount: 200,
        mapSlides: [],
        open: async (page) => {
          await page.goto(pathToFileURL(revealPage).href);
          await page.waitForSelector('.reveal.ready', { timeout: 60_000 });
          return async () => undefined;
        },
      }),
    );
  }
  const memory = {
    docentPssMb: summarize(docent.map((sample) => sample.peakPssKb / 1024)),
    docentRssMb: summarize(docent.map((sample) => sample.peakRssKb / 1024)),
    hostPssMb: summarize(docent.map((sample) => sample.peakNodePssKb / 1024)),
    browserPssMb: summarize(docent.map((sample) => sample.peakBrowserPssKb / 1024)),
    mapsDrawn: Math.min(...docent.map((sample) => sample.mapsDrawn)),
    revealPssMb: summarize(reveal.map((sample) => sample.peakPssKb / 1024)),
    revealRssMb: summarize(reveal.map((sample) => sample.peakRssKb / 1024)),
    screenshot,
  };
  log(`memory presenting 200 slides: docent ${memory.docentPssMb.median.toFixed(0)} MB PSS (${memory.mapsDrawn} maps drawn), reveal.js alone ${memory.revealPssMb.median.toFixed(0)} MB`);
  return { size, memory };
}
