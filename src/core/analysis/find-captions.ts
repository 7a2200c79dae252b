// Picture captions left in a pasted article: short standalone lines such as "X and Y met in Z last week".
// They interrupt the story, so they stay out of bullets and go to the notes and the map instead.
import type { Paragraph } from '../document/document-model';
import { splitSentences } from './split-sentences';

export interface Caption {
  text: string;
  paragraph: number;
}

const maxCaptionWords = 30;
const photoMarker = /\((?:\d(?:st|nd|rd|th)\s+)?(?:left|right|centre|center|pictured|top|bottom|front|back|l|r|c)\)|^(?:photo|image|picture|caption|pictured)\b[:|]?|\b(?:file photo|pictured)\b/i;
const reporting = /\b(said|says|told|according to|believes?|thinks?|claims?)\b|[“”"]/i;
// "Both X and Y …", "X (left) and Y …", "Chinese President X and Russian President Y met …": two named
// subjects joined before the verb.
const pairedSubjects = /^(?:Both\s+)?(?:[\p{Lu}][\p{L}\p{M}'’-]*\s+|\([^)]*\)\s+|(?:leader|president|minister|chief|head|prime|foreign|of|the)\s+)*?[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+\([^)]*\))?\s+and\s+(?:[\p{Lu}\p{Ll}][\p{L}\p{M}'’-]*\s+){0,4}?[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+\([^)]*\))?\s+\p{Ll}/u;

// "X and the minister of Y visited the factory in August": two subjects, a meeting verb, a when or where.
const pairedMeeting = /^\p{Lu}[^,;:]{0,60}?\s+and\s+[^,;:]{0,60}?\s+(?:met|visited|held talks|attended|toured|opened|inaugurated|signed)\b[^,;]*\b(?:in|on|at|last|this)\b/u;

export function isCaption(paragraph: Paragraph): boolean {
  if (paragraph.markedCaption) return true;
  const sentences = splitSentences(paragraph.text);
  if (sentences.length !== 1) return false;
  const words = paragraph.text.split(/\s+/).length;
  if (words > maxCaptionWords || /\?$/.test(paragraph.text) || reporting.test(paragraph.text)) return false;
  return photoMarker.test(paragraph.text) || pairedSubjects.test(paragraph.text) || pairedMeeting.test(paragraph.text);
}

export function findCaptions(paragraphs: Paragraph[]): Caption[] {
  // The lead paragraph opens the story; it is never a caption unless the document marks it as one.
  return paragraphs.filter((paragraph, i) => (i > 0 || paragraph.markedCaption) && isCaption(paragraph)).map((paragraph) => ({ text: paragraph.text, paragraph: paragraph.index }));
}
