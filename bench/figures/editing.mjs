// Figure 4: keystroke-to-preview latency in the editor, at 20 and 200 slides. In the page: the time
// from the keydown event to the animation frame in which the slide beside the editor shows the
// typed text (a MutationObserver notices the change; the next frame is the one that paints it).
// Keys are typed one at a time, each once the previous one is on screen, as a person types.
// When the editor's own latency script (bench/editor-latency.mjs, by the editor's author) is there,
// the suite runs it instead, so the figure is the one its author checks the editor against; this
// file's measurement is the fallback and the cross-check.
/* global document, window, requestAnimationFrame, MutationObserver */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { deckSlides, writeDocentDeck } from '../fixtures/make-deck.mjs';
import { launchChromium, newDeckPage } from '../lib/browser.mjs';
import { startDocentServe } from '../lib/docent-serve.mjs';
import { benchBuildFolder } from '../lib/build-app.mjs';
import { app, benchRoot, repoRoot } from '../lib/paths.mjs';
import { percentile, summarize } from '../lib/stats.mjs';
import { runTimed } from '../lib/timed-process.mjs';

/** The editor author's script: `node bench/editor-latency.mjs --keys N --json`, measuring the app built in out/. */
export const editorScript = path.join(benchRoot, 'editor-latency.mjs');

/**
 * The script measures the app two folders up from itself (`<root>/out`, `<root>/bin/docent.mjs`). When the
 * suite measures its own build, a copy of the script runs from inside that build, unchanged, so both
 * figures measure the same app.
 */
function editorScriptForApp() {
  if (!app.cli.startsWith(benchBuildFolder)) return editorScript;
  const copy = path.join(benchBuildFolder, 'bench/editor-latency.mjs');
  mkdirSync(path.dirname(copy), { recursive: true });
  copyFileSync(editorScript, copy);
  return copy;
}

async function runEditorScript(keystrokes) {
  const script = editorScriptForApp();
  const result = await runTimed(process.execPath, [script, '--keys', String(keystrokes), '--json'], { cwd: repoRoot, timeoutMs: 600_000 });
  if (result.code !== 0) {
    // The cause is the error's first line, above its stack: keep that, not the stack's tail.
    const lines = result.stderr.trim().split('\n');
    const first = Math.max(0, lines.findIndex((line) => /^\w*Error\b/.test(line)));
    const cause = lines.slice(first).filter((line) => !/^\s+at |^Node\.js v|^\s*$|^\s*[{}]/.test(line)).slice(0, 3);
    throw new Error(`bench/editor-latency.mjs exited with ${result.code}: ${cause.join(' / ')}`);
  }
  const json = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')));
  return json.results;
}

/** Runs the editor's own script `runs` times and takes the median of each percentile over the runs. */
async function measureWithEditorScript({ runs, keystrokes, log }) {
  const perRun = [];
  for (let index = 0; index < runs; index += 1) perRun.push(await runEditorScript(keystrokes));
  const rows = perRun[0].map(({ slides }) => {
    const samples = perRun.map((results) => results.find((result) => result.slides === slides));
    const row = {
      slides,
      keystrokes: samples[0].keys,
      p50Ms: summarize(samples.map((sample) => sample.frame.p50)),
      p95Ms: summarize(samples.map((sample) => sample.frame.p95)),
      domP50Ms: summarize(samples.map((sample) => sample.dom.p50)),
      domP95Ms: summarize(samples.map((sample) => sample.dom.p95)),
      maxMs: Math.max(...samples.map((sample) => sample.frame.max)),
      pooledP95Ms: null,
    };
    log(`editing ${slides} slides (bench/editor-latency.mjs): frame p50 ${row.p50Ms.median.toFixed(1)} ms, p95 ${row.p95Ms.median.toFixed(1)} ms; DOM p95 ${row.domP95Ms.median.toFixed(1)} ms`);
    return row;
  });
  return { method: 'editor-script', rows };
}

export const id = 'editing';
export const title = 'Editing: keystroke to preview';

const marker = 'zq';

/** Installs the in-page stopwatch: keydown time, and the frame when the present slide holds `expect`. */
function installStopwatch() {
  const state = { keyAt: 0, expect: '', waiting: false, latencies: [] };
  window.__docentBenchEdit = state;
  document.addEventListener('keydown', (event) => (state.keyAt = event.timeStamp), true);
  const check = () => {
    if (!state.waiting) return;
    const slide = document.querySelector('.reveal .slides section.present');
    if (slide?.textContent?.includes(state.expect)) {
      state.waiting = false;
      // The clock is read inside the frame callback: the frame's own timestamp is when it began, which can be before the change.
      requestAnimationFrame(() => state.latencies.push(performance.now() - state.keyAt));
    }
  };
  new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] });
}

