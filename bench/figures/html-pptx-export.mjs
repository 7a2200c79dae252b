// Figure 6: the HTML and PowerPoint exports, each next to Marp's own on the same content, in the same
// run: `docent export --html` against `marp --html` (both write one HTML file that presents), and
// `docent export --pptx` against `marp --pptx` (Marp's .pptx holds each slide as a picture; Docent's
// holds editable text boxes, so it measures the rendered slides first). Each run is a fresh process,
// as a user runs them. Every output is checked: that the HTML file holds the deck's last slide, and
// the .pptx's slide count (ppt/slides/slideN.xml in the package).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { deckSlides, writeDocentDeck, writeMarpDeck } from '../fixtures/make-deck.mjs';
import { app, chromiumPath, peerBin, peerInstalled, repoRoot } from '../lib/paths.mjs';
import { summarize } from '../lib/stats.mjs';
import { expectSuccess, runTimed } from '../lib/timed-process.mjs';

export const id = 'html-pptx-export';
export const title = 'HTML and PowerPoint export';

async function pptxSlides(file) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
}

function tools(folder, count) {
  const slides = deckSlides(count);
  const name = `Benchmark deck, ${count} slides`;
  const docentDeck = writeDocentDeck(path.join(folder, 'docent'), slides, name);
  const marpDeck = writeMarpDeck(path.join(folder, 'marp/slides.md'), slides, name);
  const marp = (flag) => (file) => runTimed(process.execPath, [peerBin.marp, marpDeck, flag, '--allow-local-files', '-o', file], { cwd: folder, env: { CHROME_PATH: chromiumPath } });
  const list = [
    { format: 'html', name: 'Docent --html', file: path.join(folder, 'docent.html'), run: (file) => runTimed(process.execPath, [app.cli, 'export', docentDeck, '--html', file], { cwd: repoRoot }) },
    { format: 'pptx', name: 'Docent --pptx', file: path.join(folder, 'docent.pptx'), run: (file) => runTimed(process.execPath, [app.cli, 'export', docentDeck, '--pptx', file], { cwd: repoRoot }) },
  ];
  if (peerInstalled('marp')) {
    list.push({ format: 'html', name: 'marp --html', file: path.join(folder, 'marp.html'), run: marp('--html') });
    list.push({ format: 'pptx', name: 'marp --pptx', file: path.join(folder, 'marp.pptx'), run: marp('--pptx') });
  }
  return list;
}

async function check(tool, count) {
  if (tool.format === 'pptx') {
    const found = await pptxSlides(tool.file);
    return { bytes: statSync(tool.file).size, slides: found, ok: found === count };
  }
  // Both HTML files carry the slides' text (Docent's as the deck's markdown, Marp's as HTML): the last
  // slide's number, as its title starts ("50. …"), must be in it.
  const ok = readFileSync(tool.file, 'utf8').includes(`${count}. `);
  return { bytes: statSync(tool.file).size, slides: ok ? count : 0, ok };
}

async function exportsAvailable() {
  const result = await runTimed(process.execPath, [app.cli, 'export', '--help'], { cwd: repoRoot });
  return result.code === 0 && /--html/.test(result.stdout) && /--pptx/.test(result.stdout);
}

export async function run({ quick, runs, scratch, log }) {
  if (!(await exportsAvailable())) return { skipped: '`docent export --html` and `--pptx` are not in the built command line (node bin/docent.mjs export --help)' };
  const sizes = quick ? [10] : [10, 50];
  const rows = [];
  for (const count of sizes) {
    const list = tools(path.join(scratch, `html-pptx-${count}`), count);
    const samples = new Map(list.map((tool) => [tool.name, []]));
    const checks = new Map();
    // Untimed: loads each tool (and Chromium) from disk once, so the first timed run is not the only cold one.
    if (count === sizes[0]) for (const tool of list) expectSuccess(await tool.run(tool.file), `${tool.name} (${count} slides)`);
    for (let index = 0; index < runs; index += 1) {
      const order = list.map((_, position) => list[(position + index) % list.length]);
      for (const tool of order) {
        samples.get(tool.name).push(expectSuccess(await tool.run(tool.file), `${tool.name} (${count} slides)`));
        checks.set(tool.name, await check(tool, count));
      }
    }
    for (const tool of list) {
      const results = samples.get(tool.name);
      const checked = checks.get(tool.name);
      const row = { slides: count, format: tool.format, tool: tool.name, totalMs: summarize(results.map((result) => result.ms)), cpuMs: summarize(results.map((result) => result.cpuMs)), ...checked };
      rows.push(row);
      log(`${tool.format} ${count} slides, ${tool.name}: ${row.totalMs.median.toFixed(0)} ms, ${(row.bytes / 1024).toFixed(0)} kB${row.ok ? '' : ' (WRONG OUTPUT)'}`);
    }
  }
  return { rows };
}
