// Who wrote or delivers a document when it says so only in a byline: "President: Jane Roe" as its first line,
// "By Jane Roe", "*Mayor Jane Roe, 4 May 2021*" under the title, "Remarks by Jane Roe", a letter's "Jane Roe to …". The speaker of a
// speech and the author of a first-person text are found here, not in any sentence.
import type { Paragraph } from '../document/document-model';
import type { NameClassifier } from './classify-name';

export interface Author {
  name: string;
  /** The office the byline gives ("President"), or null. */
  role: string | null;
  /** The paragraph that is the byline (not a sentence of the body), or -1 when the title holds it. */
  paragraph: number;
}

const personName = String.raw`((?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.|de|van|von|da|del|bin|al)){1,4})`;
// "President: Jane Roe", "Speaker: Jane Roe", "Interviewee: Jane Roe".
const labelled = new RegExp(String.raw`^(President|Prime Minister|Speaker|Author|Interviewee|Guest|Remarks by|Address by|Speech by|Statement by)\s*:?\s+${personName}$`, 'u');
// "By Jane Roe", "by Mayor Jane Roe".
const by = new RegExp(String.raw`^[Bb]y\s+${personName}(?:,.*)?$`, 'u');
// "President Jane Roe, April 20, 1961" or "Jane Roe, 4 May 2021": a name and a date, nothing else.
const nameAndDate = new RegExp(String.raw`^${personName}\s*,\s*(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+\.?\s+\d{1,2}?,?\s*\d{4}$`, 'u');

// A letter's title: "Jane Roe to the Harbour Guild", "Jane Roe to John Doe".
const letterTo = new RegExp(String.raw`^${personName}\s+to\s+(?:the\s+)?\p{Lu}`, 'u');

function fromLine(line: string, classifier: NameClassifier, isTitle = false): { name: string; role: string | null } | null {
  const text = line.replace(/^[*_\s]+|[*_\s]+$/g, '').trim();
  const label = labelled.exec(text);
  if (label?.[1] && label[2]) {
    const role = /^(Remarks|Address|Speech|Statement) by$|^(Speaker|Author|Interviewee|Guest)$/.test(label[1]) ? null : label[1];
    const split = classifier.splitTitle(label[2]);
    return { name: split.name, role: role ?? (split.title || null) };
  }
  const letter = isTitle ? letterTo.exec(text) : null;
  if (letter?.[1] && classifier.kind(letter[1]) === 'person') {
    const split = classifier.splitTitle(letter[1]);
    if (split.name.split(/\s+/).length >= 2) return { name: split.name, role: split.title || null };
  }
  // A name alone on the line under the title: the byline without its "By".
  const alone = !isTitle && /^(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}\p{Lu}[\p{L}'’-]+$/u.test(text) ? text : null;
  if (alone && classifier.kind(alone) === 'person') {
    const split = classifier.splitTitle(alone);
    if (split.name.split(/\s+/).length >= 2) return { name: split.name, role: split.title || null };
  }
  const match = by.exec(text) ?? nameAndDate.exec(text);
  if (match?.[1]) {
    const split = classifier.splitTitle(match[1]);
    if (split.name.split(/\s+/).length < 2) return null;
    return { name: split.name, role: split.title || null };
  }
  return null;
}

/** The byline author, from the title or the first two paragraphs, or null when the document names none. */
export function findAuthor(title: string | null, paragraphs: Paragraph[], classifier: NameClassifier): Author | null {
  if (title) {
    const found = fromLine(title, classifier, true);
    if (found) return { ...found, paragraph: -1 };
  }
  for (const paragraph of paragraphs.slice(0, 2)) {
    if (paragraph.text.split(/\s+/).length > 12) continue;
    const found = fromLine(paragraph.text, classifier);
    if (found) return { ...found, paragraph: paragraph.index };
  }
  return null;
}
