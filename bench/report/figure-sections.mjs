// One section of BENCHMARKS.md per figure: what was measured, the table, and what it means.
import { decktapePauseMs } from '../figures/pdf-export.mjs';
import { kb, mb, ms, ratio, spread, table } from './format.mjs';
import { whySlower } from './why-slower.mjs';

function notMeasured(figure) {
  if (figure.skipped) return `**Not measured:** ${figure.skipped}.`;
  if (figure.failed) return `**Not measured: the run failed.**\n\n\`\`\`\n${figure.failed}\n\`\`\``;
  return null;
}

export function generationSection(figure) {
  const missing = notMeasured(figure);
  if (missing) return missing;
  const rows = figure.rows.map((row) => [
    row.words.toLocaleString('en'),
    String(row.slides),
    spread(row.docentMs),
    spread(row.docentCpuMs),
    ms(row.docentMs.median / (row.words / 1000)),
    spread(row.docentPeakMb, mb),
    row.peerMs ? spread(row.peerMs) : '—',
    row.peerCpuMs ? spread(row.peerCpuMs) : '—',
    row.peerPeakMb ? spread(row.peerPeakMb, mb) : '—',
    row.peerMs ? ratio(row.docentMs.median, row.peerMs.median) : '—',
  ]);
  const twentyK = figure.rows.find((row) => row.words >= 20_000 && row.words < 21_000);
  const growth = figure.timeGrowth;
  const lines = [
    'Each run is its own process (`docent generate <doc> --out <folder> --force`); wall time from spawn to exit, CPU time (user + system), peak memory is the',
    "process's maximum resident set size (GNU `time -v`). Documents are built deterministically from the default article and the suite's own",
    'texts (bench/fixtures), repeated with each copy varied. The peer is `marp` turning the same paragraphs, cut into slides, into HTML',
    `(the markdown is a few percent longer: the slide headings). ${figure.warmUp ? 'One untimed run of each comes first.' : 'No untimed warm-up run (--quick).'}`,
    '',
    table(['words', 'slides made', 'Docent wall', 'Docent CPU', 'wall per 1k words', 'Docent peak memory', 'marp wall', 'marp CPU', 'marp peak memory', 'wall ratio'], rows),
    '',
  ];
  if (figure.startup) {
    lines.push(
      `Start-up alone (\`docent generate --help\`: the same bundle and packages loaded, no work): ${spread(figure.startup.ms)} wall, ${spread(figure.startup.cpuMs)} CPU, ` +
        `${spread(figure.startup.peakMb, mb)} peak memory.`,
      '',
    );
  }
  if (growth && growth.perUnit <= 0) {
    lines.push('Growth of the whole command: wall time does not grow measurably over this range; the fixed cost and the noise are larger than the cost of the words (see the CPU line below).');
  } else if (growth) {
    lines.push(
      `Growth of the whole command: wall time ∝ words^${growth.exponent.toFixed(2)} over this range (1.00 is linear; near 0 means the fixed cost hides the rest). ` +
        `A straight-line fit gives a fixed cost of ${ms(growth.fixed)} plus ${ms(growth.perUnit * 1000)} per 1,000 words.` +
        (figure.memoryGrowth ? ` Peak memory grows as words^${figure.memoryGrowth.exponent.toFixed(2)}.` : ''),
    );
  }
  if (figure.workGrowth && figure.workGrowth.perUnit <= 0) {
    lines.push('', 'The work itself (CPU time above start-up alone) does not grow measurably with length over this range: the goal of linear growth holds.');
  } else if (figure.workGrowth) {
    lines.push(
      '',
      `The work itself (CPU time above start-up alone): ∝ words^${figure.workGrowth.exponent.toFixed(2)}, about ${ms(figure.workGrowth.perUnit * 1000)} of CPU per 1,000 words ` +
        `on top of ${ms(figure.workGrowth.fixed)} that does not depend on length (among it, building the place gazetteer on first use). ` +
        (figure.workGrowth.exponent <= 1.15 ? 'Linear or better: the goal of linear growth holds.' : 'Faster than linear: the goal of linear growth does not hold.'),
    );
  }
  const oneK = figure.rows.find((row) => row.words >= 900 && row.words < 1_100);
  if (twentyK) {
    const met = twentyK.docentMs.median < 1000;
    lines.push('', `Goal (issue 3): 20,000 words in under 1 s — **${met ? 'met' : 'not met'}** (median ${ms(twentyK.docentMs.median)}).`);
  }
  const against = (row, limit) => (row?.peerMs ? `**${row.docentMs.median <= limit * row.peerMs.median ? 'met' : 'not met'}** (${ratio(row.docentMs.median, row.peerMs.median)})` : 'not measured');
  if (twentyK || oneK) lines.push('', `Goals (issue 17), wall time against marp's markdown → HTML of the same text: 20,000 words ≤ 1.0× — ${against(twentyK, 1)}; 1,000 words ≤ 0.8× — ${against(oneK, 0.8)}.`);
  const slower = figure.rows.some((row) => row.peerMs && row.docentMs.median > row.peerMs.median);
  if (slower || (twentyK && twentyK.docentMs.median >= 1000)) lines.push('', whySlower.generation(figure));
  return lines.join('\n');
}

