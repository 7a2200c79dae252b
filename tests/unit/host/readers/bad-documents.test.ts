// Damaged, hostile and mislabelled documents: one error naming what is wrong, quickly, and nothing written.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { exitStatus } from '../../../../src/cli/cli-io';
import { runCli } from '../../../../src/cli/main';

const office = new URL('../../../fixtures/documents/office/', import.meta.url).pathname;
const docx = readFileSync(`${office}river-report.docx`);
const pdf = readFileSync(`${office}river-report.pdf`);

let dir: string;
let err: string[];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'docent-bad-'));
  err = [];
});
const generate = (name: string) => runCli(['generate', name, '--out', 'deck'], { stdout: () => undefined, stderr: (text) => void err.push(text), cwd: dir });

describe('bad documents', () => {
  it.each([
    ['truncated.docx', () => docx.subarray(0, Math.floor(docx.length / 2)), /truncated\.docx: the file is damaged or truncated/],
    ['zip-bomb.docx', () => zipSync({ 'word/document.xml': new Uint8Array(40 * 1024 * 1024) }), /zip-bomb\.docx: the file looks like a zip bomb/],
    ['not-word.docx', () => zipSync({ 'readme.txt': new TextEncoder().encode('hello') }), /not-word\.docx: the file is a zip archive, not a Word document/],
    ['report.docx', () => pdf, /report\.docx: the file is a PDF, not a Word document as its name says/],
    ['report.odt', () => docx, /report\.odt: the file is a Word document, not an OpenDocument text as its name says/],
    ['letter.docx', () => new TextEncoder().encode('Just some text, saved with the wrong name.'), /letter\.docx: the file is not a Word document/],
    // Word encrypts a password-protected .docx into an OLE compound file.
    ['secret.docx', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]), /secret\.docx: the Word document is password-protected/],
    ['old.doc', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), /old\.doc: the document type is not supported/],
    ['broken-inside.docx', () => zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'word/document.xml': new TextEncoder().encode('<w:document><w:body><w:p>') }), /broken-inside\.docx: the Word document cannot be read/],
  ])('%s: one line naming the file and the problem; no deck folder', async (name, bytes, message) => {
    writeFileSync(path.join(dir, name), bytes());
    const started = Date.now();
    expect(await generate(name)).not.toBe(exitStatus.ok);
    expect(Date.now() - started).toBeLessThan(20_000); // a generous ceiling: never a hang
    const stderr = err.join('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(path.join(dir, 'deck'))).toBe(false);
  });
});
