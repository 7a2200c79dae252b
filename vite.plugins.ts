// Vite plugins shared by the app's renderer build (electron.vite.config.ts) and the exported HTML
// file's build (vite.standalone.config.ts).
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Some reveal.js themes @import web fonts from the internet; Docent is offline, so drop those lines. */
export function stripRemoteCssImports(css: string): string {
  return css.replace(/@import\s+(?:url\()?\s*["']?https?:\/\/[^;]+;/g, '');
}

export function stripRemoteImports(): Plugin {
  return {
    name: 'docent-strip-remote-css-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]?.endsWith('.css')) return null;
      const stripped = stripRemoteCssImports(code);
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}

/**
 * Builds some modules from other files: `{ 'src/a.ts': 'src/b.ts' }` makes every import that resolves
 * to src/a.ts load src/b.ts instead (paths relative to the project's folder).
 */
export function replaceModules(root: string, replacements: Record<string, string>): Plugin {
  const byFile = new Map(Object.entries(replacements).map(([from, to]) => [path.resolve(root, from), path.resolve(root, to)]));
  return {
    name: 'docent-replace-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const replacement = resolved ? byFile.get(resolved.id.split('?')[0] ?? '') : undefined;
      return replacement ?? null;
    },
  };
}

/**
 * Keeps only the WOFF2 source of each @font-face whose first source is WOFF2 (KaTeX lists WOFF2, WOFF
 * and TrueType): every browser that runs reveal.js 6 reads WOFF2, and a file that inlines its fonts
 * would otherwise carry each one three times.
 */
export function woff2FontsOnly(): Plugin {
  return {
    name: 'docent-woff2-fonts-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]?.endsWith('.css')) return null;
      const trimmed = code.replace(/(url\([^)]*\.woff2\)\s*format\(["']woff2["']\))(?:\s*,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\(["'](?:woff|truetype)["']\))+/g, '$1');
      return trimmed === code ? null : { code: trimmed, map: null };
    },
  };
}

/**
 * reveal.js's built themes carry their web fonts inline (base64 in the stylesheet), so every theme
 * re-sends the same fonts and none of it can be cached apart. This writes each inlined font out as
 * a file of its own, named by its content (themes sharing a font share the file), and points the
 * stylesheet at it. Runs on the finished bundle, so it sees the stylesheets exactly as served.
 */
export function inlinedFontsAsFiles(): Plugin {
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