export function coldStartSection(figure) {
  const missing = notMeasured(figure);
  if (missing) return missing;
  const baseline = figure.rows.every((row) => row.revealMs);
  const rows = figure.rows.map((row) => [
    row.deck,
    spread(row.totalMs),
    spread(row.serverMs),
    row.pageMs ? spread(row.pageMs) : '—',
    row.revealMs ? spread(row.revealMs) : '—',
    row.revealMs ? ratio(row.pageMs.median, row.revealMs.median) : '—',
    row.revealMs ? ratio(row.totalMs.median, row.revealMs.median) : '—',
  ]);
  const lines = [
    'From spawning `docent serve <deck> --port 0` to the animation frame in which the first slide has text and a size on screen',
    "(Playwright polls every frame in the page; the page's clock and the suite's are both wall clocks). The Chromium window is already open,",
    `as a user's browser is; launching it took ${ms(figure.browserLaunchMs)} on top, once; each start opens a fresh browser context (an empty cache).`,
    'The baseline is the same deck as a plain reveal.js 6 page opened from a file (reveal.js, its CSS, the deck\'s theme and its markdown plugin, the slides',
    "inline; Docent's separators), timed from opening the page to the same frame, interleaved with Docent's starts. One untimed start of each comes first.",
    '',
    table(['deck', 'spawn → first slide painted', 'of which: spawn → URL printed', 'open page → first slide painted', 'plain reveal.js page from a file', 'page vs reveal.js', 'whole (from spawn) vs reveal.js'], rows),
    '',
    `**Electron:** ${figure.electronSkipped ? `not measured — ${figure.electronSkipped}.` : 'measured from launch to the first slide painted in the window.'}`,
  ];
  if (figure.electronRows) lines.push('', table(['deck', 'launch → first slide painted'], figure.electronRows.map((row) => [row.deck, spread(row.totalMs)])));
  if (baseline) {
    const verdict = (key) => (figure.rows.every((row) => row[key].median <= 1.2 * row.revealMs.median) ? 'met' : 'not met');
    lines.push(
      '',
      `Goal (issue 17): ≤ 1.2× the plain reveal.js page. The page alone (opened on a running \`docent serve\`, as the app's window or a second tab is) — **${verdict('pageMs')}**; ` +
        `the whole start, \`docent serve\` spawned included — **${verdict('totalMs')}**.`,
    );
  }
  lines.push('', whySlower.coldStart(figure));
  return lines.join('\n');
}

