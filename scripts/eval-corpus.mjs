// `npm run eval`: scores the generator on the evaluation corpus (tests/fixtures/corpus): for each document,
// the built `docent analyze --json` output against the hand-written <name>.expected.json, then writes the
// table to docs/generation-quality.md. What is scored and how is in docs/generation-quality.md's preamble.
//   node scripts/eval-corpus.mjs [--only <part of a file name>] [--json] [--no-write]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { plainText, scoreDocument, summarize } from './eval/score.mjs';
import { renderReport } from './eval/report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.join(root, 'tests/fixtures/corpus');
const docent = path.join(root, 'bin/docent.mjs');

const { values } = parseArgs({ options: { only: { type: 'string' }, json: { type: 'boolean' }, 'no-write': { type: 'boolean' } } });

const expectationFiles = readdirSync(corpus)
  .filter((name) => name.endsWith('.expected.json'))
  .sort();
const results = [];
for (const file of expectationFiles) {
  const expected = JSON.parse(readFileSync(path.join(corpus, file), 'utf8'));
  if (values.only && !expected.document.includes(values.only)) continue;
  const documentPath = path.join(corpus, expected.document);
  const source = readFileSync(documentPath, 'utf8');
  const output = execFileSync(process.execPath, [docent, 'analyze', '--json', documentPath], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  results.push(scoreDocument(expected, JSON.parse(output), plainText(expected.document, source)));
}
const summary = summarize(results);

if (values.json) process.stdout.write(`${JSON.stringify({ summary, results }, null, 2)}\n`);
else {
  const pct = (value) => (value === null ? '—' : value.toFixed(2));
  for (const result of results) {
    process.stdout.write(
      `${result.document.padEnd(48)} speakers P ${pct(result.speakers.precision)} R ${pct(result.speakers.recall)}  places P ${pct(result.places.precision)} R ${pct(result.places.recall)}  headings ${pct(result.headings.kept)}  titles ${pct(result.titleScore.inRange)}/${pct(result.titleScore.distinct)}/${result.titleScore.fragments.length}  bullets ${result.bullets.count} median ${result.bullets.median ?? '—'} p90 ${result.bullets.p90 ?? '—'} clause-less ${result.bullets.noMainClause.length} mid-clause ${result.bullets.midClause.length}\n`,
    );
  }
  process.stdout.write(
    `\nmean: speakers P ${pct(summary.mean.speakerPrecision)} R ${pct(summary.mean.speakerRecall)}, places P ${pct(summary.mean.placePrecision)} R ${pct(summary.mean.placeRecall)}, headings ${pct(summary.mean.headingsKept)}, titles 2–6 words ${pct(summary.mean.titlesInRange)} distinct ${pct(summary.mean.titlesDistinct)} fragments ${summary.titles.fragments}, bullet median ${summary.bullets.median} p90 ${summary.bullets.p90}, attribution-only ${summary.bullets.attributionOnly}, dangling ${summary.bullets.dangling}, no main clause ${summary.bullets.noMainClause}, mid-clause ${summary.bullets.midClause}, unfaithful ${summary.bullets.unfaithful}\n`,
  );
}
if (!values['no-write'] && !values.only) {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  writeFileSync(path.join(root, 'docs/generation-quality.md'), renderReport(results, summary, commit));
  if (!values.json) process.stdout.write('Wrote docs/generation-quality.md\n');
}
