// An interview or news conference written as turns: paragraphs that open with who speaks ("Q:", "Q.",
// "JANE ROE:", "Jane Roe:", "THE PRESIDENT."). Questions and answers are told apart, the answers belong to
// the person answering, and paragraphs without a label continue the turn before them.
import type { Paragraph } from '../document/document-model';
import type { Author } from './find-author';

export interface Turn {
  paragraph: number;
  /** Who speaks, as the analysis names them ("Jane Roe"); null for the interviewer's questions. */
  speaker: string | null;
  question: boolean;
}

export interface Interview {
  turns: Turn[];
  /** The paragraphs with their speaker labels removed ("Q: Will it rain?" -> "Will it rain?"). */
  paragraphs: Paragraph[];
}

// "Q.", "Q:", "A:", "Question:", "JANE ROE:", "THE PRESIDENT.", "THE. PRESIDENT." (a transcript slip), "Jane Roe:".
const capsLabel = String.raw`(?:[\p{Lu}]{1,}[\p{Lu}.'’-]*(?:\s+[\p{Lu}][\p{Lu}.'’-]*){0,4})`;
const nameLabel = String.raw`(?:(?:The|Mr\.|Mrs\.|Ms\.|Dr\.)\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const labelPattern = new RegExp(String.raw`^(Q|A|Question|Answer|${capsLabel}|${nameLabel})\s*([.:])\s+(?=\S)`, 'u');
// White House transcripts write the question label bare: "Q    Will the bridge open?".
const bareQuestion = /^Q\s+(?=[\p{Lu}“"‘(—–-])/u;
/** "MS. ROE", "Mr. Roe": an honorific says how to address the speaker, not who they are. */
const honorific = /^(?:mr|mrs|ms|miss|dr|sen|rep|gov|gen|adm)\.?\s+/i;

/** Labels of the one who asks. */
const askers = /^(q|question|interviewer|reporter|audience|moderator|host)$/i;
/** Line openers that look like labels but introduce no speaker. */
const notSpeakers = /^(note|update|editor'?s note|source|photo|caption|warning|correction|summary|update|tip|see also|example|answer key)$/i;

interface Label {
  text: string;
  rest: string;
}

function labelOf(paragraph: string): Label | null {
  const bare = bareQuestion.exec(paragraph);
  if (bare) return { text: 'Q', rest: paragraph.slice(bare[0].length) };
  const match = labelPattern.exec(paragraph);
  if (!match?.[1]) return null;
  const raw = match[1];
  const isCaps = raw === raw.toUpperCase();
  // "Name." is a label only in capitals ("THE PRESIDENT.", "Q."); "Mr. Roe went" is a sentence.
  if (match[2] === '.' && !isCaps) return null;
  if (!isCaps && raw.split(/\s+/).length > 4) return null;
  const text = raw.replace(/\.(?=\s|$)/g, '').replace(/\./g, '').trim();
  if (notSpeakers.test(text)) return null;
  return { text, rest: paragraph.slice(match[0].length) };
}

function titleCase(label: string): string {
  return label.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_whole, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The turns of an interview, or null when the document is not one: at least three labelled paragraphs,
 * someone who asks (a "Q" label, or a label whose turns are mostly questions) and someone who answers.
 */
export function findInterviewTurns(paragraphs: Paragraph[], author: Author | null, fullName: (surname: string) => string | null = () => null): Interview | null {
  const labels = paragraphs.map((paragraph) => labelOf(paragraph.text));
  const labelled = labels.filter((label): label is Label => label !== null);
  if (labelled.length < 3) return null;

  const questionShare = new Map<string, { asked: number; total: number }>();
  for (const label of labelled) {
    const key = label.text.toLowerCase();
    const entry = questionShare.get(key) ?? { asked: 0, total: 0 };
    entry.total += 1;
    if (/\?["”’]?$/.test(label.rest.trim())) entry.asked += 1;
    questionShare.set(key, entry);
  }
  const asks = (key: string): boolean => {
    if (askers.test(key)) return true;
    const share = questionShare.get(key);
    return share !== undefined && share.total >= 2 && share.asked / share.total >= 0.6;
  };
  const keys = [...questionShare.keys()];
  // Remarks by two or more people, each turn labelled in capitals ("PRESIDENT ROE:", "PRIME MINISTER DOE:"), need no questioner.
  const remarks = !keys.some(asks) && keys.length >= 2 && labelled.every((label) => label.text === label.text.toUpperCase() && label.text.length > 2) && labels.slice(0, 3).some((label) => label !== null);
  if (!remarks && (!keys.some(asks) || !keys.some((key) => !asks(key)))) return null;

  const speakerName = (label: string): string => {
    if (author) {
      const authorWords = author.name.toLowerCase().split(/\s+/);
      const words = label.toLowerCase().split(/\s+/);
      // "THE PRESIDENT" when the byline says "President: Jane Roe"; "ROE" or "Jane Roe" for the author.
      if ((author.role && words.join(' ').replace(/^the\s+/, '') === author.role.toLowerCase()) || words.some((word) => authorWords.includes(word) && word.length > 2)) {
        return author.name;
      }
    }
    // "MS. ROE:" is Ada Roe when the document names her in full (in its title, say).
    const bare = label.replace(honorific, '');
    const named = label === label.toUpperCase() ? titleCase(bare) : bare;
    if (!named.includes(' ')) return fullName(named) ?? named;
    return named;
  };

  const turns: Turn[] = [];
  let current: { speaker: string | null; question: boolean } | null = null;
  const cleaned = paragraphs.map((paragraph, i) => {
    const label = labels[i];
    if (label) {
      const key = label.text.toLowerCase();
      current = asks(key) ? { speaker: null, question: true } : { speaker: speakerName(label.text), question: false };
    }
    if (current) turns.push({ paragraph: paragraph.index, ...current });
    return label ? { ...paragraph, text: label.rest } : paragraph;
  });
  return { turns, paragraphs: cleaned };
}
