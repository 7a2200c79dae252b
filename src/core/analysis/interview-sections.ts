// An interview's sections: what comes before the first question is cut as any text is; then every question
// starts a slide of its own, headed by the question and holding its answer.
import type { Paragraph } from '../document/document-model';
import type { Turn } from './find-interview-turns';
import type { SectionSpan } from './segment-sections';

/** "Mr. President, will it rain? And when?" -> "Will it rain? And when?": the question, without the address. */
export function questionHeading(text: string): string {
  // "Mr." and "Dr." end no sentence.
  const guarded = text.replace(/\b(Mr|Mrs|Ms|Dr|St|Gen|Sen|Gov)\./g, '$1\u2060');
  const questions = guarded.match(/[^.?!]*\?/g) ?? [guarded];
  // The last question is the one asked; a long one is asked in its last clause ("…, can you say when?").
  let question = (questions[questions.length - 1] ?? guarded).trim();
  if (question.split(/\s+/).length > 12) {
    const clause = /(?:^|[,;—–]\s+)((?:can|could|will|would|do|does|did|is|are|was|were|should|what|why|how|when|where|who|which|have|has)\b[^,;—–]*\?)$/i.exec(question);
    if (clause?.[1]) question = clause[1];
  }
  question = question.replace(/\u2060/g, '.');
  const bare = question.replace(/^(?:(?:Mr|Mrs|Ms|Madam|Madame)\.?\s+(?:President|Secretary|Speaker|Chairman|Prime Minister|Mayor|Governor)|Sir|Senator|Minister|Doctor)\s*,\s*(?:sir\s*,\s*)?/i, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

const maxInterjectionWords = 4;

export function interviewSections(
  paragraphs: Paragraph[],
  turns: Turn[],
  segment: (opening: Paragraph[]) => SectionSpan[],
): SectionSpan[] {
  const turnOf = new Map(turns.map((turn) => [turn.paragraph, turn]));
  const firstQuestion = paragraphs.findIndex((paragraph) => turnOf.get(paragraph.index)?.question);
  if (firstQuestion < 0) return segment(paragraphs);
  const spans = firstQuestion > 0 ? segment(paragraphs.slice(0, firstQuestion)) : [];
  let current: SectionSpan | null = null;
  let previousWasQuestion = false;
  for (const paragraph of paragraphs.slice(firstQuestion)) {
    const question = turnOf.get(paragraph.index)?.question ?? false;
    // "Okay.", "John —", "Right.": a few words that ask nothing go on with the slide they interrupt.
    const interjection = question && current !== null && !/\?/.test(paragraph.text) && paragraph.text.split(/\s+/).length <= maxInterjectionWords;
    if (question && !previousWasQuestion && !interjection) {
      current = { heading: questionHeading(paragraph.text), paragraphs: [] };
      spans.push(current);
    } else if (question && current) {
      // A question asked over two paragraphs: its second part is the one with the question mark.
      if (/\?/.test(paragraph.text) && !/\?/.test(current.heading ?? '')) current.heading = questionHeading(paragraph.text);
    }
    current?.paragraphs.push(paragraph.index);
    previousWasQuestion = question;
  }
  // A closing "Thank you, Mr. President." is labelled like a question but asks nothing and gets no answer:
  // it ends the slide before it instead of making one of its own.
  return spans.filter((span, i) => {
    const previous = spans[i - 1];
    const asksNothing = span.paragraphs.every((index) => turnOf.get(index)?.question) && !/\?/.test(span.heading ?? '');
    if (!previous || !asksNothing) return true;
    previous.paragraphs.push(...span.paragraphs);
    return false;
  });
}
