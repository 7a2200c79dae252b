// Builds the three Electron programs: main (Node), preload (sandboxed, so CommonJS) and the renderer.
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/** Some reveal.js themes @import web fonts from the internet; Docent is offline, so drop those lines. */
function stripRemoteImports(): Plugin {
  return {
    name: 'docent-strip-remote-css-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]?.endsWith('.css')) return null;
      const stripped = code.replace(/@import\s+(?:url\()?\s*["']?https?:\/\/[^;]+;/g, '');
      return stripped === code ? null : { code: stripped, map: null };
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
    plugins: [stripRemoteImports()],
    build: {
      outDir: 'out/renderer',
      // Big data (the basemap) is fetched as a file, not inlined; keep warnings meaningful.
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: { index: 'src/renderer/index.html' } },
    },
  },
});
