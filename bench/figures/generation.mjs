// Figure 1: `docent generate` on documents of growing size, each run its own process, next to
// Marp turning the same text (as markdown slides) into HTML. Runs alternate Docent/Marp so that
// a burst of load on the shared machine hits both alike.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { countWords, makeDocument, makeMarkdownSlides } from '../fixtures/make-document.mjs';
import { app, peerBin, peerInstalled, repoRoot } from '../lib/paths.mjs';
import { profileBreakdown } from '../lib/cpu-profile.mjs';
import { growth, summarize } from '../lib/stats.mjs';
import { expectSuccess, runTimed } from '../lib/timed-process.mjs';

export const id = 'generation';
export const title = 'Generation: document to deck';

/** Slides of a generated deck: horizontal (---) and vertical (--) separators, less the front matter's closing line. */
const slideCount = (deckText) => deckText.split(/\r?\n---?\r?\n/).length - 1;

/**
 * One more, untimed run of the 20,000-word document under `node --cpu-prof`, broken down by the
 * stages of the analysis (what analyzeDocument calls), so the report can say where the time goes.
 */
async function profileOneRun(scratch, words) {
  const folder = path.join(scratch, `generation-${words}`);
  const profileFolder = path.join(scratch, 'generation-profile');
  const result = await runTimed(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profileFolder}`, app.cli, 'generate', path.join(folder, 'document.txt'), '--out', path.join(folder, 'deck-profiled'), '--force'], { cwd: repoRoot });
  if (result.code !== 0) return { failed: `the profiled run exited with ${result.code}` };
  const [file] = readdirSync(profileFolder).filter((name) => name.endsWith('.cpuprofile'));
  if (!file) return { failed: 'node wrote no CPU profile' };
  const breakdown = profileBreakdown(path.join(profileFolder, file), 'analyzeDocument');
  if (breakdown.stageMs === 0) return { failed: 'the profile has no function named analyzeDocument (renamed?)' };
  const { inclusiveMs: _unused, ...plain } = breakdown;
  return { words, ...plain };
}

export async function run({ quick, runs, scratch, log }) {
  const sizes = quick ? [1_000, 5_000, 20_000] : [1_000, 5_000, 20_000, 100_000];
  const marp = peerInstalled('marp');
  // The command's fixed cost: `docent generate --help` loads the same bundle and packages and does no work.
  const help = () => runTimed(process.execPath, [app.cli, 'generate', '--help'], { cwd: repoRoot });
  expectSuccess(await help(), 'docent generate --help');
  const startupRuns = [];
  for (let index = 0; index < runs; index += 1) startupRuns.push(expectSuccess(await help(), 'docent generate --help'));
  const startup = { ms: summarize(startupRuns.map((result) => result.ms)), cpuMs: summarize(startupRuns.map((result) => result.cpuMs)), peakMb: summarize(startupRuns.map((result) => result.peakKb / 1024)) };
  log(`generation start-up alone (--help): ${startup.ms.median.toFixed(0)} ms`);
  const rows = [];
  for (const words of sizes) {
    const folder = path.join(scratch, `generation-${words}`);
    mkdirSync(folder, { recursive: true });
    const documentFile = path.join(folder, 'document.txt');
    const markdownFile = path.join(folder, 'slides.md');
    const document = makeDocument(words);
    const markdown = makeMarkdownSlides(words);
    writeFileSync(documentFile, document);
    writeFileSync(markdownFile, markdown);
    const deckFolder = path.join(folder, 'deck');
    const docent = () => runTimed(process.execPath, [app.cli, 'generate', documentFile, '--out', deckFolder, '--force'], { cwd: repoRoot });
    const peer = () => runTimed(process.execPath, [peerBin.marp, markdownFile, '-o', path.join(folder, 'slides.html')], { cwd: folder });
    // One untimed run of each first: the first process after a build reads everything from disk; a user's next run would not.
    expectSuccess(await docent(), `docent generate (${words} words)`);
    if (marp) expectSuccess(await peer(), `marp (${words} words)`);
    const docentRuns = [];
    const peerRuns = [];
    for (let index = 0; index < runs; index += 1) {
      docentRuns.push(expectSuccess(await docent(), `docent generate (${words} words)`));
      if (marp) peerRuns.push(expectSuccess(await peer(), `marp (${words} words)`));
    }
    const deckText = readFileSync(path.join(deckFolder, 'deck.md'), 'utf8');
    const row = {
      words: countWords(document),
      peerWords: countWords(markdown),
      slides: slideCount(deckText),
      docentMs: summarize(docentRuns.map((result) => result.ms)),
      docentCpuMs: summarize(docentRuns.map((result) => result.cpuMs)),
      docentPeakMb: summarize(docentRuns.map((result) => result.peakKb / 1024)),
      peerMs: marp ? summarize(peerRuns.map((result) => result.ms)) : null,
      peerCpuMs: marp ? summarize(peerRuns.map((result) => result.cpuMs)) : null,
      peerPeakMb: marp ? summarize(peerRuns.map((result) => result.peakKb / 1024)) : null,
    };
    rows.push(row);
    log(`generation ${words} words: docent ${row.docentMs.median.toFixed(0)} ms, ${row.docentPeakMb.median.toFixed(0)} MB${marp ? `; marp ${row.peerMs.median.toFixed(0)} ms` : ''}`);
  }
  const profile = await profileOneRun(scratch, 20_000);
  return {
    warmUp: true,
    profile,
    startup,
    rows,
    peer: marp ? 'marp-cli (markdown → HTML)' : null,
    skippedPeer: marp ? null : 'marp-cli is not installed (cd bench && npm ci --ignore-scripts)',
    timeGrowth: growth(rows.map((row) => [row.words, row.docentMs.median])),
    // The work itself: CPU time above what start-up alone takes, which the machine's load hardly moves.
    workGrowth: growth(rows.map((row) => [row.words, row.docentCpuMs.median - startup.cpuMs.median])),
    memoryGrowth: growth(rows.map((row) => [row.words, row.docentPeakMb.median])),
    peerTimeGrowth: marp ? growth(rows.map((row) => [row.peerWords, row.peerMs.median])) : null,
  };
}
