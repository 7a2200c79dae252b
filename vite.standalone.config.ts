// Builds the code of the exported HTML file (docent export --html) into out/standalone: one classic
// script (docent-file.js; an IIFE build has no chunks: every dynamic import is inlined, so the file needs no chunk beside it), one
// stylesheet (docent-file.css, every font and picture it names inlined as data:), and each reveal.js
// theme as a stylesheet of its own (themes/<name>.css), of which the exporter inlines the deck's.
// electron.vite.config.ts runs this build after the renderer's, so every build of the app has it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { InlineConfig } from 'vite';
import { themes } from './src/core/deck/deck-model';
import { replaceModules, stripRemoteCssImports, stripRemoteImports, woff2FontsOnly } from './vite.plugins';

const root = import.meta.dirname;

/** Where `vite build -c vite.standalone.config.ts` writes; the app's build puts it beside its renderer. */
const standaloneOutDir = path.join(root, 'out/standalone');

export const standaloneConfig: InlineConfig = {
  configFile: false,
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [
    stripRemoteImports(),
    woff2FontsOnly(),
    // What the app loads from its own origin at run time, the file carries inline.
    replaceModules(root, {
      'src/renderer/deck/apply-theme.ts': 'src/renderer/standalone/embedded-theme.ts',
      'src/renderer/map/basemap-atlas.ts': 'src/renderer/standalone/embedded-atlas.ts',
    }),
    {
      name: 'docent-standalone-themes',
      generateBundle() {
        for (const theme of themes) {
          const css = readFileSync(path.join(root, 'node_modules/reveal.js/dist/theme', `${theme}.css`), 'utf8');
          this.emitFile({ type: 'asset', fileName: `themes/${theme}.css`, source: stripRemoteCssImports(css) });
        }
      },
    },
  ],
  json: { stringify: true },
  build: {
    outDir: standaloneOutDir,
    emptyOutDir: true,
    // Everything inline: the file is opened from a USB stick, with no folder of assets beside it.
    assetsInlineLimit: () => true,
    cssCodeSplit: false,
    modulePreload: false,
    chunkSizeWarningLimit: 10_000,
    reportCompressedSize: false,
    rollupOptions: {
      input: path.join(root, 'src/renderer/standalone/main.ts'),
      output: {
        format: 'iife',
        entryFileNames: 'docent-file.js',
        assetFileNames: 'docent-file[extname]',
      },
    },
  },
};

/** `vite build -c vite.standalone.config.ts` builds it alone. */
export default standaloneConfig;