export function pdfSection(figure) {
  const missing = notMeasured(figure);
  if (missing) return missing;
  const bySize = new Map();
  for (const row of figure.rows) {
    if (!bySize.has(row.slides)) bySize.set(row.slides, []);
    bySize.get(row.slides).push(row);
  }
  const rows = [];
  for (const [slides, tools] of bySize) {
    const docent = tools.find((tool) => tool.tool === 'Docent');
    for (const tool of tools) {
      rows.push([
        String(slides),
        tool.tool,
        spread(tool.perSlideMs),
        spread(tool.perSlideCpuMs),
        spread(tool.totalMs),
        `${tool.pages}${tool.pagesOk ? ' ✓' : ` ✗ (expected ${slides})`}`,
        tool === docent ? '' : ratio(docent?.perSlideMs.median, tool.perSlideMs.median),
      ]);
    }
  }
  /** Whether Docent's per-slide time is within `limit` × this tool's at every size measured. */
  const within = (name, limit) => {
    const sizes = [...bySize.values()].filter((tools) => tools.some((tool) => tool.tool === name));
    if (sizes.length === 0) return null;
    return sizes.every((tools) => tools.find((tool) => tool.tool === 'Docent').perSlideMs.median <= limit * tools.find((tool) => tool.tool === name).perSlideMs.median);
  };
  const verdict = (met) => (met === null ? 'not measured (tool missing)' : met ? 'met' : 'not met at every size');
  const marpMet = within('marp --pdf', 0.75);
  const bareMet = within('bare Chromium', 1.3);
  const slower = marpMet === false || bareMet === false;
  const lines = [
    'The same slides (text, three bullets and a note each; no maps, which only Docent can draw) in three forms: Docent\'s deck.md exported with',
    '`docent export <deck> --pdf <file>`; the same markdown in a plain reveal.js 6 page (its markdown plugin, 1280×720, white theme)',
    `printed by \`decktape reveal --size 1280x720 --pause ${decktapePauseMs}\` (decktape's default pause is 1000 ms a slide; transitions are off, so a`,
    'shorter pause is kinder to decktape); the same content as Marp markdown printed by `marp --pdf`. The floor, "bare Chromium", is a Node process that',
    'launches the same Chromium through Playwright, loads a page of as many trivial 1280×720 pages (one line of text each) and prints it with page.pdf',
    '(bench/lib/bare-chromium-print.mjs): no exporter can print with Chromium for less. Each run is a fresh process of each tool,',
    'in turn (the order rotates each run), all with /usr/bin/chromium. Per slide = whole run ÷ slides, start-up included, as a user waits for it.',
    `Every PDF is reopened with pdf-lib and its pages counted. ${figure.warmUp ? 'One untimed export by each tool comes first.' : 'No untimed warm-up export (--quick).'}`,
    '',
    table(['slides', 'tool', 'per slide (wall)', 'per slide (CPU, all processes)', 'whole export (wall)', 'pages', 'Docent vs this tool, per slide (wall)'], rows),
    '',
    `Goals (issue 17), per slide at every size: ≤ 0.75× \`marp --pdf\` — **${verdict(marpMet)}**; ≤ 1.3× bare Chromium — **${verdict(bareMet)}**.`,
  ];
  if (figure.stages?.length) {
    const names = Object.keys(figure.stages[0].stages);
    const labels = { start: 'start: Node, command, deck, host', page: 'page and renderer load', readiness: 'readiness (layout, fonts, maps)', print: 'Chromium page.pdf', finish: 'pdf-lib pass', end: 'write, close' };
    lines.push(
      '',
      "**Where Docent's time goes**, from one more export at each size whose progress lines are timed as they arrive (bench/lib/export-stages.mjs; Chromium's launch overlaps the start):",
      '',
      table(['slides', ...names.map((name) => labels[name] ?? name), 'runs'], figure.stages.map((row) => [String(row.slides), ...names.map((name) => spread(row.stages[name])), String(row.runs)])),
    );
  }
  if (slower) lines.push('', whySlower.pdf(figure));
  return lines.join('\n');
}

const editingMethods = {
  'editor-script': [
    "Measured with the editor author's own script, `node bench/editor-latency.mjs --keys N --json` (run once per run below; a copy runs from inside the",
    "suite's build, unchanged, so it measures the same app as the other figures):",
    'in the browser host, press E, click the heading of the middle slide of a generated deck, type one key at a time. Latency = from the keydown',
    'in the page to the animation frame after the preview\'s heading shows the typed text ("frame"), and to the DOM change itself ("DOM").',
    'Each key waits for the previous one to show; the first 5 keys are not counted. p50/p95 are per run; the table gives their median over runs.',
  ],
  suite: [
    "In the browser host: press E, find a slide three quarters into the deck with the editor's search, then type one key at a time at the end",
    "of its heading. Latency = from the keydown event to the animation frame in which the preview's current slide shows the typed text (a",
    'MutationObserver sees the change; the next frame paints it). Each key waits for the previous one to show. The first 5 keys are not counted.',
    'p50/p95 are taken per run; the table gives their median over runs (and range).',
  ],
};

