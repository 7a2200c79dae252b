// Where Docent's own files are. Source (src/host) and bundles (out/cli, out/main) both sit two
// folders below the package root.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import os from 'node:os';

export const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

export const appPaths = {
  packageRoot,
  rendererRoot: path.join(packageRoot, 'out', 'renderer'),
  defaultDeck: path.join(packageRoot, 'slides', 'russia-china-north-korea'),
  /** Settings (recent decks, recovery copies) live outside every deck. DOCENT_SETTINGS_DIR overrides. */
  settingsFolder(): string {
    if (process.env.DOCENT_SETTINGS_DIR) return process.env.DOCENT_SETTINGS_DIR;
    const base = process.env.XDG_CONFIG_HOME ?? (process.platform === 'win32' ? (process.env.APPDATA ?? os.homedir()) : path.join(os.homedir(), '.config'));
    return path.join(base, 'docent');
  },
};
