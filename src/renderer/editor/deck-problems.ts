// What is wrong with the text being edited, each problem with its deck.md line and a reason a person
// can act on. A deck that does not parse (front matter) has no deck; a wrong map block does not stop
// the deck from parsing, so it is reported alongside.
import { parseDeck } from '../../core/deck/parse-deck';
import type { Deck } from '../../core/deck/deck-model';
import { isDocentError } from '../../core/errors';
import { parseMapBlock } from '../../core/map/parse-map-block';

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

const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/;

interface MapBlockSource {
  fenceLine: number;
  body: string;
}

/** Every ```map block in the text, found in one pass (the same fence rule as the deck parser). */
export function findMapBlocks(text: string): MapBlockSource[] {
  const lines = text.split(/\r\n?|\n/);
  const blocks: MapBlockSource[] = [];
  let open: { marker: string; map: MapBlockSource | null; body: string[] } | null = null;
  lines.forEach((line, index) => {
    const match = fence.exec(line);
    if (open) {
      if (match?.[1] && match[1][0] === open.marker[0] && match[1].length >= open.marker.length && line.trim() === match[1]) {
        if (open.map) blocks.push({ ...open.map, body: open.body.join('\n') });
        open = null;
      } else if (open.map) open.body.push(line);
      return;
    }
    if (match?.[1]) {
      const isMap = match[2]?.trim().split(/\s+/)[0] === 'map';
      open = { marker: match[1], map: isMap ? { fenceLine: index + 1, body: '' } : null, body: [] };
    }
  });
  // An unclosed map fence runs to the end of the deck, as markdown reads it.
  const unclosed = open as { map: MapBlockSource | null; body: string[] } | null;
  if (unclosed?.map) blocks.push({ ...unclosed.map, body: unclosed.body.join('\n') });
  return blocks;
}

/** Remembers map block verdicts by their text, so typing elsewhere does not re-check every map. */
export class DeckChecker {
  private mapVerdicts = new Map<string, DeckProblem | null>();

  check(text: string): CheckedDeck {
    let deck: Deck | null = null;
    const problems: DeckProblem[] = [];
    try {
      deck = parseDeck(text);
    } catch (error) {
      problems.push(toProblem(error, 1));
    }
    const verdicts = new Map<string, DeckProblem | null>();
    for (const block of findMapBlocks(text)) {
      const key = `${block.fenceLine}\u0000${block.body}`;
      let verdict = this.mapVerdicts.get(key);
      if (verdict === undefined) {
        try {
          parseMapBlock(block.body, block.fenceLine);
          verdict = null;
        } catch (error) {
          verdict = toProblem(error, block.fenceLine);
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
