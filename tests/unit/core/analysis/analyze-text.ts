// Test helper: analyse a document given as text, with the real offline gazetteer.
import { analyzeDocument } from '../../../../src/core/analysis/analyze-document';
import type { Analysis } from '../../../../src/core/analysis/analysis-model';
import { parseDocumentText } from '../../../../src/core/document/read-document';
import { gazetteer } from '../../../../src/host/offline-gazetteer';

export function analyzeText(text: string, type: 'text' | 'markdown' | 'html' = 'text', fileName = 'story.txt'): Analysis {
  return analyzeDocument(parseDocumentText(fileName, text, type), gazetteer());
}

/** Paragraphs joined as a plain-text article (no headline). */
export function article(...paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}
