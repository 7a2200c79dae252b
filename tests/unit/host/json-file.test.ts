import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DrawingsStore } from '../../../src/host/drawings-store';
import { readJsonFile, writeJsonFile } from '../../../src/host/json-file';

const schema = z.object({ version: z.literal(1), names: z.array(z.string()) });

async function folder(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'docent-json-file-'));
}

describe('readJsonFile / writeJsonFile', () => {
  it('writes into a folder it makes and reads the value back through the schema', async () => {
    const file = path.join(await folder(), 'settings', 'names.json');
    await writeJsonFile(file, { version: 1, names: ['a', 'b'] }, { indent: true });
    expect(await readJsonFile(file, schema)).toEqual({ version: 1, names: ['a', 'b'] });
    expect(await readFile(file, 'utf8')).toContain('\n  "names"');
  });

  it('reads a missing, damaged, wrong-shaped or oversized file as null', async () => {
    const dir = await folder();
    expect(await readJsonFile(path.join(dir, 'none.json'), schema)).toBeNull();
    await writeFile(path.join(dir, 'broken.json'), '{"version": 1, "names": [');
    expect(await readJsonFile(path.join(dir, 'broken.json'), schema)).toBeNull();
    await writeFile(path.join(dir, 'other.json'), '{"version": 2, "names": []}');
    expect(await readJsonFile(path.join(dir, 'other.json'), schema)).toBeNull();
    await writeFile(path.join(dir, 'big.json'), JSON.stringify({ version: 1, names: ['x'.repeat(2000)] }));
    expect(await readJsonFile(path.join(dir, 'big.json'), schema, 1000)).toBeNull();
  });

  it.skipIf(process.platform === 'win32')('does not wait on a named pipe posing as a deck’s drawings file', async () => {
    const dir = await folder();
    execFileSync('mkfifo', [path.join(dir, 'deck.drawings.json')]);
    const store = new DrawingsStore();
    // Before, readFile opened the FIFO and waited for a writer forever.
    await store.open(dir, 'deck.md');
    expect(store.all()).toEqual({});
  });
});