async function openEditorAt(page, slideTitle) {
  await page.keyboard.press('e');
  await page.waitForSelector('.cm-editor .cm-content', { state: 'visible', timeout: 10_000 });
  await page.click('.cm-editor .cm-content');
  // CodeMirror's own search puts the cursor on the slide's heading, as a person would find it.
  await page.keyboard.press('Control+f');
  await page.waitForSelector('.cm-search input[name="search"]', { timeout: 5_000 });
  // Typed, not filled: the search panel takes its query from key events.
  await page.keyboard.type(`## ${slideTitle}`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
}

async function measureDeck(browser, deckFolder, slideTitle, keystrokes) {
  const server = await startDocentServe(deckFolder);
  const page = await newDeckPage(browser);
  try {
    await page.goto(server.url);
    await page.waitForSelector('html[data-docent-ready="true"]', { timeout: 60_000 });
    await openEditorAt(page, slideTitle);
    await page.evaluate(installStopwatch);
    let typed = '';
    const warmUp = 5;
    for (let index = 0; index < keystrokes + warmUp; index += 1) {
      const key = index === 0 ? marker[0] : index === 1 ? marker[1] : 'x';
      typed += key;
      await page.evaluate((expect) => Object.assign(window.__docentBenchEdit, { expect, waiting: true }), `${slideTitle.slice(-6)}${typed}`);
      await page.keyboard.press(key);
      await page.waitForFunction((count) => window.__docentBenchEdit.latencies.length >= count, index + 1, { timeout: 10_000 });
    }
    const latencies = (await page.evaluate(() => window.__docentBenchEdit.latencies)).slice(warmUp);
    return latencies;
  } finally {
    await page.context().close();
    await server.stop();
  }
}

/** The editor is in the build when pressing E in the audience view opens a CodeMirror editor. */
async function editorAvailable(browser, deckFolder) {
  const server = await startDocentServe(deckFolder);
  const page = await newDeckPage(browser);
  try {
    await page.goto(server.url);
    await page.waitForSelector('html[data-docent-ready="true"]', { timeout: 60_000 });
    await page.keyboard.press('e');
    await page.waitForSelector('.cm-editor .cm-content', { state: 'visible', timeout: 5_000 });
    return true;
  } catch {
    return false;
  } finally {
    await page.context().close();
    await server.stop();
  }
}

export async function run({ quick, runs, scratch, log }) {
  const keystrokes = quick ? 30 : 60;
  let editorScriptFailure = null;
  if (existsSync(editorScript)) {
    try {
      return await measureWithEditorScript({ runs, keystrokes, log });
    } catch (error) {
      // Its failure is reported, and the suite's own measurement stands in, so the figure is not lost.
      editorScriptFailure = error instanceof Error ? error.message : String(error);
      log(`bench/editor-latency.mjs failed; measuring with the suite's own harness instead`);
    }
  }
  const decks = [20, 200].map((count) => {
    const slides = deckSlides(count, { maps: 2 });
    // Three quarters of the way in: past both maps, far from the first slide.
    const target = slides[Math.floor(count * 0.75)];
    return { count, title: target.title, folder: writeDocentDeck(path.join(scratch, `editing-${count}`), slides, `Editing, ${count} slides`) };
  });
  const browser = await launchChromium();
  try {
    if (!(await editorAvailable(browser, decks[0].folder))) return { skipped: 'the built renderer has no editor yet (pressing E opens no CodeMirror editor)' };
    const rows = [];
    for (const deck of decks) {
      const p50 = [];
      const p95 = [];
      const all = [];
      for (let index = 0; index < runs; index += 1) {
        const latencies = await measureDeck(browser, deck.folder, deck.title, keystrokes);
        p50.push(percentile(latencies, 0.5));
        p95.push(percentile(latencies, 0.95));
        all.push(...latencies);
      }
      const row = { slides: deck.count, keystrokes, p50Ms: summarize(p50), p95Ms: summarize(p95), pooledP95Ms: percentile(all, 0.95), maxMs: Math.max(...all) };
      rows.push(row);
      log(`editing ${deck.count} slides: p50 ${row.p50Ms.median.toFixed(1)} ms, p95 ${row.p95Ms.median.toFixed(1)} ms`);
    }
    return { method: 'suite', editorScriptFailure, rows };
  } finally {
    await browser.close();
  }
}
