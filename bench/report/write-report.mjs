// Writes BENCHMARKS.md from one run: the machine, a summary, a section per figure, how noisy the
// run was, and the commands that reproduce it.
import { coldStartSection, editingSection, generationSection, htmlPptxSection, pdfSection, readingSection, sizeSection } from './figure-sections.mjs';
import { kb, mb, ms, ratio, table } from './format.mjs';
import { noisySpread } from '../lib/stats.mjs';

const sections = {
  generation: ['1. Generation', generationSection],
  'cold-start': ['2. Cold start to first slide', coldStartSection],
  'pdf-export': ['3. PDF export', pdfSection],
  editing: ['4. Editing: keystroke to preview', editingSection],
  'size-and-memory': ['5. Size and memory', sizeSection],
  'html-pptx-export': ['6. HTML and PowerPoint export', htmlPptxSection],
  reading: ['7. Reading documents', readingSection],
};

function summaryRows(run) {
  const rows = [];
  const byId = Object.fromEntries(run.figures.map((figure) => [figure.id, figure]));
  const measured = (figure) => figure && !figure.skipped && !figure.failed && !figure.pending;
  const generation = byId.generation;
  if (measured(generation)) {
    const row = generation.rows.find((candidate) => candidate.words >= 20_000 && candidate.words < 21_000) ?? generation.rows.at(-1);
    rows.push([`generate, ${row.words.toLocaleString('en')} words`, ms(row.docentMs.median), row.peerMs ? `marp → HTML: ${ms(row.peerMs.median)}` : '—', row.peerMs ? ratio(row.docentMs.median, row.peerMs.median) : '—', '≤ 1.0× (and < 1 s)', row.peerMs && row.docentMs.median <= row.peerMs.median && row.docentMs.median < 1000 ? 'yes' : 'no']);
    const small = generation.rows.find((candidate) => candidate.words >= 900 && candidate.words < 1_100);
    if (small?.peerMs) rows.push([`generate, ${small.words.toLocaleString('en')} words`, ms(small.docentMs.median), `marp → HTML: ${ms(small.peerMs.median)}`, ratio(small.docentMs.median, small.peerMs.median), '≤ 0.8×', small.docentMs.median <= 0.8 * small.peerMs.median ? 'yes' : 'no']);
  }
  const cold = byId['cold-start'];
  if (measured(cold)) {
    for (const row of cold.rows) {
      if (!row.revealMs) {
        rows.push([`cold start to first slide, browser host, ${row.deck}`, ms(row.totalMs.median), '—', '—', '—', '—']);
        continue;
      }
      const peer = `plain reveal.js page: ${ms(row.revealMs.median)}`;
      rows.push([`cold start, open page → first slide, ${row.deck}`, ms(row.pageMs.median), peer, ratio(row.pageMs.median, row.revealMs.median), '≤ 1.2×', row.pageMs.median <= 1.2 * row.revealMs.median ? 'yes' : 'no']);
      rows.push([`cold start, spawn \`docent serve\` → first slide, ${row.deck}`, ms(row.totalMs.median), peer, ratio(row.totalMs.median, row.revealMs.median), '≤ 1.2×', row.totalMs.median <= 1.2 * row.revealMs.median ? 'yes' : 'no']);
    }
  }
  const pdf = byId['pdf-export'];
  if (measured(pdf)) {
    const largest = Math.max(...pdf.rows.map((row) => row.slides));
    const limits = { 'marp --pdf': 0.75, 'bare Chromium': 1.3 };
    for (const size of [...new Set(pdf.rows.map((row) => row.slides))]) {
      const docentAt = pdf.rows.find((row) => row.slides === size && row.tool === 'Docent');
      for (const peer of pdf.rows.filter((row) => row.slides === size && row.tool !== 'Docent')) {
        const limit = limits[peer.tool];
        // decktape is far behind; its row is kept for the largest deck only.
        if (!limit && size !== largest) continue;
        const met = limit ? (docentAt.perSlideMs.median <= limit * peer.perSlideMs.median ? 'yes' : 'no') : '—';
        rows.push([`PDF per slide, ${size} slides`, ms(docentAt.perSlideMs.median), `${peer.tool}: ${ms(peer.perSlideMs.median)}`, ratio(docentAt.perSlideMs.median, peer.perSlideMs.median), limit ? `≤ ${limit}×` : '—', met]);
      }
    }
  }
  const editing = byId.editing;
  if (measured(editing)) {
    for (const row of editing.rows) rows.push([`edit → preview p95, ${row.slides} slides`, ms(row.p95Ms.median), '—', '—', row.slides === 200 ? '< 50 ms' : '—', row.slides === 200 ? (row.p95Ms.median < 50 ? 'yes' : 'no') : '—']);
  }
  const size = byId['size-and-memory'];
  if (measured(size)) {
    const { entry } = size.size.parts;
    const revealDist = size.size.reveal.gzipBytes;
    const smaller = (value) => ratio(value, revealDist).replace('faster', 'smaller').replace('slower', 'larger');
    rows.push(['renderer entry every deck loads, gzipped', kb(entry.gzipBytes), `reveal.js 6 dist: ${kb(revealDist)}`, smaller(entry.gzipBytes), '≤ 1×', entry.gzipBytes <= revealDist ? 'yes' : 'no']);
    rows.push(['peak memory presenting 200 slides + 2 maps', mb(size.memory.docentPssMb.median), `plain reveal.js, no maps: ${mb(size.memory.revealPssMb.median)}`, ratio(size.memory.docentPssMb.median, size.memory.revealPssMb.median).replace('faster', 'smaller').replace('slower', 'larger'), '—', '—']);
  }
  for (const figure of run.figures.filter((candidate) => !measured(candidate))) rows.push([sections[figure.id][0], 'not measured', '—', '—', '—', figure.pending ? 'run stopped first' : figure.skipped ? 'see section' : 'failed']);
  return rows;
}

