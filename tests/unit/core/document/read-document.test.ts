import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocumentText, readDocument } from '../../../../src/core/document/read-document';
import { DocentError } from '../../../../src/core/errors';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/documents/${name}`, import.meta.url)));

describe('readDocument', () => {
  it('takes the date and dateline from a first line such as "date 2023-09-19 Beijing"', () => {
    const doc = parseDocumentText('a.txt', 'date 2023-09-19 Beijing\n\nA headline without a period\n\nFirst paragraph. Second sentence.\n\nAnother paragraph.', 'text');
    expect(doc.date).toBe('2023-09-19');
    expect(doc.dateline).toBe('Beijing');
    expect(doc.title).toBe('A headline without a period');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['First paragraph. Second sentence.', 'Another paragraph.']);
  });

  it('takes a wire-service dateline off the first paragraph ("WASHINGTON, Sept 19 (Reuters) - …")', () => {
    const doc = parseDocumentText('a.txt', 'Senate passes bill\n\nWASHINGTON, Sept 19 (Reuters) - The U.S. Senate passed a bill.\n\nMore text here.', 'text');
    expect(doc.dateline).toBe('Washington');
    expect(doc.paragraphs[0]?.text).toBe('The U.S. Senate passed a bill.');
  });

  it('takes the date from a wire dateline without a year ("WARSAW, March 4 (Reuters) -")', () => {
    const doc = parseDocumentText('a.txt', 'Bus maker expands\n\nWARSAW, March 4 (Reuters) - A bus maker will build a plant.\n\nMore text here.', 'text');
    expect(doc).toMatchObject({ date: 'March 4', dateline: 'Warsaw' });
    expect(doc.paragraphs[0]?.text).toBe('A bus maker will build a plant.');
    expect(parseDocumentText('a.txt', 'LIMA, Jan 9, 2024 (AP) - Rain fell.\n\nMore.', 'text').date).toBe('Jan 9, 2024');
  });

  it('keeps a question as the headline but not a first sentence that ends with a period', () => {
    expect(parseDocumentText('a.txt', 'Is this the headline?\n\nBody text here.', 'text').title).toBe('Is this the headline?');
    expect(parseDocumentText('a.txt', 'This is a sentence.\n\nBody text here.', 'text').title).toBeNull();
  });

  it('treats Markdown headings as explicit sections and drops inline markup', () => {
    const doc = readDocument('council-budget.md', fixture('council-budget.md'));
    expect(doc.title).toBe('Riverton council approves budget after long night');
    expect(doc.date).toBe('2024-03-12');
    const headings = [...new Set(doc.paragraphs.map((p) => p.heading))];
    expect(headings).toEqual([null, 'Roads and repairs', 'The swimming pool', 'Libraries and staff', 'What happens next']);
    const md = parseDocumentText('b.md', '# Title\n\nSome **bold** and [a link](http://x.org) and `code`.\n\n```\nskipped code\n```\n', 'markdown');
    expect(md.paragraphs.map((p) => p.text)).toEqual(['Some bold and a link and code.']);
  });

  it('takes a whole-bold short line in Markdown for a subheading', () => {
    const doc = parseDocumentText('a.md', 'Intro text here.\n\n**The costs**\n\nIt cost a lot of **money** overall.', 'markdown');
    expect(doc.paragraphs.map((p) => [p.heading, p.text])).toEqual([
      [null, 'Intro text here.'],
      ['The costs', 'It cost a lot of money overall.'],
    ]);
  });

  it('reads HTML safely: scripts and styles dropped, headings kept, figure captions marked', () => {
    const doc = readDocument('port-strike.html', fixture('port-strike.html'));
    expect(doc.title).toBe('Port strike ends after nine days');
    const texts = doc.paragraphs.map((p) => p.text).join('\n');
    expect(texts).not.toMatch(/alert|color:red|Home|Copyright/);
    expect(texts).toContain('“Our members showed');
    expect(doc.paragraphs.filter((p) => p.markedCaption).map((p) => p.text)).toEqual(['Container ships waited outside the harbour on Wednesday.']);
    expect(new Set(doc.paragraphs.map((p) => p.heading))).toEqual(new Set([null, 'Costs for shippers', 'What comes next']));
  });

  it('treats short unpunctuated lines in plain text as subheadings when there are several', () => {
    const text = 'The headline\n\nFirst paragraph here.\n\nMoney matters\n\nSecond paragraph here.\n\nWhat comes next\n\nThird paragraph here.';
    const doc = parseDocumentText('a.txt', text, 'text');
    expect(doc.paragraphs.map((p) => p.heading)).toEqual([null, 'Money matters', 'What comes next']);
  });

  it('refuses an unsupported file type, naming the file', () => {
    try {
      readDocument('slides.pdf', new Uint8Array([1]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DocentError);
      expect((error as DocentError).code).toBe('DOCUMENT_UNSUPPORTED');
      expect((error as DocentError).describe()).toMatch(/^slides\.pdf: /);
    }
  });
});