export function editingSection(figure) {
  const missing = notMeasured(figure);
  if (missing) return missing;
  const withDom = figure.rows.some((row) => row.domP95Ms);
  const rows = figure.rows.map((row) => [
    String(row.slides),
    String(row.keystrokes),
    spread(row.p50Ms),
    spread(row.p95Ms),
    ...(withDom ? [spread(row.domP50Ms), spread(row.domP95Ms)] : [ms(row.pooledP95Ms)]),
    ms(row.maxMs),
  ]);
  const header = ['slides', 'keys a run', 'p50 (to frame)', 'p95 (to frame)', ...(withDom ? ['p50 (to DOM)', 'p95 (to DOM)'] : ['p95 of all keys']), 'slowest key'];
  const at200 = figure.rows.find((row) => row.slides === 200);
  const lines = [
    ...(figure.editorScriptFailure ? [`bench/editor-latency.mjs (the editor author's script) failed in this run, so the suite's own harness measured instead: ${figure.editorScriptFailure.split('\n')[0]}`, ''] : []),
    ...(editingMethods[figure.method] ?? editingMethods.suite),
    '',
    table(header, rows),
    '',
    'No peer has an editor with a live preview to drive the same way (Marp and reveal-md re-render on save), so there is no ratio here.',
  ];
  if (at200) lines.push('', `Goal (issue 7): p95 under 50 ms at 200 slides — **${at200.p95Ms.median < 50 ? 'met' : 'not met'}** (median p95 to frame ${ms(at200.p95Ms.median)}).`);
  if (at200 && at200.p95Ms.median >= 50) lines.push('', whySlower.editing(figure));
  return lines.join('\n');
}

export function sizeSection(figure) {
  const missing = notMeasured(figure);
  if (missing) return missing;
  const { size, memory } = figure;
  const { parts } = size;
  const row = (label, part, note) => [label, String(part.files), kb(part.bytes), kb(part.gzipBytes), note];
  const withTheme = { bytes: parts.entry.bytes + parts.whiteThemeCss.bytes + parts.whiteThemeFonts.bytes, gzipBytes: parts.entry.gzipBytes + parts.whiteThemeCss.gzipBytes + parts.whiteThemeFonts.gzipBytes };
  const lines = [
    `**Renderer bundle** (out/renderer as built for this run, ${size.builtAt}; minified; gzip level 6, as a web server would send it; source maps left out; the parts read from the build's manifest):`,
    '',
    table(
      ['part', 'files', 'size', 'gzipped', 'loaded'],
      [
        row(`**entry**: index.html, its script and the chunks it imports, its stylesheet`, parts.entry, '**by every deck**'),
        ...size.lazy.map((part) => row(part.label, part, part.loaded)),
        row('white theme (the default): stylesheet', parts.whiteThemeCss, 'by a deck with that theme; each theme is its own file'),
        row('white theme: its fonts, as files', parts.whiteThemeFonts, 'each when the slides first use that face; cached across themes'),
        row('KaTeX fonts', parts.katexFonts, 'each when a formula uses it'),
        row('basemap (countries)', parts.basemap, 'by a deck with a map slide'),
        row('other themes and their fonts, images', parts.other, 'when used'),
      ],
    ),
    '',
    `For scale, reveal.js 6's own distribution (reveal.js, reveal.css, white theme, markdown plugin) is ${kb(size.reveal.bytes)}, ${kb(size.reveal.gzipBytes)} gzipped, ` +
      `of which its white theme, with its four fonts inline, is ${kb(size.revealWhiteTheme.gzipBytes)}. Docent's entry (reveal.js included) over it: ` +
      `${ratio(parts.entry.gzipBytes, size.reveal.gzipBytes).replace('faster', 'smaller').replace('slower', 'larger')}. ` +
      `With the white theme and all of its fonts (a slide using every face), Docent's first load is ${kb(withTheme.gzipBytes)} gzipped: ` +
      `${ratio(withTheme.gzipBytes, size.reveal.gzipBytes).replace('faster', 'smaller').replace('slower', 'larger')}.`,
    '',
    `Goal (issue 17): the entry every deck loads, gzipped, no larger than reveal.js's distribution — **${parts.entry.gzipBytes <= size.reveal.gzipBytes ? 'met' : 'not met'}** (${kb(parts.entry.gzipBytes)} against ${kb(size.reveal.gzipBytes)}).`,
    '',
    whySlower.bundle(figure),
    '',
    '**Memory presenting 200 slides with two maps**: `docent serve` and a Chromium window going from the first slide to the last with the arrow key,',
    'waiting on each map slide until its map is drawn. Sampled every 250 ms (in a worker thread); the peak of the sum over the host process and every Chromium process.',
    'PSS counts a page shared by several processes once in total (RSS would count it in each). Next to it: the same 200 slides (no maps) in a plain',
    'reveal.js page opened from a file in the same Chromium, which has no host process.',
    '',
    table(
      ['presenting', 'peak PSS', 'peak RSS (summed)', 'maps drawn'],
      [
        ['Docent (browser host + Chromium), 200 slides, 2 maps', spread(memory.docentPssMb, mb), spread(memory.docentRssMb, mb), String(memory.mapsDrawn)],
        ['plain reveal.js page in Chromium, same 200 slides, no maps', spread(memory.revealPssMb, mb), spread(memory.revealRssMb, mb), '—'],
      ],
    ),
    '',
    `Docent over plain reveal.js: ${ratio(memory.docentPssMb.median, memory.revealPssMb.median).replace('faster', 'smaller').replace('slower', 'larger')}.`,
    '',
    whySlower.memory(figure),
  ];
  return lines.join('\n');
}

