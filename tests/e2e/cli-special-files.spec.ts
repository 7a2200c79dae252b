// The command line against a deck folder that holds special files, as the second review built it:
// named pipes posing as pictures (a plain read waits for a writer for ever, and four of them once
// blocked every file operation of `docent serve`), a sparse multi-gigabyte "picture", a deck.md
// symlinked to a secret outside the deck, and an export told to write over the deck itself.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { runExport } from './support/pdf-pages';

const root = path.resolve(import.meta.dirname, '../..');
const docent = path.join(root, 'bin/docent.mjs');
let work: string;
test.beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'docent-special-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const pipes = ['f1.png', 'f2.png', 'f3.png', 'f4.png', 'f5.png', 'f6.png'];

function deckWithSpecialFiles(name: string): string {
  const folder = path.join(work, name);
  cpSync(path.join(root, 'tests/fixtures/decks/with-picture'), folder, { recursive: true });
  for (const pipe of pipes) execFileSync('mkfifo', [path.join(folder, pipe)]);
  writeFileSync(path.join(folder, 'sparse.png'), '');
  truncateSync(path.join(folder, 'sparse.png'), 1900 * 1024 * 1024);
  const pictures = [...pipes, 'sparse.png'].map((file) => `![${file}](${file})`).join('\n\n');
  writeFileSync(path.join(folder, 'deck.md'), `${readFileSync(path.join(folder, 'deck.md'), 'utf8')}\n---\n\n## Special files\n\n${pictures}\n`);
  return folder;
}

function serve(folder: string): Promise<{ child: ChildProcess; origin: string; token: string }> {
  const child = spawn(process.execPath, [docent, 'serve', folder, '--port', '0'], {
    env: { ...process.env, DOCENT_SETTINGS_DIR: path.join(work, 'settings') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^(http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)$/m.exec(output);
      if (match?.[1] && match[2]) resolve({ child, origin: match[1], token: match[2] });
    });
    child.on('exit', (code) => reject(new Error(`docent serve exited with ${code}: ${output}`)));
  });
}

test('docent serve answers at once for pipes and sparse files, keeps working, and stops at the first Ctrl+C', async () => {
  const folder = deckWithSpecialFiles('serve');
  const { child, origin, token } = await serve(folder);
  const authorization = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const call = async (name: string, body: unknown) => (await fetch(`${origin}/api/${name}`, { method: 'POST', headers: authorization, body: JSON.stringify(body) })).json() as Promise<{ ok: boolean; value: { assetBase: string; version: string; text: string } }>;
  const { assetBase } = (await call('session', {})).value;
  const rssBefore = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(child.pid)], { encoding: 'utf8' }).trim());
  // Twice as many requests as libuv has threads: a blocking open of a pipe would hold them all.
  const started = Date.now();
  const statuses = await Promise.all([...pipes, ...pipes, 'sparse.png', 'sparse.png'].map(async (file) => (await fetch(`${origin}${assetBase}${file}`)).status));
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(statuses).toEqual([...pipes, ...pipes].map(() => 404).concat([413, 413]));
  const rssAfter = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(child.pid)], { encoding: 'utf8' }).trim());
  expect(rssAfter - rssBefore, 'memory grew by (KB)').toBeLessThan(200 * 1024);
  // Every other file operation still works: the real picture, the page, a save.
  expect((await fetch(`${origin}${assetBase}picture.svg`)).status).toBe(200);
  expect((await fetch(`${origin}/`)).status).toBe(200);
  const deck = (await call('getDeck', {})).value;
  const saved = await call('saveDeck', { text: `${deck.text}\n<!-- saved -->\n`, baseVersion: deck.version });
  expect(saved.ok).toBe(true);
  expect(readFileSync(path.join(folder, 'deck.md'), 'utf8')).toContain('<!-- saved -->');

  const interrupted = Date.now();
  child.kill('SIGINT');
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(Date.now() - interrupted).toBeLessThan(3_000);
  expect(code === 0 || code === 130).toBe(true);
});

test('docent export of that deck finishes (the pipes and the sparse file are left out as missing pictures)', async () => {
  const folder = deckWithSpecialFiles('export');
  const file = path.join(work, 'special.pdf');
  const started = Date.now();
  const run = await runExport([folder, '--pdf', file, '--timeout', '20']);
  expect(run.status, run.stderr).toBe(0);
  expect(Date.now() - started).toBeLessThan(60_000);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
});

test('docent export refuses to write over the deck or its files, and to read a deck.md that links out', async () => {
  const folder = path.join(work, 'refuse');
  cpSync(path.join(root, 'tests/fixtures/decks/with-picture'), folder, { recursive: true });
  const before = readFileSync(path.join(folder, 'deck.md'), 'utf8');
  for (const target of ['deck.md', 'picture.svg']) {
    const run = await runExport([folder, '--pdf', path.join(folder, target)]);
    expect(run.status, run.stderr).toBe(4);
    expect(run.stderr).toMatch(/will not write the PDF/);
  }
  expect(readFileSync(path.join(folder, 'deck.md'), 'utf8')).toBe(before);
  expect(readFileSync(path.join(folder, 'picture.svg'), 'utf8')).toContain('<svg');

  const secret = path.join(work, '.env');
  writeFileSync(secret, 'API_KEY=do-not-print-me\n');
  const linked = path.join(work, 'linked');
  cpSync(path.join(root, 'tests/fixtures/decks/with-picture'), linked, { recursive: true });
  rmSync(path.join(linked, 'deck.md'));
  symlinkSync(secret, path.join(linked, 'deck.md'));
  const run = await runExport([linked, '--pdf', path.join(work, 'linked.pdf')]);
  expect(run.status).toBe(4);
  expect(run.stderr).toMatch(/outside the deck folder/);
  expect(`${run.stdout}${run.stderr}`).not.toContain('do-not-print-me');
});
