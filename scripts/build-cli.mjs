// Bundles the command line (src/cli) into out/cli/docent.mjs for plain Node. Packages stay external:
// they are loaded from node_modules at run time, as any Node program does, except the NLP library,
// whose ES module build is hundreds of small files: bundled, it loads in about half the time.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { ensureGazetteerIndex } from './build-gazetteer.mjs';

const bundledPackages = new Set(['compromise']);

/** Everything under node_modules stays external but the packages named above. */
const externalPackages = {
  name: 'docent-external-packages',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      if (bundledPackages.has(name) || args.importer.includes('/node_modules/compromise/')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

// Chunk names carry content hashes: start clean so old chunks do not pile up.
rmSync('out/cli', { recursive: true, force: true });

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
  plugins: [externalPackages],
  sourcemap: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __docentRequire } from 'node:module'; const require = __docentRequire(import.meta.url);" },
});

// The place gazetteer's compact index, read by the host at run time (rebuilt only when its data changed).
const gazetteer = ensureGazetteerIndex('out/gazetteer');
if (gazetteer.built) console.log(`gazetteer index: ${gazetteer.names} names -> out/gazetteer`);