function noisyFigures(figure) {
  const found = [];
  const visit = (value, where) => {
    if (!value || typeof value !== 'object') return;
    if ('noisy' in value && 'median' in value) {
      if (value.noisy) found.push(where);
      return;
    }
    for (const [key, inner] of Object.entries(value)) visit(inner, `${where}${where ? '.' : ''}${key}`);
  };
  visit(figure.rows ?? figure.memory ?? {}, '');
  return found;
}

function noiseSection(run) {
  const cores = run.machine.cores;
  const rows = run.figures.filter((figure) => !figure.pending).map((figure) => {
    const busy = [...new Set([...figure.loadBefore.busy, ...figure.loadAfter.busy])];
    const others = Math.max(figure.loadBefore.othersPercent ?? 0, figure.loadAfter.othersPercent ?? 0);
    const loaded = others >= 20;
    const wide = noisyFigures(figure);
    return [sections[figure.id][0], `${figure.seconds.toFixed(0)} s`, `${figure.loadBefore.loadAverage.toFixed(2)} → ${figure.loadAfter.loadAverage.toFixed(2)}`, `${(figure.loadBefore.othersPercent ?? 0).toFixed(0)}% → ${(figure.loadAfter.othersPercent ?? 0).toFixed(0)}%`, busy.join(', ') || 'none', loaded || wide.length ? `⚠ ${[loaded ? 'machine busy' : '', wide.length ? `wide range in ${wide.length} of its numbers` : ''].filter(Boolean).join('; ')}` : 'quiet'];
  });
  return [
    `A figure is marked ⚠ when its range (max − min) is over ${noisySpread * 100}% of its median, and a run as busy when processes that are not`,
    "the suite's used 20% of a core or more, measured over one second just before and just after the figure (100% is one whole core of the",
    `${cores}). The load average is shown for context only: it also counts the suite's own work.`,
    'Wall times on a busy machine are inflated; the CPU times in sections 1 and 3 are much less affected and are the better guide then.',
    '',
    table(['figure', 'took', 'load average (before → after)', "others' CPU (before → after)", "others' busiest processes", 'verdict'], rows),
  ].join('\n');
}

function busyNote(run) {
  const busy = run.figures.filter((figure) => !figure.pending && Math.max(figure.loadBefore.othersPercent ?? 0, figure.loadAfter.othersPercent ?? 0) >= 20);
  if (busy.length === 0) return 'The machine was quiet: no other process used 20% of a core before or after any figure.\n';
  return (
    `**⚠ This run may be noisy:** ${busy.length} of ${run.figures.length} figures ran while other processes (other engineers' builds and tests on this shared ` +
    "machine) were using the CPU; see [How noisy this run was](#how-noisy-this-run-was). Wall times are inflated there; CPU times much less.\n"
  );
}

