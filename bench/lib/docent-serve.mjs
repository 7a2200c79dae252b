// Starts `docent serve` (the real command line, as a user runs it) and resolves with its URL.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app, repoRoot } from './paths.mjs';

const urlLine = /^(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m;

/** @returns {Promise<{ url: string, pid: number, startedAt: number, urlAt: number, stop(): Promise<void> }>} times are performance.now() */
export async function startDocentServe(deckFolder) {
  const settings = mkdtempSync(path.join(os.tmpdir(), 'docent-bench-settings-'));
  const startedAt = performance.now();
  const child = spawn(process.execPath, [app.cli, 'serve', deckFolder, '--port', '0'], {
    cwd: repoRoot,
    env: { ...process.env, DOCENT_SETTINGS_DIR: settings },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    rmSync(settings, { recursive: true, force: true });
  };
  try {
    const url = await new Promise((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`docent serve printed no URL within 60 s:\n${output}`)), 60_000);
      const read = (chunk) => {
        output += chunk;
        const match = urlLine.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`docent serve exited with ${code}:\n${output}`));
      });
    });
    return { url, pid: child.pid, startedAt, urlAt: performance.now(), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
