import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { printQuery, readPrintQuery } from '../../../../src/shared/print-plan';
import type { ExportOptions } from '../../../../src/shared/api';

const options = fc.record<ExportOptions>({
  layout: fc.constantFrom('slides', 'notes', 'handout'),
  paper: fc.constantFrom('a4', 'letter'),
  fragments: fc.boolean(),
  annotations: fc.boolean(),
  range: fc.option(
    fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 })).map(([first, extra]) => ({ first, last: first + extra })),
    { nil: null },
  ),
});

describe('print view query', () => {
  it('reads back every option the exporter writes', () => {
    fc.assert(
      fc.property(options, (each) => {
        expect(readPrintQuery(`?${printQuery(each)}`)).toEqual(each);
      }),
    );
  });

  it('keeps its names clear of reveal.js query options and of "print-pdf"', () => {
    const query = printQuery({ layout: 'notes', paper: 'letter', fragments: true, range: { first: 2, last: 5 }, annotations: true });
    expect(query).toBe('layout=notes&paper=letter&steps=1&drawings=1&first=2&last=5');
    expect(query).not.toMatch(/print-pdf|fragments|view=/);
  });

  it('falls back to one page per slide for anything it does not know', () => {
    expect(readPrintQuery('?layout=poster&paper=a3&steps=yes&first=4&last=2&token=abc')).toEqual({ layout: 'slides', paper: 'a4', fragments: false, range: null, annotations: false });
  });
});