function reproduceSection(run) {
  return [
    '```sh',
    '# the peers (marp-cli, decktape) are dev dependencies of bench/ only; run.mjs installs them when missing',
    '(cd bench && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts)',
    'npm run bench                       # full run: builds the app into .tmp-bench-build/, writes BENCHMARKS.md',
    'npm run bench -- --quick            # under 5 minutes: fewer runs and sizes, writes bench/results/BENCHMARKS.quick.md',
    'npm run bench -- --only pdf-export  # one figure (generation, cold-start, pdf-export, editing, size-and-memory, html-pptx-export, reading)',
    'npm run bench -- --no-build         # measure the app already built in out/',
    '```',
    '',
    'By hand, one run of each figure\'s commands (the suite generates the inputs in a temporary folder; `--keep` keeps them):',
    '',
    '```sh',
    '/usr/bin/time -v node bin/docent.mjs generate document.txt --out deck --force',
    '/usr/bin/time -v node bench/node_modules/@marp-team/marp-cli/marp-cli.js slides.md -o slides.html',
    'node bin/docent.mjs serve deck --port 0            # then open the printed URL',
    'node bin/docent.mjs export deck --pdf docent.pdf',
    `node bench/node_modules/decktape/decktape.js reveal --size 1280x720 --pause 100 --chrome-path /usr/bin/chromium --chrome-arg=--no-sandbox file://$PWD/reveal/index.html decktape.pdf`,
    'CHROME_PATH=/usr/bin/chromium node bench/node_modules/@marp-team/marp-cli/marp-cli.js slides.md --pdf --allow-local-files -o marp.pdf',
    '```',
    '',
    `Raw numbers of every run (each sample) are written to bench/results/ (git-ignored). This run: \`node bench/run.mjs ${run.argv.join(' ')}\`.`,
  ].join('\n');
}

export function writeReport(run) {
  const { machine } = run;
  const minutes = (new Date(run.finishedAt) - new Date(run.startedAt)) / 60_000;
  const parts = [
    '# Docent benchmarks',
    '',
    `Written by \`npm run bench\` (bench/run.mjs). ${run.mode === 'full' ? 'Full run' : 'Quick run (fewer runs and sizes)'} of ${run.startedAt.slice(0, 16).replace('T', ' ')} UTC, ` +
      `${minutes.toFixed(1)} minutes, at commit ${machine.commit}${machine.uncommittedFiles ? ` with ${machine.uncommittedFiles} uncommitted file(s) under src/, bin/ or scripts/ (other engineers' work in progress)` : ''}. ` +
      `The app measured: ${run.app}${run.buildMs ? `, built for this run in ${ms(run.buildMs)} with \`electron-vite build\` and the CLI bundler's options; \`docent\` below is its command line, the same bundle \`bin/docent.mjs\` loads from out/` : ''}. ` +
      'Peers run in the same run, interleaved with Docent, on the same Chromium.',
    '',
    'Each figure: median over the runs, with the range (min–max) in brackets; ⚠ marks a wide range. Ratios are Docent ÷ peer (below 1: Docent is faster).',
    '',
    busyNote(run),
    ...(run.finished ? [] : ['**Partial run:** the run was stopped (or is still going) before every figure was measured; the figures not reached say so.', '']),
    '## Machine',
    '',
    table(
      ['', ''],
      [
        ['CPU', `${machine.cpu}, ${machine.cores} cores`],
        ['memory', `${machine.memoryGiB.toFixed(1)} GiB`],
        ['OS', machine.os],
        ['Node', machine.node],
        ['Chromium', `${machine.chromium} (/usr/bin/chromium, for Docent and every peer)`],
        ['packages', Object.entries(machine.versions).map(([name, version]) => `${name} ${version ?? '(missing)'}`).join(', ')],
        ['runs per figure', Object.entries(run.runsByMode).map(([name, count]) => `${name} ${count}`).join(', ')],
        ['load average at start (1 min)', run.figures[0]?.loadBefore ? run.figures[0].loadBefore.loadAverage.toFixed(2) : '—'],
      ],
    ),
    '',
    '## Summary',
    '',
    table(['figure', 'Docent', 'peer (same run)', 'ratio', 'goal', 'met'], summaryRows(run)),
  ];
  for (const figure of run.figures) {
    const [heading, section] = sections[figure.id];
    parts.push('', `## ${heading}`, '', figure.pending ? '**Not measured:** the run stopped before this figure.' : section(figure));
  }
  parts.push('', '## How noisy this run was', '', noiseSection(run), '', '## Reproduce', '', reproduceSection(run), '');
  return parts.join('\n');
}
