// Where the time of one `docent export --pdf` goes, read from outside: the command prints a progress
// line as it enters each stage (src/host/export/export-progress.ts), and each line is timed as it
// arrives. The stages, in order, and what each holds:
//   start       spawn → "Opening the deck": Node, the command's code, reading the deck, the private host
//               (Chromium is launched meanwhile)
//   page        → the print view's first status: the rest of Chromium's launch, the page and the renderer loading
//   readiness   → "Printing": layout by reveal.js, fonts, pictures and maps ready
//   print       → "Adding the outline": Chromium's page.pdf
//   finish      → "Writing": the pdf-lib pass (reload, check the pages, metadata, outline, save)
//   end         → exit: writing the file, closing the browser and the host
import { spawn } from 'node:child_process';

const marks = [
  ['start', /Opening the deck/],
  ['page', /Laying out|Waiting for fonts|Drawing maps|Ready to print/],
  ['readiness', /Printing \d+/],
  ['print', /Adding the outline/],
  ['finish', /Writing /],
];

export async function exportStages(cli, deckFolder, file, cwd) {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'export', deckFolder, '--pdf', file], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const at = new Map();
  let buffered = '';
  child.stderr.on('data', (chunk) => {
    const now = performance.now();
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) for (const [name, pattern] of marks) if (!at.has(name) && pattern.test(line)) at.set(name, now);
  });
  const code = await new Promise((resolve) => child.on('close', resolve));
  const ended = performance.now();
  if (code !== 0 || marks.some(([name]) => !at.has(name))) return null;
  const stages = {};
  let previous = started;
  for (const [name] of marks) {
    stages[name] = at.get(name) - previous;
    previous = at.get(name);
  }
  stages.end = ended - previous;
  return { totalMs: ended - started, stages };
}
