// Paragraphs -> sections. Explicit headings win. Otherwise the story is cut where the vocabulary and the
// names it talks about change most (TextTiling's depth scores over TF-IDF vectors of neighbouring
// paragraphs). Every paragraph lands in exactly one section, in order.
import type { Paragraph } from '../document/document-model';
import { contentWords, wordCount } from './words';

export interface SectionSpan {
  /** The explicit heading, when the document gave one. */
  heading: string | null;
  paragraphs: number[];
}

const wordsPerSection = 200;
const maxSections = 15;

/** About one section per 90 words in an article (4–8 for 600–1200 words), fewer per word in long texts. */
export function targetSectionCount(totalWords: number): number {
  const count = totalWords <= 1500 ? Math.min(8, Math.round(totalWords / 90)) : Math.round(totalWords / wordsPerSection);
  return Math.max(1, Math.min(maxSections, count));
}

/**
 * `headings` holds every heading's text by number (SourceDocument.headings): a heading with no paragraph of
 * its own before the next one is a section of its own, with no paragraphs (its slide divides the deck).
 */
export function segmentSections(
  paragraphs: Paragraph[],
  captions: ReadonlySet<number>,
  names: ReadonlyMap<number, string[]>,
  headings: readonly string[] = [],
): SectionSpan[] {
  if (paragraphs.some((paragraph) => paragraph.heading !== null)) return byHeadings(paragraphs, headings);
  // Captions take no part in finding topic shifts; they join the section of the paragraph before them.
  const units = paragraphs.filter((paragraph) => !captions.has(paragraph.index));
  if (units.length === 0) return [{ heading: null, paragraphs: paragraphs.map((p) => p.index) }];
  const totalWords = units.reduce((sum, unit) => sum + wordCount(unit.text), 0);
  const count = Math.min(targetSectionCount(totalWords), units.length);
  const cuts = coarseCuts(units, count, names, totalWords);
  const sections: SectionSpan[] = [];
  let current: number[] = [];
  let unit = 0;
  for (const paragraph of paragraphs) {
    if (!captions.has(paragraph.index)) {
      if (cuts.has(unit) && current.length > 0) {
        sections.push({ heading: null, paragraphs: current });
        current = [];
      }
      unit += 1;
    }
    current.push(paragraph.index);
  }
  if (current.length > 0) sections.push({ heading: null, paragraphs: current });
  return sections;
}

function byHeadings(paragraphs: Paragraph[], headings: readonly string[]): SectionSpan[] {
  const sections: Array<SectionSpan & { number: number }> = [];
  for (const paragraph of paragraphs) {
    const last = sections[sections.length - 1];
    if (last && last.number === paragraph.headingNumber) last.paragraphs.push(paragraph.index);
    else {
      // Headings passed over with no paragraph under them ("Understand" over "History"); one after the last
      // paragraph heads nothing and is left out.
      for (let number = (last?.number ?? -1) + 1; number < paragraph.headingNumber; number++) {
        const text = headings[number];
        if (text !== undefined && text.trim() !== '') sections.push({ heading: text, number, paragraphs: [] });
      }
      sections.push({ heading: paragraph.heading, number: paragraph.headingNumber, paragraphs: [paragraph.index] });
    }
  }
  return sections.map(({ heading, paragraphs: indexes }) => ({ heading, paragraphs: indexes }));
}

/** Above this many paragraphs, neighbouring ones are searched in blocks, which keeps long books fast. */
const maxSearchUnits = 400;

function coarseCuts(units: Paragraph[], count: number, names: ReadonlyMap<number, string[]>, totalWords: number): Set<number> {
  if (units.length <= maxSearchUnits) return chooseCuts(units, count, names, totalWords);
  const size = Math.ceil(units.length / maxSearchUnits);
  const blocks: Paragraph[] = [];
  const blockNames = new Map<number, string[]>();
  for (let start = 0; start < units.length; start += size) {
    const members = units.slice(start, start + size);
    const index = blocks.length;
    blocks.push({ index, text: members.map((unit) => unit.text).join('\n'), heading: null, headingNumber: -1, markedCaption: false });
    blockNames.set(index, members.flatMap((unit) => names.get(unit.index) ?? []));
  }
  return new Set([...chooseCuts(blocks, Math.min(count, blocks.length), blockNames, totalWords)].map((block) => block * size));
}

type Vector = Map<string, number>;

function vectorsOf(units: Paragraph[], names: ReadonlyMap<number, string[]>): Vector[] {
  const bags = units.map((unit) => {
    const bag: Vector = new Map();
    for (const word of contentWords(unit.text)) bag.set(word, (bag.get(word) ?? 0) + 1);
    // Shared names weigh more than shared words: a story returns to a person or a place.
    // Each word of a name counts, so a later "Berg" matches an earlier "Anna Berg".
    for (const name of names.get(unit.index) ?? []) {
      for (const part of name.split(/\s+/)) bag.set(`#${part}`, (bag.get(`#${part}`) ?? 0) + 2);
    }
    return bag;
  });
  const documentFrequency = new Map<string, number>();
  for (const bag of bags) for (const term of bag.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  return bags.map((bag) => {
    const weighted: Vector = new Map();
    for (const [term, count] of bag) weighted.set(term, count * Math.log((units.length + 1) / (documentFrequency.get(term) ?? 1)));
    return weighted;
  });
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, value] of a) {
    normA += value * value;
    const other = b.get(term);
    if (other !== undefined) dot += value * other;
  }
  for (const value of b.values()) normB += value * value;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/**
 * Unit indexes that start a new section: the split into `count` runs of paragraphs that maximises how
 * much each run's paragraphs share (words and names, TF-IDF weighted), with a penalty for runs far
 * from the average length. Dynamic programming over the cut positions, as in Utiyama and Isahara's
 * segmenter, so the best split is found, not a greedy one.
 */
