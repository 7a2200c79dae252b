import { describe, expect, it } from 'vitest';
import { findCaptions, isCaption } from '../../../../src/core/analysis/find-captions';
import type { Paragraph } from '../../../../src/core/document/document-model';

const paragraph = (text: string, index = 1, markedCaption = false): Paragraph => ({ index, text, heading: null, headingNumber: -1, markedCaption });

describe('captions', () => {
  it('recognises a standalone "X and Y met in Z last week" line', () => {
    expect(isCaption(paragraph('Prime Minister Ana Silva and President Tomas Berg met in Lisbon last week.'))).toBe(true);
    expect(isCaption(paragraph('Both Chile and Peru have held many naval drills.'))).toBe(true);
  });

  it('recognises a photo position marker', () => {
    expect(isCaption(paragraph('Coach Lena Hart (left) celebrates with the team on Sunday.'))).toBe(true);
  });

  it('does not take body sentences, reported speech, questions or longer paragraphs', () => {
    expect(isCaption(paragraph('The council met on Tuesday to discuss the budget.'))).toBe(false);
    expect(isCaption(paragraph('Ana Silva and Tomas Berg said they would meet again.'))).toBe(false);
    expect(isCaption(paragraph('Will Chile and Peru meet again?'))).toBe(false);
    expect(isCaption(paragraph('Ana Silva and Tomas Berg met in Lisbon. They talked for hours about trade.'))).toBe(false);
  });

  it('trusts a caption marked by the source (HTML figcaption)', () => {
    expect(isCaption(paragraph('Ships waited outside the harbour.', 1, true))).toBe(true);
  });

  it('never takes the lead paragraph for a caption', () => {
    const found = findCaptions([paragraph('Ana Silva and Tomas Berg met in Lisbon last week.', 0), paragraph('Body text follows here.', 1)]);
    expect(found).toEqual([]);
  });
});
