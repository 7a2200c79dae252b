// PDFs made by LibreOffice: a report with pictures, a footnote and a table; a two-column newsletter with a
// running header, page numbers and words hyphenated at line ends; a scanned page (an image, no text layer);
// a password-protected copy. Their text is compared with the same documents' plain text.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../../src/core/analysis/analyze-document';
import { DocentError } from '../../../../src/core/errors';
import { gazetteer } from '../../../../src/host/offline-gazetteer';
import { readDocumentFile } from '../../../../src/host/readers/read-document-file';
import { maxPdfPages } from '../../../../src/host/readers/reader-limits';

const office = new URL('../../../fixtures/documents/office/', import.meta.url).pathname;
const read = (name: string, onProgress?: (fraction: number, message: string) => void) => readDocumentFile(`${office}${name}`, office, { onProgress });
const textParagraphs = (name: string) => readFileSync(`${office}${name}`, 'utf8').trim().split('\n\n');

describe('a two-column PDF', () => {
  it('reads the columns in order, without the running header and page numbers, with hyphenation undone', async () => {
    const { document } = await read('harbour-columns.pdf');
    const [title, ...rest] = textParagraphs('harbour-columns.txt');
    expect(document.title).toBe(title);
    const headings = ['The night of the storm', 'Counting the damage', 'What comes next'];
    expect([...new Set(document.paragraphs.map((paragraph) => paragraph.heading))]).toEqual(headings);
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual(rest.filter((paragraph) => !headings.includes(paragraph)));
  });
});

describe('a report PDF with pictures', () => {
  it('gives the same sections, bullets and statements as its plain text, pictures with captions and the table', async () => {
    const { document, pictures } = await read('river-report.pdf');
    expect(document.title).toBe('Spring flood report for the middle Rhine');
    expect(document.pictures.map((picture) => picture.caption)).toEqual(['Mayor Jonas Weber and engineer Lena Fischer visited the dike at Koblenz on 7 April.', 'River level at the Bonn gauge over six days in April.']);
    // pdf.js decodes the pictures; re-encoded, they are the very pictures the document was made with.
    expect(pictures.map((picture) => picture.bytes.length)).toEqual([readFileSync(`${office}river.png`).length, readFileSync(`${office}levels.png`).length]);
    expect(document.tables[0]?.rows).toEqual([['Town', 'Highest level', 'Days flooded'], ['Koblenz', '7.9 m', '2'], ['Bonn', '8.6 m', '3'], ['Cologne', '9.1 m', '3']]);
    expect(document.paragraphs.map((paragraph) => paragraph.text).join(' ')).not.toMatch(/fire brigades of both cities/);

    const fromText = analyzeDocument((await read('river-report.txt')).document, gazetteer());
    const fromPdf = analyzeDocument(document, gazetteer());
    expect(fromPdf.sections.map((section) => section.title)).toEqual(fromText.sections.map((section) => section.title));
    const statements = (analysis: typeof fromText) => analysis.statements.map(({ speaker, kind, text, source }) => ({ speaker, kind, text, source }));
    expect(statements(fromPdf)).toEqual(statements(fromText));
    expect(fromPdf.sections.map((section) => section.bullets.map((bullet) => bullet.source))).toEqual(fromText.sections.map((section) => section.bullets.map((bullet) => bullet.source)));
  });
});

describe('a scanned page (no text layer)', () => {
  it('is read with OCR offline, with progress, and the deck says so', async () => {
    const progress: string[] = [];
    const { document } = await read('scanned-page.pdf', (_fraction, message) => progress.push(message));
    expect(document.readingNotes.join(' ')).toMatch(/read from scanned pages with OCR/);
    expect(progress.some((message) => /with OCR/.test(message))).toBe(true);
    expect(document.paragraphs.map((paragraph) => paragraph.heading)).toEqual(expect.arrayContaining(['What happened', 'Damage in the towns', 'What the towns ask for']));
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toContain(textParagraphs('river-report.txt')[2]);
  }, 120_000);
});

describe('PDFs Docent cannot read whole', () => {
  it('refuses a password-protected PDF with a clear error', async () => {
    await expect(read('river-report-password.pdf')).rejects.toThrow(/password-protected/);
    await expect(read('river-report-password.pdf')).rejects.toBeInstanceOf(DocentError);
  });

  it('refuses a truncated PDF, naming the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'docent-pdf-'));
    const whole = readFileSync(`${office}river-report.pdf`);
    writeFileSync(path.join(dir, 'cut.pdf'), whole.subarray(0, 2000));
    const error = await readDocumentFile('cut.pdf', dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocentError);
    expect((error as DocentError).describe()).toMatch(/^cut\.pdf: the PDF is damaged or truncated/);
  });

  it(`reads the first ${maxPdfPages} pages of a 500-page PDF and says the rest was not read`, async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (let n = 1; n <= 500; n++) pdf.addPage([400, 300]).drawText(`Page ${n} tells how the harbour crews worked through night number ${n}.`, { x: 20, y: 150, size: 9, font });
    const dir = mkdtempSync(path.join(tmpdir(), 'docent-pdf-'));
    writeFileSync(path.join(dir, 'long.pdf'), await pdf.save());
    const { document } = await readDocumentFile('long.pdf', dir);
    expect(document.readingNotes).toEqual([`Only the first ${maxPdfPages} of the PDF's 500 pages were read (Docent reads at most ${maxPdfPages}).`]);
    expect(document.paragraphs.at(-1)?.text).toMatch(new RegExp(`night number ${maxPdfPages}\\.`));
  }, 120_000);
});
