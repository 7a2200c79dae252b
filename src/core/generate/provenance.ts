// Where every bullet and quote of a generated deck comes from, kept beside deck.md (provenance.json) so it
// survives editing: items are found again by their text, not by their slide number. `docent check` compares
// the deck as edited with it and lists every bullet and quote that no longer matches its source.
import type { Analysis } from '../analysis/analysis-model';
import type { Deck } from '../deck/deck-model';

export const provenanceFileName = 'provenance.json';

export interface ProvenanceItem {
  kind: 'bullet' | 'quote';
  /** The words as generated. */
  text: string;
  /** The exact sentence of the document it comes from. */
  source: string;
  /** Its paragraph in the document (0-based, as `docent analyze` numbers them). */
  paragraph: number;
  /** Who said it, for a quote. */
  speaker?: string;
}

export interface Provenance {
  version: 1;
  document: string;
  items: ProvenanceItem[];
}

export interface Mismatch {
  kind: 'bullet' | 'quote';
  /** 1-based slide number in the deck as it is now. */
  slide: number;
  text: string;
  /** The source it was generated from, when one can be told; null for a bullet or quote Docent never wrote. */
  source: string | null;
  paragraph: number | null;
  reason: 'edited' | 'unknown';
}

/** Words compared without case, punctuation or markup: "**The** ferry," reads as "the ferry". */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}

function isOrderedSubsequence(part: string[], whole: string[]): boolean {
  let at = 0;
  for (const word of part) {
    while (at < whole.length && whole[at] !== word) at += 1;
    if (at === whole.length) return false;
    at += 1;
  }
  return true;
}

function containsRun(whole: string[], part: string[]): boolean {
  if (part.length === 0) return true;
  outer: for (let i = 0; i + part.length <= whole.length; i += 1) {
    for (let j = 0; j < part.length; j += 1) if (whole[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

export function deckProvenance(analysis: Analysis): Provenance {
  const paragraphOf = new Map(analysis.sentences.map((sentence) => [sentence.index, sentence.paragraph]));
  const items: ProvenanceItem[] = [];
  for (const section of analysis.sections) {
    for (const bullet of section.bullets) items.push({ kind: 'bullet', text: bullet.text, source: bullet.source, paragraph: paragraphOf.get(bullet.sentence) ?? -1 });
  }
  for (const statement of analysis.statements) {
    if (statement.kind !== 'direct') continue;
    items.push({ kind: 'quote', text: statement.text, source: statement.source, paragraph: statement.paragraph, speaker: statement.speaker });
  }
  return { version: 1, document: analysis.source, items };
}

/** The bullets of a slide ("- …" lines of its content) and the direct quotes of its notes. */
export function itemsOfSlide(content: string, notes: string | null): Array<{ kind: 'bullet' | 'quote'; text: string }> {
  const found: Array<{ kind: 'bullet' | 'quote'; text: string }> = [];
  let fenced = false;
  for (const line of content.split('\n')) {
    // A map block's YAML ("- name: …") is no bullet.
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const bullet = /^\s*[-*+]\s+(.*\S)\s*$/.exec(line);
    if (bullet?.[1]) found.push({ kind: 'bullet', text: bullet[1] });
  }
  for (const line of (notes ?? '').split('\n')) {
    const quote = /\*Direct quote:\*\s*“(.*)”\s+—/.exec(line);
    if (quote?.[1]) found.push({ kind: 'quote', text: quote[1] });
  }
  return found;
}

/**
 * Every bullet and quote of the deck that no longer matches its source. A bullet may be shortened further
 * (it must stay an ordered subsequence of its sentence); a quote must stay the speaker's exact words.
 */
export function checkProvenance(deck: Deck, provenance: Provenance): Mismatch[] {
  const byText = new Map<string, ProvenanceItem>();
  for (const item of provenance.items) byText.set(`${item.kind}:${wordsOf(item.text).join(' ')}`, item);
  const mismatches: Mismatch[] = [];
  deck.slides.forEach((slide, index) => {
    for (const found of itemsOfSlide(slide.content, slide.notes)) {
      const words = wordsOf(found.text);
      if (words.length === 0 || byText.has(`${found.kind}:${words.join(' ')}`)) continue;
      // Edited: find the source it was most likely cut from (most words in common).
      let best: ProvenanceItem | null = null;
      let bestShared = 0;
      for (const item of provenance.items) {
        if (item.kind !== found.kind) continue;
        const sourceWords = new Set(wordsOf(item.source));
        const shared = words.filter((word) => sourceWords.has(word)).length;
        if (shared > bestShared) {
          best = item;
          bestShared = shared;
        }
      }
      const related = best && bestShared * 2 >= words.length ? best : null;
      if (related) {
        const source = wordsOf(related.source);
        const faithful = found.kind === 'bullet' ? isOrderedSubsequence(words, source) : containsRun(source, words);
        if (faithful) continue;
      }
      mismatches.push({ kind: found.kind, slide: index + 1, text: found.text, source: related?.source ?? null, paragraph: related?.paragraph ?? null, reason: related ? 'edited' : 'unknown' });
    }
  });
  return mismatches;
}
