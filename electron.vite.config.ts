// Builds the three Electron programs: main (Node), preload (sandboxed, so CommonJS) and the renderer.
import path from 'node:path';
import { defineConfig } from 'electron-vite';
import { build, type Plugin } from 'vite';
import { stripRemoteImports } from './vite.plugins';
import { standaloneConfig } from './vite.standalone.config';

/** After the renderer, the exported HTML file's own build (vite.standalone.config.ts), into out/standalone beside it. */
function buildStandalone(): Plugin {
  let rendererOut = '';
  return {
    name: 'docent-build-standalone',
    apply: 'build',
    configResolved(config) {
      rendererOut = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({ ...standaloneConfig, build: { ...standaloneConfig.build, outDir: path.join(path.dirname(rendererOut), 'standalone') } });
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: 'src/main/index.ts' } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: 'src/preload/index.ts' },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    plugins: [stripRemoteImports(), buildStandalone()],
    build: {
      outDir: 'out/renderer',
      // Big data (the basemap) is fetched as a file, not inlined; keep warnings meaningful.
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: { index: 'src/renderer/index.html' } },
    },
  },
});
