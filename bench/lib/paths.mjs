// Where the suite finds Docent, its peers and the browser. One place, so a reader sees what runs.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(benchRoot, '..');
export const resultsFolder = path.join(benchRoot, 'results');
export const reportFile = path.join(repoRoot, 'BENCHMARKS.md');
export const defaultArticle = path.join(repoRoot, 'resources/documents/russia-china-north-korea.txt');
export const defaultDeck = path.join(repoRoot, 'slides/russia-china-north-korea');

/**
 * The Docent build the suite measures. By default the suite builds its own copy (bench/lib/build-app.mjs)
 * so that another engineer rebuilding out/ mid-run cannot pull the app from under a figure; --no-build
 * measures the repository's out/ through bin/docent.mjs.
 */
export const app = {
  cli: path.join(repoRoot, 'bin/docent.mjs'),
  renderer: path.join(repoRoot, 'out/renderer'),
  main: path.join(repoRoot, 'out/main/index.js'),
  label: 'out/ (bin/docent.mjs)',
};

export function useBuild(outFolder) {
  Object.assign(app, {
    cli: path.join(outFolder, 'cli/docent.mjs'),
    renderer: path.join(outFolder, 'renderer'),
    main: path.join(outFolder, 'main/index.js'),
    label: `${path.relative(repoRoot, outFolder)}/ (built by the suite)`,
  });
}

/** Peers are dev dependencies of bench/package.json only; `cd bench && npm ci --ignore-scripts` installs them. */
export const peerBin = {
  marp: path.join(benchRoot, 'node_modules/@marp-team/marp-cli/marp-cli.js'),
  decktape: path.join(benchRoot, 'node_modules/decktape/decktape.js'),
};

export const chromiumPath = process.env.DOCENT_BENCH_CHROMIUM ?? '/usr/bin/chromium';

/** Chromium runs as root on this machine, which needs --no-sandbox; every browser in the suite gets the same flags. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function peerInstalled(name) {
  return existsSync(peerBin[name]);
}
