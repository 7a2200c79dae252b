// `docent check <deck>`: the misquote check, run as a user would, on a deck generated from a made-up story.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { exitStatus } from '../../../src/cli/cli-io';
import { runCli } from '../../../src/cli/main';

const fixture = (name: string) => new URL(`../../fixtures/documents/${name}`, import.meta.url).pathname;

let dir: string;
let out: string[];
let err: string[];
const run = (...argv: string[]) => runCli(argv, { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), cwd: dir });

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'docent-check-'));
  out = [];
  err = [];
});

describe('docent check', () => {
  it('finds nothing wrong in a deck as generated, and the provenance file names each item’s source', async () => {
    expect(await run('generate', fixture('port-strike.html'), '--out', 'deck')).toBe(exitStatus.ok);
    const provenance = JSON.parse(readFileSync(path.join(dir, 'deck', 'provenance.json'), 'utf8')) as { items: Array<{ kind: string; text: string; source: string; paragraph: number }> };
    expect(provenance.items.some((item) => item.kind === 'quote' && /members showed/.test(item.text))).toBe(true);
    expect(provenance.items.every((item) => item.source.length > 0 && item.paragraph >= 0)).toBe(true);
    out = [];
    expect(await run('check', 'deck')).toBe(exitStatus.ok);
    expect(out.join('')).toMatch(/^All \d+ bullets and quotes still match their sources in port-strike\.html\./);
  });

  it('lists an edited bullet and a changed quote with the sentence they came from, and accepts a bullet cut shorter', async () => {
    await run('generate', fixture('port-strike.html'), '--out', 'deck');
    const file = path.join(dir, 'deck', 'deck.md');
    const deck = readFileSync(file, 'utf8');
    const bullet = /^- (Dock workers in Rotterdam returned to work.*)$/m.exec(deck)?.[1] as string;
    expect(bullet).toBeDefined();
    const edited = deck
      .replace(bullet, bullet.replace('returned to work', 'refused to work'))
      .replace('“Our members showed that they will not accept longer nights for the same pay” —', '“Our members showed that they will gladly accept longer nights for the same pay” —')
      .replace(/^- (The deal also limits night shifts to four a week)$/m, '- The deal limits night shifts');
    writeFileSync(file, edited);
    expect(await run('check', 'deck')).toBe(exitStatus.failure);
    const report = out.join('');
    expect(report).toMatch(/slide \d+: bullet “Dock workers in Rotterdam refused to work[^”]*”\n {2}no longer matches its source \(paragraph 1\): “Dock workers in Rotterdam returned to work on Friday/);
    expect(report).toMatch(/quote “Our members showed that they will gladly accept[^”]*”\n {2}no longer matches its source/);
    expect(report).not.toMatch(/The deal limits night shifts/);
    expect(report).toMatch(/2 of the deck's bullets and quotes no longer match their sources\./);
  });

  it('says clearly when there is no deck or no provenance, and writes nothing', async () => {
    expect(await run('check', 'nowhere')).toBe(exitStatus.input);
    expect(err.join('')).toMatch(/^docent check: .*deck\.md: cannot read the deck/);
    writeFileSync(path.join(dir, 'deck.md'), '# A deck\n');
    err = [];
    expect(await run('check', '.')).toBe(exitStatus.input);
    expect(err.join('')).toMatch(/provenance file/);
  });
});