function chooseCuts(units: Paragraph[], count: number, names: ReadonlyMap<number, string[]>, totalWords: number): Set<number> {
  const cuts = new Set<number>();
  const n = units.length;
  if (count <= 1) return cuts;
  const vectors = vectorsOf(units, names);
  // Cohesion between paragraphs up to `reach` apart; farther ones rarely belong to one slide.
  const reach = 4;
  const similarity: number[][] = units.map((_, a) => {
    const row: number[] = [];
    for (let d = 1; d <= reach && a + d < n; d++) row.push(cosine(vectors[a] as Vector, vectors[a + d] as Vector));
    return row;
  });
  const words = units.map((unit) => wordCount(unit.text));
  const prefixWords = [0];
  for (const w of words) prefixWords.push((prefixWords[prefixWords.length - 1] as number) + w);
  const average = totalWords / count;
  const minWords = Math.min(40, average / 3);
  const maxUnits = Math.max(3, Math.ceil((2.5 * n) / count));
  const lengthPenalty = 0.3;
  const opening = units.map((unit) => openingCue(unit.text));

  // best[k][j]: best score splitting units [0, j) into k sections; from[k][j]: where the last one starts.
  const best: number[][] = [...Array(count + 1)].map(() => new Array<number>(n + 1).fill(-Infinity));
  const from: number[][] = [...Array(count + 1)].map(() => new Array<number>(n + 1).fill(-1));
  (best[0] as number[])[0] = 0;
  for (let j = 1; j <= n; j++) {
    let within = 0;
    for (let i = j - 1; i >= Math.max(0, j - maxUnits); i--) {
      // add the pairs (i, b) for b in (i, j)
      const row = similarity[i] as number[];
      for (let d = 1; d <= reach && i + d < j; d++) within += row[d - 1] ?? 0;
      const sectionWords = (prefixWords[j] as number) - (prefixWords[i] as number);
      if (sectionWords < minWords && !(i === 0 && j === n)) continue;
      const deviation = (sectionWords - average) / average;
      const score = within / (j - i) - lengthPenalty * deviation * deviation + (i > 0 ? (opening[i] as number) : 0);
      // Only section counts that can still cover the rest of the text are worth a look.
      const fewest = Math.max(1, Math.ceil(i / maxUnits) + 1);
      const most = Math.min(count, i + 1, count - Math.ceil((n - j) / maxUnits));
      for (let k = fewest; k <= most; k++) {
        const previous = (best[k - 1] as number[])[i] as number;
        if (previous === -Infinity) continue;
        if (previous + score > ((best[k] as number[])[j] as number)) {
          (best[k] as number[])[j] = previous + score;
          (from[k] as number[])[j] = i;
        }
      }
    }
  }
  // Fewer sections than asked when the text cannot be split that finely.
  let k = count;
  while (k > 1 && (best[k] as number[])[n] === -Infinity) k--;
  let j = n;
  for (; k > 0; k--) {
    const i = (from[k] as number[])[j] as number;
    if (i > 0) cuts.add(i);
    j = i;
  }
  return cuts;
}

// A paragraph that opens with a reference back ("It", "Both countries", "In fact") continues its topic;
// one that opens with a contrast or a jump in time often starts a new one, and one that opens a debate
// ("Scholars are divided", "Experts disagree") almost always does.
const continuing = /^(?:It|He|She|They|This|That|These|Those|Such|His|Her|Their|Its|Both countries|The two|Both of them|Also|And|But|So|Then|The same|In reality|In fact|Indeed|Even so|Nevertheless)\b/;
const shifting = /^(?:[\p{L}’']+\s+){0,2}?(?:However|Meanwhile|On the other hand|In contrast|At one time|Historically|Over the years|Officially|In practice|Elsewhere|Looking ahead|Still|Yet|Now|Today|In the past|Back in|Since then|For decades|For years|Decades ago|Years ago)\b/iu;
// "Scholars are divided …", "Experts disagree …", "Opinions differ …", "The question is whether …".
const debate = /^(?:[\p{L}’']+\s+){1,3}?(?:are|were|remain|is|was)\s+(?:divided|split)\b|^(?:[\p{L}’']+\s+){1,3}?(?:disagree|differ)\b|^(?:The|A|One|Another)\s+(?:open\s+|big\s+|key\s+|bigger\s+)?question\b|^It\s+is\s+(?:unclear|not\s+clear)\b/iu;

function openingCue(text: string): number {
  if (debate.test(text)) return 0.3;
  if (continuing.test(text)) return -0.15;
  if (shifting.test(text)) return 0.05;
  return 0;
}
