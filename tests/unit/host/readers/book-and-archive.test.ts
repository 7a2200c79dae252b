// An EPUB made by LibreOffice (chapters as sections, pictures from inside the book, the footnote left
// out) and a page saved by a browser as one MHTML file (its pictures carried inside it).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readDocumentFile } from '../../../../src/host/readers/read-document-file';

const office = new URL('../../../fixtures/documents/office/', import.meta.url).pathname;

it('reads an EPUB chapter by chapter, each chapter a section, with its pictures and captions', async () => {
  const { document, pictures } = await readDocumentFile(`${office}river-report.epub`, office);
  expect(document.title).toBe('Spring flood report for the middle Rhine');
  expect([...new Set(document.paragraphs.map((paragraph) => paragraph.heading))]).toEqual(['What happened', 'What the towns ask for', 'Water levels']);
  expect(document.pictures.map((picture) => [picture.alt, picture.caption])).toEqual([
    [null, 'Mayor Jonas Weber and engineer Lena Fischer visited the dike at Koblenz on 7 April.'],
    [null, 'River level at the Bonn gauge over six days in April.'],
  ]);
  expect(pictures.map((picture) => picture.bytes)).toEqual([new Uint8Array(readFileSync(`${office}river.png`)), new Uint8Array(readFileSync(`${office}levels.png`))]);
  expect(document.paragraphs.map((paragraph) => paragraph.text).join(' ')).not.toMatch(/fire brigades of both cities/);
});

it('reads a page saved as MHTML with the picture inside it, and leaves remote ones out', async () => {
  const png = readFileSync(`${office}river.png`).toString('base64').replace(/.{76}/g, '$&\r\n');
  const story = 'The ferry to the islands ran again on Tuesday after the storm, the shipping company said in a statement.';
  const html = `<!DOCTYPE html><html><head><title>Ferries run again</title></head><body><nav><a href=3D"/">Front page</a></nav><article><h1>Ferries run again</h1><p>${story} Crews had checked every boat in the fleet.</p><figure><img src=3D"https://news.example/img/ferry.png" alt=3D"The ferry at the quay"><figcaption>The ferry leaving the harbour of Riverton on Tuesday.</figcaption></figure><p>Passengers who had waited since Saturday were given seats first, and the company added two more crossings for the evening to bring everyone home.</p><p><img src=3D"https://tracker.example/pixel.png" alt=3D"Advert"></p><p>More crossings will follow on Wednesday if the wind stays low, the company said, and timetables will return to normal by the weekend.</p></article></body></html>`;
  const mhtml = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://news.example/ferries',
    'Subject: Ferries run again',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    '\tboundary="----MultipartBoundary--abc123----"',
    '',
    '',
    '------MultipartBoundary--abc123----',
    'Content-Type: text/html',
    'Content-ID: <frame-1@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://news.example/ferries',
    '',
    html.replace(/(.{70})/g, '$1=\r\n'),
    '',
    '------MultipartBoundary--abc123----',
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://news.example/img/ferry.png',
    '',
    png,
    '',
    '------MultipartBoundary--abc123------',
    '',
  ].join('\r\n');
  const dir = mkdtempSync(path.join(tmpdir(), 'docent-mhtml-'));
  writeFileSync(path.join(dir, 'ferries.mhtml'), mhtml);
  const { document, pictures } = await readDocumentFile('ferries.mhtml', dir);
  expect(document.title).toBe('Ferries run again');
  expect(document.paragraphs[0]?.text).toBe(`${story} Crews had checked every boat in the fleet.`);
  expect(document.paragraphs.map((paragraph) => paragraph.text).join(' ')).not.toMatch(/Front page/);
  expect(document.pictures.map(({ alt, caption, omitted }) => ({ alt, caption, omitted: omitted === null ? null : 'omitted' }))).toEqual([
    { alt: 'The ferry at the quay', caption: 'The ferry leaving the harbour of Riverton on Tuesday.', omitted: null },
    { alt: 'Advert', caption: null, omitted: 'omitted' },
  ]);
  expect(pictures.map((picture) => picture.bytes)).toEqual([new Uint8Array(readFileSync(`${office}river.png`))]);
});
