// Statements no reporting verb introduces: an interview's answers belong to whoever answers, and a speech
// or first-person text speaks in its author's voice ("I have decided …").
import type { Author } from './find-author';
import type { Turn } from './find-interview-turns';
import type { Sentence } from './split-sentences';
import type { Statement } from './statement-model';

/** The first sentence of every answer paragraph, as the answerer's own words. */
export function answerStatements(turns: Turn[], sentences: Sentence[], role: (speaker: string) => string | null): Statement[] {
  const answering = new Map(turns.filter((turn) => !turn.question && turn.speaker).map((turn) => [turn.paragraph, turn.speaker as string]));
  return ownWords(sentences, (sentence) => {
    const speaker = answering.get(sentence.paragraph);
    if (!speaker || sentence.text.split(/\s+/).length < 3) return null;
    return { speaker, role: role(speaker) };
  });
}

const firstPersonSingular = /(?:^|[\s“"(])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll)(?=[\s,.;:!?”"]|$)/;

/** Where the author speaks of themself ("I have decided …"): one sentence a paragraph, as the author's words. */
export function authorStatements(author: Author, sentences: Sentence[], skip: ReadonlySet<number>, othersSentences: ReadonlySet<number> = new Set()): Statement[] {
  return ownWords(sentences, (sentence) => {
    // A sentence the text gives to someone else (a long quotation's "I hope …") is not the author's.
    if (sentence.paragraph === author.paragraph || skip.has(sentence.paragraph) || othersSentences.has(sentence.index)) return null;
    // "I" inside someone else's quotation is theirs, not the author's.
    if (!firstPersonSingular.test(sentence.text.replace(/“[^”]*”|"[^"]*"/g, ' '))) return null;
    return { speaker: author.name, role: author.role };
  });
}

/**
 * The first sentence of each paragraph that `voiceOf` gives a voice, whole, as that person's own
 * words: no reporting verb frames them, so the sentence is both the quote and its source.
 */
function ownWords(sentences: Sentence[], voiceOf: (sentence: Sentence) => { speaker: string; role: string | null } | null): Statement[] {
  const statements: Statement[] = [];
  const seen = new Set<number>();
  for (const sentence of sentences) {
    if (seen.has(sentence.paragraph)) continue;
    const voice = voiceOf(sentence);
    if (!voice) continue;
    seen.add(sentence.paragraph);
    statements.push({
      speaker: voice.speaker,
      speakerKind: 'person',
      role: voice.role,
      outlet: null,
      kind: 'direct',
      text: sentence.text,
      source: sentence.text,
      paragraph: sentence.paragraph,
      sentence: sentence.index,
    });
  }
  return statements;
}
