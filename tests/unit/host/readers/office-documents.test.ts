// Word and OpenDocument files made by LibreOffice (tests/fixtures/documents/office/make.sh) read into the
// same document as the report's plain text, with the pictures, the table and without the footnote.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../../src/core/analysis/analyze-document';
import { gazetteer } from '../../../../src/host/offline-gazetteer';
import { imageExtension } from '../../../../src/host/readers/picture-store';
import { readDocumentFile } from '../../../../src/host/readers/read-document-file';

const office = new URL('../../../fixtures/documents/office/', import.meta.url).pathname;
const read = (name: string) => readDocumentFile(`${office}${name}`, office);

describe.each(['river-report.docx', 'river-report.odt'])('%s (made by LibreOffice)', (name) => {
  it('takes the title from the Title style and sections from the heading styles', async () => {
    const { document } = await read(name);
    expect(document.title).toBe('Spring flood report for the middle Rhine');
    expect([...new Set(document.paragraphs.map((paragraph) => paragraph.heading))]).toEqual(['What happened', 'Damage in the towns', 'What the towns ask for', 'Water levels']);
  });

  it('keeps list items as paragraphs and leaves the footnote out', async () => {
    const { document } = await read(name);
    const texts = document.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toContain('a shared warning service that sends river levels to every household');
    expect(texts.join(' ')).not.toMatch(/fire brigades of both cities/);
    // The footnote's reference mark is not left in the sentence either.
    expect(texts).toContain('Cellars flooded in Bonn and in the lower streets of Cologne, where the fire brigade pumped out more than three hundred buildings. Shipping on the river stopped for five days, and barges waited at Mainz until the water fell.');
  });

  it('reads the embedded pictures with their alt text and captions (without the "Figure 1:" label)', async () => {
    const { document, pictures } = await read(name);
    expect(document.pictures.map(({ alt, caption, omitted }) => ({ alt, caption, omitted }))).toEqual([
      { alt: 'The river between its banks, drawn from above, with the grey dike along both sides.', caption: 'Mayor Jonas Weber and engineer Lena Fischer visited the dike at Koblenz on 7 April.', omitted: null },
      { alt: 'A bar chart of the river level on six days, rising to a peak on the fourth day.', caption: 'River level at the Bonn gauge over six days in April.', omitted: null },
    ]);
    expect(pictures).toHaveLength(2);
    expect(pictures.map((picture) => imageExtension(picture.bytes))).toEqual(['png', 'png']);
    expect(document.pictures.map((picture) => picture.src)).toEqual(pictures.map((picture) => picture.name));
    // The caption is a marked caption paragraph, so it reaches the notes and the map like any caption.
    expect(document.paragraphs.filter((paragraph) => paragraph.markedCaption).map((paragraph) => paragraph.text)).toEqual(document.pictures.map((picture) => picture.caption));
  });

  it('keeps the table as rows of cells, not as paragraphs', async () => {
    const { document } = await read(name);
    expect(document.tables.map((table) => table.rows)).toEqual([[['Town', 'Highest level', 'Days flooded'], ['Koblenz', '7.9 m', '2'], ['Bonn', '8.6 m', '3'], ['Cologne', '9.1 m', '3']]]);
    expect(document.paragraphs.map((paragraph) => paragraph.text)).not.toContain('Koblenz');
  });

  it('gives the same sections, bullets and statements as the same report in plain text', async () => {
    const fromText = analyzeDocument((await read('river-report.txt')).document, gazetteer());
    const fromOffice = analyzeDocument((await read(name)).document, gazetteer());
    expect(fromOffice.sections.map((section) => section.title)).toEqual(fromText.sections.map((section) => section.title));
    const statements = (analysis: typeof fromText) => analysis.statements.map(({ speaker, kind, text, source }) => ({ speaker, kind, text, source }));
    expect(statements(fromOffice)).toEqual(statements(fromText));
    // Bullets: the same, but for captions (text has none: the format loses the pictures).
    expect(fromOffice.sections.map((section) => section.bullets.map((bullet) => bullet.source))).toEqual(fromText.sections.map((section) => section.bullets.map((bullet) => bullet.source)));
    // Every bullet's source is a sentence of the document's own text.
    const text = fromOffice.paragraphs.map((paragraph) => paragraph.text).join('\n');
    for (const bullet of fromOffice.sections.flatMap((section) => section.bullets)) expect(text).toContain(bullet.source);
  });
});
