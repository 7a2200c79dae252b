// Starts `docent serve` (the real command line) on a copy of a deck and hands the test its URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface DocentServer {
  url: string;
  origin: string;
  token: string;
  deckFolder: string;
  /** The folder given as --new-decks (new decks from documents are made there), or null. */
  newDecksFolder: string | null;
  /** The `docent serve` process's id (the security tests read its sockets). */
  pid(): number;
  /** Everything it printed on stdout and stderr. */
  output(): string;
  stop(): Promise<void>;
  /** Stops `docent serve` and starts it again on the same deck and settings (a new URL and token). */
  restart(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../../..');

export interface ServeOptions {
  /** Starts it with --new-decks on an empty folder of its own (the page may then make decks from documents). */
  newDecks?: boolean;
}

/** @param deck a deck folder relative to the repository (or absolute); it is copied so tests may change it. */
export async function startDocentServer(deck: string, env: Record<string, string> = {}, options: ServeOptions = {}): Promise<DocentServer> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'docent-e2e-'));
  const deckFolder = path.join(work, 'deck');
  cpSync(path.resolve(root, deck), deckFolder, { recursive: true });
  const newDecksFolder = options.newDecks ? path.join(work, 'new-decks') : null;
  if (newDecksFolder) mkdirSync(newDecksFolder);
  const args = newDecksFolder ? ['--new-decks', newDecksFolder] : [];
  let { child, url, output } = await serve(work, deckFolder, env, args);
  const parsed = new URL(url);
  const server: DocentServer = {
    url,
    origin: parsed.origin,
    token: tokenOf(parsed),
    deckFolder,
    newDecksFolder,
    pid: () => child.pid ?? -1,
    output: () => output(),
    async stop() {
      await stopChild(child);
      rmSync(work, { recursive: true, force: true });
    },
    async restart() {
      await stopChild(child);
      ({ child, url, output } = await serve(work, deckFolder, env, args));
      const again = new URL(url);
      Object.assign(server, { url, origin: again.origin, token: tokenOf(again) });
    },
  };
  return server;
}

/** The printed URL carries the token in its fragment (#token=…), which no request sends. */
function tokenOf(url: URL): string {
  return new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

async function serve(work: string, deckFolder: string, env: Record<string, string>, args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'bin/docent.mjs'), 'serve', deckFolder, '--port', '0', ...args], {
    env: { ...process.env, DOCENT_SETTINGS_DIR: path.join(work, 'settings'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`docent serve did not print its URL:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`docent serve exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}
