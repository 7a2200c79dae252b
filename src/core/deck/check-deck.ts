// What is wrong with the text being edited, each problem with its deck.md line and a reason a person
// can act on: the deck's own notices (a fence never closed…), front matter that does not parse, and
// map blocks that do not. A wrong map block does not stop the deck from parsing, so it is reported
// alongside; broken front matter stops the deck, but its slides' map blocks are still checked.
import type { Deck } from './deck-model';
import { isDocentError } from '../errors';
import { parseMapBlock } from '../map/parse-map-block';
import { normalizeNewlines, parseDeck } from './parse-deck';

export interface DeckProblem {
  /** 1-based deck.md line. */
  line: number;
  message: string;
}

export interface CheckedDeck {
  /** The parsed deck, or null when the text does not parse (the preview keeps its last good deck). */
  deck: Deck | null;
  problems: DeckProblem[];
}

/** The text with its front matter's lines emptied (line numbers kept), to check the slides of a deck whose front matter is broken. */
function withoutFrontMatter(text: string): string | null {
  const lines = normalizeNewlines(text).split('\n');
  if (lines[0]?.trimEnd() !== '---') return null;
  const close = lines.findIndex((line, i) => i > 0 && (line.trimEnd() === '---' || line.trimEnd() === '...'));
  return close < 0 ? null : lines.map((line, i) => (i <= close ? '' : line)).join('\n');
}

/** Remembers map block verdicts by their text, so typing elsewhere does not re-check every map. */
export class DeckChecker {
  private mapVerdicts = new Map<string, DeckProblem | null>();

  /** `parsed`, when given, is parseDeck(text) already done by the caller (the live preview): it is not parsed again. */
  check(text: string, parsed: Deck | null = null): CheckedDeck {
    let deck: Deck | null = null;
    let slidesOnly: Deck | null = null;
    const problems: DeckProblem[] = [];
    try {
      deck = parsed ?? parseDeck(text);
      problems.push(...deck.notices);
    } catch (error) {
      problems.push(toProblem(error, 1));
      const body = withoutFrontMatter(text);
      try {
        slidesOnly = body === null ? null : parseDeck(body);
      } catch {
        slidesOnly = null;
      }
    }
    const verdicts = new Map<string, DeckProblem | null>();
    for (const block of (deck ?? slidesOnly)?.slides.flatMap((slide) => slide.mapBlocks) ?? []) {
      const key = `${block.line}\u0000${block.body}`;
      let verdict = this.mapVerdicts.get(key);
      if (verdict === undefined) {
        try {
          parseMapBlock(block.body, block.line);
          verdict = null;
        } catch (error) {
          verdict = toProblem(error, block.line);
        }
      }
      verdicts.set(key, verdict);
      if (verdict) problems.push(verdict);
    }
    this.mapVerdicts = verdicts;
    return { deck, problems: problems.sort((a, b) => a.line - b.line) };
  }
}

function toProblem(error: unknown, fallbackLine: number): DeckProblem {
  if (isDocentError(error)) return { line: error.location.line ?? fallbackLine, message: error.message };
  return { line: fallbackLine, message: error instanceof Error ? error.message : String(error) };
}
