// Figure 3: PDF export per slide. The same slides in three forms: Docent's deck.md exported with
// `docent export --pdf`; the same markdown in a plain reveal.js page printed by decktape (reveal.js's
// own print path, driven by the tool reveal.js users reach for); the same content as Marp markdown
// printed by `marp --pdf`; and, as the floor, bare Chromium (Playwright, page.pdf) printing as many
// trivial pages (bench/lib/bare-chromium-print.mjs). Each run is a fresh process, the way a user runs them, so per-slide time
// includes each tool's start-up spread over the deck. Every PDF's page count is checked.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { deckSlides, writeDocentDeck, writeMarpDeck, writeRevealPage } from '../fixtures/make-deck.mjs';
import { app, benchRoot, chromiumPath, peerBin, peerInstalled, repoRoot } from '../lib/paths.mjs';
import { summarize } from '../lib/stats.mjs';
import { expectSuccess, runTimed } from '../lib/timed-process.mjs';
import { exportStages } from '../lib/export-stages.mjs';

export const id = 'pdf-export';
export const title = 'PDF export';

/** decktape waits this long on every slide before printing it (its default, 1000 ms, is for animated decks; transitions are off here). */
export const decktapePauseMs = 100;

async function pageCount(file) {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  return pdf.getPageCount();
}

function tools(folder, count) {
  const slides = deckSlides(count);
  const name = `Benchmark deck, ${count} slides`;
  const docentDeck = writeDocentDeck(path.join(folder, 'docent'), slides, name);
  const revealPage = writeRevealPage(path.join(folder, 'reveal/index.html'), slides, name);
  const marpDeck = writeMarpDeck(path.join(folder, 'marp/slides.md'), slides, name);
  const list = [
    {
      name: 'Docent',
      file: path.join(folder, 'docent.pdf'),
      run: (file) => runTimed(process.execPath, [app.cli, 'export', docentDeck, '--pdf', file], { cwd: repoRoot }),
    },
  ];
  // Not a peer but the floor: Chromium itself, launched and driven the same way, printing as many trivial pages.
  list.push({
    name: 'bare Chromium',
    file: path.join(folder, 'bare-chromium.pdf'),
    run: (file) => runTimed(process.execPath, [path.join(benchRoot, 'lib/bare-chromium-print.mjs'), String(count), file], { cwd: folder }),
  });
  if (peerInstalled('decktape')) {
    list.push({
      name: 'decktape',
      file: path.join(folder, 'decktape.pdf'),
      run: (file) =>
        runTimed(
          process.execPath,
          [peerBin.decktape, 'reveal', '--size', '1280x720', '--pause', String(decktapePauseMs), '--chrome-path', chromiumPath, '--chrome-arg=--no-sandbox', pathToFileURL(revealPage).href, file],
          { cwd: folder },
        ),
    });
  }
  if (peerInstalled('marp')) {
    list.push({
      name: 'marp --pdf',
      file: path.join(folder, 'marp.pdf'),
      run: (file) => runTimed(process.execPath, [peerBin.marp, marpDeck, '--pdf', '--allow-local-files', '-o', file], { cwd: folder, env: { CHROME_PATH: chromiumPath } }),
    });
  }
  return list;
}

async function exportAvailable() {
  const result = await runTimed(process.execPath, [app.cli, 'export', '--help'], { cwd: repoRoot });
  return result.code === 0 && /--pdf/.test(result.stdout);
}

export async function run({ quick, runs, scratch, log }) {
  if (!(await exportAvailable())) return { skipped: '`docent export --pdf` is not in the built command line yet (node bin/docent.mjs export --help fails)' };
  const sizes = quick ? [10, 50] : [10, 50, 200];
  const rows = [];
  const stages = [];
  for (const count of sizes) {
    const list = tools(path.join(scratch, `pdf-${count}`), count);
    const samples = new Map(list.map((tool) => [tool.name, []]));
    const pages = new Map();
    // 200 slides take decktape about a minute a run; two runs there keep the full suite near ten minutes.
    const sizeRuns = count >= 200 ? Math.min(runs, 2) : runs;
    if (count === sizes[0]) {
      // Untimed: loads each tool and Chromium from disk once, so the first timed run is not the only cold one.
      for (const tool of list) expectSuccess(await tool.run(tool.file), `${tool.name} (${count} slides)`);
    }
    for (let index = 0; index < sizeRuns; index += 1) {
      // The order turns each run, so no tool always runs right after another's burst of work.
      const order = list.map((_, position) => list[(position + index) % list.length]);
      for (const tool of order) {
        const result = expectSuccess(await tool.run(tool.file), `${tool.name} (${count} slides)`);
        samples.get(tool.name).push(result);
        pages.set(tool.name, await pageCount(tool.file));
      }
    }
    // Where Docent's time goes at this size: one more export, its progress lines timed (bench/lib/export-stages.mjs).
    const docentTool = list.find((tool) => tool.name === 'Docent');
    const staged = [];
    for (let index = 0; index < Math.min(runs, 3); index += 1) {
      const one = await exportStages(app.cli, path.join(path.dirname(docentTool.file), 'docent'), docentTool.file, repoRoot);
      if (one) staged.push(one);
    }
    if (staged.length) {
      const names = Object.keys(staged[0].stages);
      stages.push({ slides: count, runs: staged.length, stages: Object.fromEntries(names.map((name) => [name, summarize(staged.map((one) => one.stages[name]))])) });
    }
    for (const tool of list) {
      const results = samples.get(tool.name);
      const totalMs = summarize(results.map((result) => result.ms));
      const perSlideMs = summarize(results.map((result) => result.ms / count));
      const perSlideCpuMs = summarize(results.map((result) => result.cpuMs / count));
      const row = { slides: count, tool: tool.name, totalMs, perSlideMs, perSlideCpuMs, pages: pages.get(tool.name), pagesOk: pages.get(tool.name) === count };
      rows.push(row);
      log(`pdf ${count} slides, ${tool.name}: ${perSlideMs.median.toFixed(0)} ms/slide, ${row.pages} pages${row.pagesOk ? '' : ' (WRONG)'}`);
    }
  }
  return { rows, stages, decktapePauseMs, warmUp: true };
}