export function htmlPptxSection(figure) {
  const missing = notMeasured(figure);
  if (missing) return missing;
  const rows = figure.rows.map((row) => {
    const docent = figure.rows.find((other) => other.slides === row.slides && other.format === row.format && other.tool.startsWith('Docent'));
    return [String(row.slides), row.tool, spread(row.totalMs), spread(row.cpuMs), kb(row.bytes), row.ok ? `${row.slides} ✓` : '✗', row === docent ? '' : ratio(docent?.totalMs.median, row.totalMs.median)];
  });
  const marpMeasured = figure.rows.some((row) => row.tool.startsWith('marp'));
  return [
    'The same slides as the PDF figure (text, three bullets and a note each), written by `docent export <deck> --html <file>` and',
    '`--pptx <file>`, and the same content as Marp markdown by `marp --html` and `marp --pptx`, each a fresh process, in turn (the order',
    'rotates each run), all with /usr/bin/chromium; one untimed run of each comes first. What each writes differs: Docent\'s HTML file',
    'carries its whole renderer (reveal.js, the map code and basemap, KaTeX, highlight.js), the theme and fonts, and needs no browser to',
    'be written; Marp\'s HTML is its rendered slides with its own script. Docent\'s .pptx holds editable text boxes, tables, pictures and',
    'notes, measured from the rendered slides in Chromium; Marp\'s holds each slide as one picture. Every output is checked (the HTML',
    'holds the last slide; the .pptx has one slide per slide).',
    '',
    table(['slides', 'tool', 'whole export (wall)', 'CPU, all processes', 'file', 'slides', 'Docent vs this tool (wall)'], rows),
    ...(marpMeasured ? [] : ['', 'marp is not installed (`cd bench && npm ci --ignore-scripts`), so only Docent was measured.']),
  ].join('\n');
}

export function readingSection(figure) {
  const missing = notMeasured(figure);
  if (missing) return missing;
  const rows = figure.rows.flatMap((row) =>
    ['txt', 'docx', 'pdf'].map((format) => [
      format === 'txt' ? row.words.toLocaleString('en') : '',
      format === 'pdf' ? `.pdf (${row.pdfPages} pages)` : `.${format}`,
      kb(row[format].bytes),
      spread(row[format].readMs),
      spread(row[format].readCpuMs),
      ms(row[format].firstReadMs),
      `${row[format].paragraphs} / ${row[format].headings}`,
      spread(row[format].ms),
      spread(row[format].peakMb, mb),
      String(row[format].slides),
    ]),
  );
  const exponent = (format) => (figure.readGrowth[format] ? figure.readGrowth[format].exponent.toFixed(2) : '—');
  return [
    "The same text at each size (built like the generation figure's documents), as the .txt itself and as a .docx and a .pdf that",
    `LibreOffice made of it (\`soffice --headless --convert-to\`; ${figure.converter}). **Reading** is \`readDocumentFile\` alone (src/host/readers,`,
    'bundled on its own by bench/lib/reader-bundle.mjs), timed in one process per file: one untimed first read (it loads the',
    "format's packages: mammoth, pdf.js), then the timed reads. **generate** is the whole `docent generate <file> --out <folder> --force`",
    'as its own process (start-up, reading, analysis, writing), the three formats in turn each run; the same text gives the same slides',
    'from each format when the reader keeps its paragraphs.',
    '',
    table(['words', 'format', 'file', 'reading (wall)', 'reading (CPU)', 'first read', 'paragraphs / headings read', 'generate (wall)', 'generate peak memory', 'slides made'], rows),
    '',
    `Growth of reading time with the words (log-log exponent; 1 is linear): .txt ${exponent('txt')}, .docx ${exponent('docx')}, .pdf ${exponent('pdf')}.`,
  ].join('\n');
}
