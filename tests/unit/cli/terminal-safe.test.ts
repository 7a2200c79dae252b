// Finding 9 of the second review: text from a document or deck reached the terminal raw (a slide
// title in an export warning could rewrite the line, set the window title, write the clipboard).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { terminalSafe } from '../../../src/cli/terminal-safe';

const escapes = {
  clipboard: '\u001b]52;c;ZWNobyBwd25lZA==\u0007',
  windowTitle: '\u001b]0;Totally Legit\u0007',
  eraseLine: '\u001b[2K\r',
  c1Csi: '\u009b31m',
  bidi: '\u202e',
};

// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const controlCharacter = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

describe('CLI output is terminal-safe', () => {
  it('shows control characters as visible escapes, keeping newlines and tabs', () => {
    expect(terminalSafe(`a\tb\n${escapes.eraseLine}c`)).toBe('a\tb\n\\u001b[2K\\u000dc');
    for (const sequence of Object.values(escapes)) expect(terminalSafe(sequence)).not.toMatch(controlCharacter);
  });

  it('for every command: a document full of escape sequences prints none of them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'docent-cli-escapes-'));
    const document = path.join(dir, 'article.txt');
    const hostile = Object.values(escapes).join(' ');
    writeFileSync(
      document,
      `A headline ${hostile}\n\nThe council met on Monday ${hostile} to discuss the new bridge over the river.\n\n"We will build it," said Jane Doe, the mayor ${hostile}. The work starts in spring and ends next year.\n`,
    );
    for (const argv of [['analyze', document], ['analyze', document, '--json'], ['generate', document, '--out', path.join(dir, 'deck')], ['analyze', path.join(dir, `missing ${hostile}.txt`)]]) {
      const written: string[] = [];
      await runCli(argv, { stdout: (text) => void written.push(text), stderr: (text) => void written.push(text), cwd: dir });
      const all = written.join('');
      expect(all.length).toBeGreaterThan(0);
      expect(all, argv.join(' ')).not.toMatch(controlCharacter);
    }
  });

  it('keeps --json output valid JSON with the same text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'docent-cli-escapes-'));
    const document = path.join(dir, 'article.txt');
    writeFileSync(document, `Title ${escapes.c1Csi}${escapes.bidi}\n\nThe council met on Monday to discuss the new bridge ${escapes.c1Csi}${escapes.bidi} over the river.\n`);
    const written: string[] = [];
    await runCli(['analyze', document, '--json'], { stdout: (text) => void written.push(text), stderr: () => undefined, cwd: dir });
    expect(JSON.stringify(JSON.parse(written.join('')))).toContain(JSON.stringify(`${escapes.c1Csi}${escapes.bidi}`).slice(1, -1));
  });
});
