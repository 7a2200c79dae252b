import { describe, expect, it } from 'vitest';
import { singleParagraphProperties } from '../../../../../src/host/export/pptx/finish-pptx';

describe('singleParagraphProperties', () => {
  it('keeps the first <a:pPr> of a paragraph and drops the ones pptxgenjs repeats before later runs', () => {
    const xml = '<a:p><a:pPr algn="l"><a:buChar char="•"/></a:pPr><a:r><a:t>A </a:t></a:r><a:pPr algn="l"><a:buChar char="•"/></a:pPr><a:r><a:t>b</a:t></a:r></a:p><a:p><a:pPr/><a:r><a:t>C</a:t></a:r></a:p>';
    expect(singleParagraphProperties(xml)).toBe('<a:p><a:pPr algn="l"><a:buChar char="•"/></a:pPr><a:r><a:t>A </a:t></a:r><a:r><a:t>b</a:t></a:r></a:p><a:p><a:pPr/><a:r><a:t>C</a:t></a:r></a:p>');
  });
});
