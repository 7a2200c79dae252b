// Builds the app the way `npm run build` does — `electron-vite build`, then the project's own
// scripts/build-cli.mjs — into a folder of the suite's own, so a rebuild of out/ by someone else
// during a run cannot pull the app from under a figure.
// The folder holds a package.json named "docent": the command line finds its renderer by walking
// up to Docent's package.json (src/host/app-paths.ts), so the built CLI there serves the renderer
// built next to it. scripts/build-cli.mjs builds src/cli into ./out/cli of its working folder; a
// link to src/ lets it run unchanged there, and is removed once the build is done. A copy of
// bin/docent.mjs sits beside it, as in the repository.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

/** Inside the repository (git-ignored as .tmp-*) so the build's packages resolve from node_modules there. */
export const benchBuildFolder = path.join(repoRoot, '.tmp-bench-build');

export async function buildApp() {
  const out = path.join(benchBuildFolder, 'out');
  rmSync(benchBuildFolder, { recursive: true, force: true });
  mkdirSync(benchBuildFolder, { recursive: true });
  writeFileSync(
    path.join(benchBuildFolder, 'package.json'),
    `${JSON.stringify({ name: 'docent', private: true, description: "The benchmark suite's own build of Docent (bench/lib/build-app.mjs)." }, null, 2)}\n`,
  );
  execFileSync('npx', ['electron-vite', 'build', '--outDir', out], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  const sourceLink = path.join(benchBuildFolder, 'src');
  symlinkSync(path.join(repoRoot, 'src'), sourceLink, 'dir');
  try {
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build-cli.mjs')], { cwd: benchBuildFolder, stdio: 'inherit' });
  } finally {
    rmSync(sourceLink, { force: true });
  }
  // bin/docent.mjs beside the build, so scripts that start `<root>/bin/docent.mjs` (bench/editor-latency.mjs) can run on it.
  mkdirSync(path.join(benchBuildFolder, 'bin'), { recursive: true });
  copyFileSync(path.join(repoRoot, 'bin/docent.mjs'), path.join(benchBuildFolder, 'bin/docent.mjs'));
  return out;
}
