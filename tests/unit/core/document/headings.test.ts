// Every explicit heading is a section title, in plain text, Markdown and HTML; a date line or a list item never is.
import { describe, expect, it } from 'vitest';
import { parseDocumentText } from '../../../../src/core/document/read-document';
import { isDateLine, looksLikeHeading } from '../../../../src/core/document/heading-lines';

const body = 'The first paragraph says something at length, as paragraphs do.';
const headingsOf = (text: string, type: 'text' | 'markdown' | 'html') =>
  [...new Set(parseDocumentText(`a.${type === 'text' ? 'txt' : type === 'markdown' ? 'md' : 'html'}`, text, type).paragraphs.map((p) => p.heading))].filter(Boolean);

describe('plain-text headings', () => {
  it('keeps numbered, mixed-case-with-colon and one-word headings', () => {
    const text = ['A Report on Towns', body, '2.1. Property Rights', body, 'My Story: How the Mill Town Grew Up Around the Old River Crossing', body, 'Cities', body].join('\n\n');
    expect(headingsOf(text, 'text')).toEqual(['2.1. Property Rights', 'My Story: How the Mill Town Grew Up Around the Old River Crossing', 'Cities']);
  });

  it('keeps a single numbered heading', () => {
    expect(headingsOf(['A Report', body, '3. Results', body].join('\n\n'), 'text')).toEqual(['3. Results']);
  });

  it('never takes a date line for a heading', () => {
    const text = ['A Report on Towns', 'March 3, 2021', body, 'Roads', body, 'Bridges', body].join('\n\n');
    expect(headingsOf(text, 'text')).toEqual(['Roads', 'Bridges']);
    for (const line of ['March 3, 2021', '3 March 2021', 'Tuesday, 4 May 2021', 'Updated: 12 May 2020, 10:30 GMT', '2021-03-03', 'Sept. 9']) expect(isDateLine(line)).toBe(true);
    expect(isDateLine('March of the Penguins')).toBe(false);
    expect(isDateLine('OSLO, April 26, 2006 --')).toBe(true);
  });

  it('reads a wire dateline on its own line as the dateline, not as a heading, with a credit line above it', () => {
    const text = ['Ferries Will Stop in May', 'By Ada Roe', 'Harbour News Service', 'OSLO, April 26, 2006 --', body, 'The ferry company gave no reason for the decision, which surprised the town.'].join('\n\n');
    const document = parseDocumentText('a.txt', text, 'text');
    expect(document.paragraphs.map((p) => p.heading).filter(Boolean)).toEqual([]);
    expect(document).toMatchObject({ title: 'Ferries Will Stop in May', date: '2006-04-26', dateline: 'Oslo' });
    expect(document.paragraphs.map((p) => p.text)).not.toContain('OSLO, April 26, 2006 --');
    expect(looksLikeHeading('Harbour News Service')).toBe(true);
  });

  it('never takes list items for headings', () => {
    const text = ['Shopping Notes', body, 'Bread', 'Milk and butter', 'Green apples', body, 'Prices', body, 'Shops', body].join('\n\n');
    expect(headingsOf(text, 'text')).toEqual(['Prices', 'Shops']);
    expect(looksLikeHeading('- Milk and butter')).toBe(false);
    expect(looksLikeHeading('By Jane Roe')).toBe(false);
  });
});

describe('Markdown headings', () => {
  it('keeps # headings and numbered lines set alone, but not a numbered list', () => {
    const text = ['# Report', body, '## Cities', body, '2. Property Rights', '', body, '', '1. Buy bread', '2. Buy milk', '', body, '### March 3, 2021', body].join('\n\n').replace(/\n\n\n\n/g, '\n\n');
    expect(headingsOf(text, 'markdown')).toEqual(['Cities', '2. Property Rights']);
  });
});

describe('HTML headings', () => {
  it('keeps <h2>, a whole-bold short paragraph and a numbered paragraph; not a date heading or a list item', () => {
    const html = `<h1>Report</h1><p>${body}</p><h2>Cities</h2><p>${body}</p><p><strong>Rivers and Lakes</strong></p><p>${body}</p><p>2.1. Property Rights</p><p>${body}</p><h3>March 3, 2021</h3><ul><li>Bread</li><li>Milk</li></ul><p>${body} <strong>bold</strong> inside.</p>`;
    expect(headingsOf(html, 'html')).toEqual(['Cities', 'Rivers and Lakes', '2.1. Property Rights']);
  });
});
