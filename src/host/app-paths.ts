// Where Docent's own files are. Code runs from src/host (tests), out/main (Electron), out/cli and
// out/cli/chunks (the command line), so the package root is found by walking up to Docent's
// package.json rather than by counting folders.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import os from 'node:os';

function findPackageRoot(start: string): string {
  let folder = start;
  for (;;) {
    const manifest = path.join(folder, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'docent') return folder;
      } catch {
        // Not ours or unreadable: keep walking up.
      }
    }
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`Docent's package.json not found above ${start}`);
    folder = parent;
  }
}

export const packageRoot = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

export const appPaths = {
  packageRoot,
  rendererRoot: path.join(packageRoot, 'out', 'renderer'),
  /** The exported HTML file's own code (vite.standalone.config.ts). */
  standaloneRoot: path.join(packageRoot, 'out', 'standalone'),
  defaultDeck: path.join(packageRoot, 'slides', 'russia-china-north-korea'),
  /** Settings (recent decks, recovery copies) live outside every deck. DOCENT_SETTINGS_DIR overrides. */
  settingsFolder(): string {
    if (process.env.DOCENT_SETTINGS_DIR) return process.env.DOCENT_SETTINGS_DIR;
    const base = process.env.XDG_CONFIG_HOME ?? (process.platform === 'win32' ? (process.env.APPDATA ?? os.homedir()) : path.join(os.homedir(), '.config'));
    return path.join(base, 'docent');
  },
};
