// A panel of voices: every section is headed by who speaks, with their role ("Ada Roe, Professor of Tides,
// Harbour University, Lisbon"), and the text under the heading is their answer. Their words are theirs.
import type { Paragraph } from '../document/document-model';
import type { NameClassifier } from './classify-name';
import type { Turn } from './find-interview-turns';

export interface HeadingVoices {
  turns: Turn[];
  /** Each speaker's role, as the heading gives it. */
  roles: Map<string, string>;
}

const namedHeading = /^((?:\p{Lu}\.\s*){0,2}(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’-]+)\s*,\s*(.+)$/u;

/** The voices, or null unless at least three headings, and most of them, open with a person's name. */
export function findHeadingVoices(paragraphs: Paragraph[], classifier: NameClassifier): HeadingVoices | null {
  const headings = new Map<number, string>();
  for (const paragraph of paragraphs) if (paragraph.heading !== null && paragraph.headingNumber >= 0) headings.set(paragraph.headingNumber, paragraph.heading);
  const speakers = new Map<number, { name: string; role: string }>();
  for (const [number, heading] of headings) {
    const match = namedHeading.exec(heading.trim());
    if (!match?.[1] || !match[2]) continue;
    const name = match[1].trim();
    const kind = classifier.kind(name);
    if (name.split(/\s+/).length < 2 || kind === 'place' || kind === 'country' || kind === 'organization') continue;
    speakers.set(number, { name, role: match[2].trim() });
  }
  if (speakers.size < 3 || speakers.size * 2 < headings.size) return null;
  const turns: Turn[] = [];
  const roles = new Map<string, string>();
  for (const paragraph of paragraphs) {
    const speaker = speakers.get(paragraph.headingNumber);
    if (!speaker) continue;
    turns.push({ paragraph: paragraph.index, speaker: speaker.name, question: false });
    roles.set(speaker.name, speaker.role);
  }
  return { turns, roles };
}
