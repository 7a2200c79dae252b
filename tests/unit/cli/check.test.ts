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

describe('docent check --accessibility', () => {
  const deckFixture = (name: string) => new URL(`../../fixtures/decks/${name}`, import.meta.url).pathname;

  it('lists each seeded problem on a line of its own (slide, what, fix) and exits with 1', async () => {
    expect(await run('check', deckFixture('accessibility-problems'), '--accessibility')).toBe(exitStatus.failure);
    const lines = out.join('').trimEnd().split('\n');
    expect(lines[0]).toMatch(/^deck\.md:1: the deck does not say what language it is in; fix: add "lang: en"/);
    expect(lines).toContainEqual(expect.stringMatching(/^slide 2 \(line 13\): the picture “picture\.svg” has no alt text; fix: /));
    expect(lines).toContainEqual(expect.stringMatching(/^slide 3 \(line \d+\): the slide has no title; fix: /));
    expect(lines).toContainEqual(expect.stringMatching(/^slide 5 \(line \d+\): the slide has the same title as slide 4/));
    expect(lines).toContainEqual(expect.stringMatching(/^slide 6 \(line \d+\): the map shows France and Spain by colour alone/));
    expect(lines).toContainEqual(expect.stringMatching(/^slide 7 \(line \d+\): its fragments appear in another order/));
    expect(lines.at(-1)).toBe('6 problems to fix before sharing.');
  });

  it('writes the problems as JSON with --json', async () => {
    expect(await run('check', deckFixture('accessibility-problems'), '--accessibility', '--json')).toBe(exitStatus.failure);
    const problems = JSON.parse(out.join('')) as Array<{ rule: string; slide: number | null; line: number; message: string; fix: string }>;
    expect(problems.map((problem) => problem.rule)).toEqual(['language', 'picture-alt', 'slide-title', 'duplicate-title', 'map-colour-only', 'reading-order']);
    expect(problems.every((problem) => problem.fix.length > 0 && problem.line >= 1)).toBe(true);
  });

  it('passes the bundled deck and exits with 0', async () => {
    const bundled = new URL('../../../slides/russia-china-north-korea', import.meta.url).pathname;
    expect(await run('check', bundled, '--accessibility')).toBe(exitStatus.ok);
    expect(out.join('')).toMatch(/^No accessibility problems found in deck\.md \(\d+ slides\)\./);
  });

  it('refuses --json without --accessibility', async () => {
    expect(await run('check', deckFixture('accessibility-problems'), '--json')).toBe(exitStatus.usage);
  });
});

