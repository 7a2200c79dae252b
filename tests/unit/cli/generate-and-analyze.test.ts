import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { exitStatus } from '../../../src/cli/cli-io';

const fixture = (name: string) => new URL(`../../fixtures/documents/${name}`, import.meta.url).pathname;

let dir: string;
let out: string[];
let err: string[];
const io = () => ({ stdout: (text: string) => void out.push(text), stderr: (text: string) => void err.push(text), cwd: dir });
const run = (...argv: string[]) => runCli(argv, io());

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'docent-cli-'));
  out = [];
  err = [];
});

describe('docent analyze', () => {
  it('prints one JSON object with the contract fields (--json)', async () => {
    expect(await run('analyze', fixture('port-strike.html'), '--json')).toBe(exitStatus.ok);
    const json = JSON.parse(out.join('')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['title', 'date', 'dateline', 'sections', 'statements', 'places', 'captions']));
    const sections = json.sections as Array<{ title: string; paragraphs: number[]; bullets: Array<{ text: string; source: string }> }>;
    expect(sections[0]).toEqual({ title: expect.any(String), paragraphs: expect.any(Array), bullets: expect.any(Array) });
    const statement = (json.statements as Array<Record<string, unknown>>)[0];
    expect(Object.keys(statement ?? {})).toEqual(expect.arrayContaining(['speaker', 'role', 'outlet', 'kind', 'text', 'source', 'paragraph']));
    const place = (json.places as Array<Record<string, unknown>>)[0];
    expect(Object.keys(place ?? {})).toEqual(expect.arrayContaining(['name', 'kind', 'lat', 'lon', 'mentions']));
    expect(json.captions).toEqual([{ text: 'Container ships waited outside the harbour on Wednesday.', paragraph: 1 }]);
  });

  it('prints a readable summary without --json', async () => {
    expect(await run('analyze', fixture('cup-final.txt'))).toBe(exitStatus.ok);
    expect(out.join('')).toMatch(/Statements \(\d+\):[\s\S]*\[direct\] Peter Olsen, defender: It is the best moment of my life/);
  });
});

describe('docent generate', () => {
  it('writes deck.md and a record of what it generated', async () => {
    expect(await run('generate', fixture('coral-reefs.txt'), '--out', 'deck')).toBe(exitStatus.ok);
    const deck = readFileSync(path.join(dir, 'deck', 'deck.md'), 'utf8');
    expect(deck).toMatch(/^---\ntitle: Corals that survive heat waves/);
    expect(JSON.parse(readFileSync(path.join(dir, 'deck', '.docent-generated.json'), 'utf8'))).toMatchObject({ generator: 'docent', document: 'coral-reefs.txt' });
    expect(readdirSync(path.join(dir, 'deck')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('regenerates over its own untouched output', async () => {
    expect(await run('generate', fixture('coral-reefs.txt'), '--out', 'deck')).toBe(exitStatus.ok);
    expect(await run('generate', fixture('cup-final.txt'), '--out', 'deck')).toBe(exitStatus.ok);
    expect(readFileSync(path.join(dir, 'deck', 'deck.md'), 'utf8')).toMatch(/Harbour City/);
  });

  it('refuses to overwrite a deck that was edited since, unless --force', async () => {
    await run('generate', fixture('coral-reefs.txt'), '--out', 'deck');
    const deckFile = path.join(dir, 'deck', 'deck.md');
    writeFileSync(deckFile, `${readFileSync(deckFile, 'utf8')}\nMy own slide.\n`);
    const edited = readFileSync(deckFile, 'utf8');
    expect(await run('generate', fixture('cup-final.txt'), '--out', 'deck')).toBe(exitStatus.refused);
    expect(err.join('')).toMatch(/^docent generate: deck\/deck\.md: refusing to overwrite: .*--force.*\n$/);
    expect(readFileSync(deckFile, 'utf8')).toBe(edited);
    expect(await run('generate', fixture('cup-final.txt'), '--out', 'deck', '--force')).toBe(exitStatus.ok);
    expect(readFileSync(deckFile, 'utf8')).toMatch(/Harbour City/);
  });

  it('refuses a deck.md it did not write', async () => {
    mkdirSync(path.join(dir, 'deck'));
    writeFileSync(path.join(dir, 'deck', 'deck.md'), '# Someone else\n');
    expect(await run('generate', fixture('coral-reefs.txt'), '--out', 'deck')).toBe(exitStatus.refused);
    expect(readFileSync(path.join(dir, 'deck', 'deck.md'), 'utf8')).toBe('# Someone else\n');
  });

  it.each([
    ['empty.txt', new Uint8Array(), /empty\.txt: the document is empty/],
    ['binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary\.txt: the document is not text/],
    ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b, 0x2e]), /latin1\.txt: the document is not valid UTF-8/],
    ['symbols.txt', new TextEncoder().encode('*** --- ***\n\n12 34 56\n'), /symbols\.txt: the document has no sentences/],
    ['huge.txt', new Uint8Array(5 * 1024 * 1024 + 10).fill(0x61), /huge\.txt: the document is larger than 5 MB/],
    ['notes.rtf', new TextEncoder().encode('Some text.'), /notes\.rtf: the document type is not supported/],
    ['notes.pdf', new TextEncoder().encode('Some text.'), /notes\.pdf: the file is not a PDF/],
  ])('rejects bad input (%s) with one line naming the file, and writes nothing', async (name, bytes, message) => {
    writeFileSync(path.join(dir, name), bytes);
    const status = await run('generate', name, '--out', 'deck');
    expect(status).not.toBe(exitStatus.ok);
    const stderr = err.join('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(path.join(dir, 'deck'))).toBe(false);
  });

  it('reports a missing document and bad usage', async () => {
    expect(await run('generate', 'missing.txt', '--out', 'deck')).toBe(exitStatus.input);
    expect(err.join('')).toMatch(/missing\.txt/);
    expect(await run('generate', fixture('coral-reefs.txt'))).toBe(exitStatus.usage);
  });
});
