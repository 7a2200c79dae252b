// marked finds emphasis by looking, from every `*` or `_` run, for the run that closes it: time
// grows with the square of the runs in a block (10 KB of `*a_*a_…` took 6 s, 40 KB over a minute,
// in the page that presents). A slide holds a few dozen; past this budget a slide is shown as its
// text instead (render-markdown.ts), so no slide can freeze a view. Code blocks do not count.
import { noSeparators, scanDeck } from './scan-deck';

/** Emphasis delimiter runs a slide may hold: a few hundredths of a second of marked's work at most. */
export const maxEmphasisRuns = 500;

function countRuns(text: string): number {
  let runs = 0;
  const run = /[*_]+/g;
  while (run.exec(text)) runs += 1;
  return runs;
}

/** Whether `markdown` holds more emphasis delimiter runs outside its code blocks than marked can take in time. */
export function exceedsEmphasisBudget(markdown: string): boolean {
  let runs = countRuns(markdown);
  if (runs <= maxEmphasisRuns) return false;
  const lines = markdown.split('\n');
  for (const fence of scanDeck(lines, 0, noSeparators).slides[0]?.fences ?? []) {
    runs -= countRuns(lines.slice(fence.open, (fence.close ?? fence.last) + 1).join('\n'));
  }
  return runs > maxEmphasisRuns;
}
