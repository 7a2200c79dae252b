#!/usr/bin/env node
// Docent's benchmark suite: `npm run bench` (full run, writes BENCHMARKS.md) or `npm run bench -- --quick`
// (under 5 minutes, writes bench/results/BENCHMARKS.quick.md). Not part of `npm test`: speed is
// measured here, on this machine, next to the peers, never asserted in a unit test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as coldStart from './figures/cold-start.mjs';
import * as editing from './figures/editing.mjs';
import * as generation from './figures/generation.mjs';
import * as htmlPptxExport from './figures/html-pptx-export.mjs';
import * as pdfExport from './figures/pdf-export.mjs';
import * as reading from './figures/reading.mjs';
import * as sizeAndMemory from './figures/size-and-memory.mjs';
import { describeMachine, machineLoad } from './lib/machine.mjs';
import { buildApp } from './lib/build-app.mjs';
import { app, benchRoot, peerInstalled, reportFile, resultsFolder, useBuild } from './lib/paths.mjs';
import { writeReport } from './report/write-report.mjs';

const figures = [generation, coldStart, pdfExport, editing, sizeAndMemory, htmlPptxExport, reading];

/** Runs per figure: enough for a median; the full run has more, the quick one stays under 5 minutes. */
const runsByMode = {
  quick: { generation: 3, 'cold-start': 3, 'pdf-export': 2, editing: 1, 'size-and-memory': 1, 'html-pptx-export': 2, reading: 2 },
  full: { generation: 5, 'cold-start': 5, 'pdf-export': 3, editing: 3, 'size-and-memory': 2, 'html-pptx-export': 3, reading: 3 },
};

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    report: { type: 'string' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  process.stdout.write(`Usage: npm run bench [-- --quick] [--only ${figures.map((figure) => figure.id).join(',')}] [--no-build] [--report FILE] [--keep]
  --quick     fewer runs and sizes, under 5 minutes; writes bench/results/BENCHMARKS.quick.md
  --only      run only these figures (comma-separated)
  --no-build  measure the app as built in out/ (default: the suite builds its own copy in .tmp-bench-build/,
              so another build of out/ during the run cannot disturb it)
  --report    where to write the report (default: BENCHMARKS.md for a full run)
  --keep      keep the generated decks, documents and PDFs (printed at the end)
`);
  process.exit(0);
}

const mode = values.quick ? 'quick' : 'full';
const selected = values.only ? values.only.split(',').map((name) => name.trim()) : figures.map((figure) => figure.id);
const unknown = selected.filter((name) => !figures.some((figure) => figure.id === name));
if (unknown.length) {
  process.stderr.write(`bench: no figure named ${unknown.join(', ')}\n`);
  process.exit(2);
}
const log = (line) => process.stdout.write(`bench: ${line}\n`);

function installPeers() {
  if (peerInstalled('marp') && peerInstalled('decktape')) return;
  log('installing the peers (bench/package-lock.json) with npm ci --ignore-scripts');
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: benchRoot, stdio: 'inherit', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
}

async function build() {
  const started = performance.now();
  log('building the app into .tmp-bench-build (electron-vite build, then the command line)');
  useBuild(await buildApp());
  return performance.now() - started;
}

installPeers();
const buildMs = values['no-build'] ? null : await build();
if (!existsSync(app.cli) || !existsSync(path.join(app.renderer, 'index.html'))) {
  process.stderr.write(`bench: no built app at ${app.label}; run "npm run build" or drop --no-build\n`);
  process.exit(1);
}
log(`measuring the app in ${app.label}`);

const scratch = mkdtempSync(path.join(os.tmpdir(), 'docent-bench-'));
const startedAt = new Date();
const machine = describeMachine();
const results = [];
const target = values.report ? path.resolve(values.report) : mode === 'full' && !values.only ? reportFile : path.join(resultsFolder, `BENCHMARKS.${mode}.md`);
const rawFile = path.join(resultsFolder, `${mode}-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
mkdirSync(resultsFolder, { recursive: true });

/** Writes the report and the raw numbers as they stand: after every figure, so a run cut short still leaves what it measured. */
function save(finished) {
  const pending = figures.filter((figure) => selected.includes(figure.id) && !results.some((result) => result.id === figure.id));
  const run = {
    mode,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    finished,
    buildMs,
    app: app.label,
    machine,
    runsByMode: runsByMode[mode],
    figures: [...results, ...pending.map((figure) => ({ id: figure.id, title: figure.title, pending: true }))],
    argv: process.argv.slice(2),
  };
  writeFileSync(rawFile, `${JSON.stringify(run, null, 2)}\n`);
  writeFileSync(path.join(resultsFolder, `latest-${mode}.json`), `${JSON.stringify(run, null, 2)}\n`);
  const markdown = writeReport(run);
  writeFileSync(target, markdown);
  return markdown;
}

log(`${mode} run on ${machine.cpu} (${machine.cores} cores), load average ${os.loadavg()[0].toFixed(2)}; scratch ${scratch}`);
for (const figure of figures) {
  if (!selected.includes(figure.id)) continue;
  const loadBefore = await machineLoad();
  const figureStarted = performance.now();
  log(`— ${figure.title}`);
  let result;
  try {
    result = await figure.run({ quick: mode === 'quick', runs: runsByMode[mode][figure.id], scratch, log });
  } catch (error) {
    result = { failed: error instanceof Error ? error.message : String(error) };
    log(`${figure.id} failed: ${result.failed}`);
  }
  if (result.skipped) log(`${figure.id} not measured: ${result.skipped}`);
  results.push({ id: figure.id, title: figure.title, seconds: (performance.now() - figureStarted) / 1000, loadBefore, loadAfter: await machineLoad(), ...result });
  save(false);
}
const markdown = save(true);
process.stdout.write(`\n${markdown}\n`);
log(`report written to ${path.relative(process.cwd(), target) || target}; raw numbers in ${path.relative(process.cwd(), rawFile)}`);
if (values.keep) log(`kept ${scratch}`);
else rmSync(scratch, { recursive: true, force: true });
log(`took ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s`);
