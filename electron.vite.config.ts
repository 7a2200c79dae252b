// Builds the three Electron programs: main (Node), preload (sandboxed, so CommonJS) and the renderer.
import path from 'node:path';
import { defineConfig } from 'electron-vite';
import { build, type Plugin } from 'vite';
import { inlinedFontsAsFiles, stripRemoteImports } from './vite.plugins';
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
    plugins: [stripRemoteImports(), inlinedFontsAsFiles(), buildStandalone()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; the browser host sends it over HTTP, and every
      // deck's window parses it, so it is minified as any web bundle is.
      minify: true,
      // Which file holds which module (.vite/manifest.json): the tests and the bench read the chunks from it.
      manifest: true,
      // Big data (the basemap) is fetched as a file, not inlined; keep warnings meaningful (the
      // largest chunk is highlight.js with every language, loaded only for a deck with code).
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 1000,
      rollupOptions: { input: { index: 'src/renderer/index.html' } },
    },
  },
});
