// Bundles the command line (src/cli) into out/cli/docent.mjs for plain Node. Packages stay external:
// they are loaded from node_modules at run time, as any Node program does.
import { build } from 'esbuild';

await build({
  entryPoints: { docent: 'src/cli/index.ts' },
  outdir: 'out/cli',
  outExtension: { '.js': '.mjs' },
  // Each command is its own chunk, loaded when run (see src/cli/commands/index.ts).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __docentRequire } from 'node:module'; const require = __docentRequire(import.meta.url);" },
});
