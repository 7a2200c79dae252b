// Builds the app with the project's own electron-vite config into a throwaway folder laid out like
// the packaged app (package.json, out/, slides/), so the test runs the bundle today's sources make.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export interface BuiltApp {
  root: string;
  /** What `electron .` loads: package.json's "main". */
  main: string;
  preload: string;
  renderer: string;
  remove(): void;
}

export function buildApp(): BuiltApp {
  // Inside the repository, so the bundle's bare imports find node_modules as the packaged app does.
  const root = mkdtempSync(path.join(repoRoot, '.tmp-built-app-'));
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', path.join(root, 'out'), '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  cpSync(path.join(repoRoot, 'package.json'), path.join(root, 'package.json'));
  cpSync(path.join(repoRoot, 'slides'), path.join(root, 'slides'), { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
  return {
    root,
    main: path.join(root, manifest.main),
    preload: path.join(root, 'out/preload/index.cjs'),
    renderer: path.join(root, 'out/renderer'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
