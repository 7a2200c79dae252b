// Builds the app the way `npm run build` does (electron-vite build, then the command line with the
// options of scripts/build-cli.mjs), into a folder of the suite's own. The CLI finds its renderer two
// folders up from its bundle, so <folder>/out/cli/docent.mjs serves <folder>/out/renderer.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from './paths.mjs';

/** The build lives in the repository (git-ignored .tmp-*) so its packages resolve from node_modules there. */
export const benchBuildFolder = path.join(repoRoot, '.tmp-bench-build');

export async function buildApp() {
  const out = path.join(benchBuildFolder, 'out');
  rmSync(benchBuildFolder, { recursive: true, force: true });
  execFileSync('npx', ['electron-vite', 'build', '--outDir', out], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  await build({
    entryPoints: [path.join(repoRoot, 'src/cli/index.ts')],
    outfile: path.join(out, 'cli/docent.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __docentRequire } from 'node:module'; const require = __docentRequire(import.meta.url);" },
  });
  return out;
}
