// Whether an Electron binary exists here (npm ci downloads one on users' machines; build machines
// without network install with ELECTRON_SKIP_BINARY_DOWNLOAD=1 and have none).
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
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

/** Launches the built desktop app on a deck (a folder in the repository) with its own settings folder. */
export async function launchDocentApp(executablePath: string, deck: string, env: Record<string, string> = {}): Promise<ElectronApplication> {
  const root = path.resolve(import.meta.dirname, '../../..');
  return electron.launch({
    executablePath,
    args: [path.join(root, 'out/main/index.js'), path.join(root, deck)],
    env: { ...process.env, DOCENT_SETTINGS_DIR: mkdtempSync(path.join(os.tmpdir(), 'docent-electron-')), ...env },
  });
}
