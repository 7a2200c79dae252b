// What the map shows besides places: who met whom where and when (from captions and sentences such as
// "X and Y met in Z last week"), and flows of goods between countries ("sell weapons to Y").
import type { Gazetteer } from '../places/gazetteer';
import type { NameClassifier } from './classify-name';
import { findNames } from './find-names';

/** A meeting the document places somewhere (what the map block's `events` are made from). */
export interface DocumentEvent {
  place: string;
  when: string | null;
  what: string;
  paragraph: number;
}

/** A flow of goods between two places (what the map block's `arrows` are made from). */
export interface DocumentFlow {
  from: string;
  to: string;
  label: string;
}

const meeting = /^(.+?)\s+(met|meet|meets|held talks|hold talks|holds talks|held a meeting|hold a meeting|gathered|signed an? [\p{L} -]+?|visited)\s+(?:in|at)\s+(?:the\s+)?(.+?)(?:\s+((?:on|in|last|this|earlier|next|during)\s+[^,;]+?))?[.!]?$/u;
const transfer =
  /\b(sell|sells|selling|sold|supply|supplies|supplying|supplied|send|sends|sending|sent|export|exports|exporting|exported|ship|ships|shipping|shipped|deliver|delivers|delivering|delivered|provide|provides|providing|provided|transfer|transfers|transferring|transferred)\s+([^,;.]{1,40}?)\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/u;
const doubt = /\b(plan|plans|planning|planned|suspect|suspects|suspected|alleged|allegedly|accus|claim|claims|claimed|reportedly|according to|would|could|may|might)\b/i;

export function findMeetings(text: string, paragraph: number, gazetteer: Gazetteer, classifier: NameClassifier, lowerCaseWords: ReadonlySet<string>): DocumentEvent | null {
  const match = meeting.exec(text.trim());
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const place = gazetteer.lookup(match[3]);
  if (!place) return null;
  const who = match[1].replace(/\s*\([^)]*\)/g, '').trim();
  const people = findNames(who, lowerCaseWords)
    .filter((span) => classifier.kind(span.text) === 'person')
    .map((span) => classifier.splitTitle(span.text).name);
  const subject = people.length >= 2 ? `${people.slice(0, -1).join(', ')} and ${people[people.length - 1]}` : who;
  return { place: match[3].replace(/^the\s+/i, ''), when: match[4]?.replace(/^(on|in|during)\s+/i, '') ?? null, what: `${subject} ${match[2]}`, paragraph };
}

export function findArrow(sentence: string, gazetteer: Gazetteer, lowerCaseWords: ReadonlySet<string>): DocumentFlow | null {
  const match = transfer.exec(sentence);
  if (!match?.[2] || !match[3] || /\bnot\b|n['’]t\b/.test(sentence.slice(0, match.index))) return null;
  const to = gazetteer.lookup(match[3]);
  if (to?.kind !== 'country') return null;
  const before = findNames(sentence.slice(0, match.index), lowerCaseWords)
    .map((span) => gazetteer.lookup(span.text))
    .filter((hit) => hit?.kind === 'country');
  const from = before[before.length - 1];
  if (!from || from.name === to.name) return null;
  const goods = match[2].replace(/^(the|its|their|some|more|many|large|new)\s+/i, '').trim();
  if (goods.split(/\s+/).length > 4) return null;
  return { from: from.name, to: to.name, label: doubt.test(sentence) ? `${goods} (alleged)` : goods };
}
