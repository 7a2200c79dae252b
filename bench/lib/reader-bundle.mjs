// The document readers alone (src/host/readers/read-document-file.ts), bundled for plain Node the way
// scripts/build-cli.mjs bundles the command line (packages external, loaded from node_modules), so a
// figure can time reading in-process, without the start-up and the analysis that `docent generate` adds.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from './paths.mjs';

/** Inside the repository (git-ignored as .tmp-*) so the bundle's packages resolve from node_modules there. */
const folder = path.join(repoRoot, '.tmp-bench-readers');

const externalPackages = {
  name: 'external-packages',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true }));
  },
};

export async function buildReaderBundle() {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  await build({
    entryPoints: { readers: path.join(repoRoot, 'src/host/readers/read-document-file.ts') },
    outdir: folder,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [externalPackages],
    logLevel: 'warning',
    banner: { js: "import { createRequire as __docentRequire } from 'node:module'; const require = __docentRequire(import.meta.url);" },
  });
  // Reads one file `runs` times after one untimed read (which loads the format's packages), in a fresh process.
  writeFileSync(
    path.join(folder, 'time-reading.mjs'),
    `import { readDocumentFile } from './readers.mjs';
const [file, runs] = [process.argv[2], Number(process.argv[3])];
const once = async () => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const read = await readDocumentFile(file, process.cwd());
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, paragraphs: read.document.paragraphs.length, headings: read.document.headings.length };
};
const first = await once();
const timed = [];
for (let index = 0; index < runs; index += 1) timed.push(await once());
process.stdout.write(JSON.stringify({ first, timed }));
`,
  );
  return {
    /** @returns {{ first: { ms: number, cpuMs: number }, timed: Array<{ ms: number, cpuMs: number }> }} */
    time(file, runs) {
      return JSON.parse(execFileSync(process.execPath, [path.join(folder, 'time-reading.mjs'), file, String(runs)], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }));
    },
    remove() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
