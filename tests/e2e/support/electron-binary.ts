// Whether an Electron binary exists here (npm ci downloads one on users' machines; build machines
// without network install with ELECTRON_SKIP_BINARY_DOWNLOAD=1 and have none).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function electronBinary(): { path: string } | { skip: string } {
  try {
    const binary = require('electron') as unknown;
    if (typeof binary === 'string' && existsSync(binary)) return { path: binary };
    return { skip: `Electron specs skipped: no Electron binary at ${String(binary)} (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1; set ELECTRON_OVERRIDE_DIST_PATH to a local Electron to run them)` };
  } catch (error) {
    return { skip: `Electron specs skipped: the electron package has no binary here (${(error as Error).message.split('\n')[0]})` };
  }
}
