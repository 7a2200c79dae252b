// Builds the three Electron programs: main (Node), preload (sandboxed, so CommonJS) and the renderer.
import { createHash } from 'node:crypto';
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

/**
 * reveal.js's built themes carry their web fonts inline (base64 in the stylesheet), so every theme
 * re-sends the same fonts and none of it can be cached apart. This writes each inlined font out as
 * a file of its own, named by its content (themes sharing a font share the file), and points the
 * stylesheet at it. Runs on the finished bundle, so it sees the stylesheets exactly as served.
 */
function inlinedFontsAsFiles(): Plugin {
  const inlinedFont = /url\(\s*(["']?)data:(?:font\/|application\/(?:x-)?font-)(woff2|woff|ttf|otf|truetype|opentype)[^;,)]*;base64,([A-Za-z0-9+/=\s]+)\1\s*\)/g;
  const extensions: Record<string, string> = { woff2: 'woff2', woff: 'woff', ttf: 'ttf', truetype: 'ttf', otf: 'otf', opentype: 'otf' };
  return {
    name: 'docent-inlined-fonts-as-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      const emitted = new Map<string, string>();
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
        const css = typeof file.source === 'string' ? file.source : Buffer.from(file.source).toString('utf8');
        if (!css.includes(';base64,')) continue;
        const folder = file.fileName.includes('/') ? file.fileName.slice(0, file.fileName.lastIndexOf('/') + 1) : '';
        file.source = css.replace(inlinedFont, (_match, _quote: string, type: string, data: string) => {
          const bytes = Buffer.from(data.replace(/\s+/g, ''), 'base64');
          const key = createHash('sha256').update(bytes).digest('hex');
          let fileName = emitted.get(key);
          if (!fileName) {
            fileName = `${folder}font-${key.slice(0, 12)}.${extensions[type] ?? 'woff'}`;
            this.emitFile({ type: 'asset', fileName, source: bytes });
            emitted.set(key, fileName);
          }
          return `url(${JSON.stringify(fileName.slice(folder.length))})`;
        });
      }
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
    plugins: [stripRemoteImports(), inlinedFontsAsFiles()],
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
