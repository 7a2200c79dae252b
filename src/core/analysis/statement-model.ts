// An attributed statement: who said what, in which words, to whom.

export type StatementKind = 'direct' | 'reported';
export type SpeakerKind = 'person' | 'organization' | 'country' | 'group';

export interface Statement {
  speaker: string;
  speakerKind: SpeakerKind;
  /** Office, affiliation or description ("an Australian researcher at the University of Sydney"), or null. */
  role: string | null;
  /** To whom or where it was said ("BBC", "reporters"), or null. */
  outlet: string | null;
  kind: StatementKind;
  /** The quoted words (direct) or the reported claim. */
  text: string;
  /** The exact sentence of the document the statement comes from. */
  source: string;
  paragraph: number;
  sentence: number;
}
