// The deck.md lines of a slide's ```map fences. The renderer only sees the slide's HTML, where a
// block has lost its position; counting fences in the source from the slide's first line gives it back.
import { normalizeNewlines } from '../deck/parse-deck';

const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/;

export interface MapFence {
  /** 1-based deck.md line of the opening fence. */
  line: number;
  /** The YAML between the fences. */
  body: string;
}

/** @param slideStartLine 1-based deck.md line where the slide starts */
export function mapFences(deckText: string, slideStartLine: number): MapFence[] {
  const lines = normalizeNewlines(deckText).split('\n');
  const found: MapFence[] = [];
  let open: string | null = null;
  let current: { line: number; body: string[] } | null = null;
  for (let i = Math.max(0, slideStartLine - 1); i < lines.length; i++) {
    const line = lines[i] ?? '';
    const match = fence.exec(line);
    if (open !== null) {
      // Same rule as the deck parser's fence tracker: a closing fence is at least as long, nothing after it.
      if (match?.[1] && match[1][0] === open[0] && match[1].length >= open.length && line.trim() === match[1]) {
        open = null;
        if (current) found.push({ line: current.line, body: current.body.join('\n') });
        current = null;
      } else {
        current?.body.push(line);
      }
      continue;
    }
    if (match?.[1]) {
      open = match[1];
      if (match[2]?.trim().split(/\s+/)[0] === 'map') current = { line: i + 1, body: [] };
      continue;
    }
    const trimmed = line.trimEnd();
    if (i > slideStartLine - 1 && (trimmed === '---' || trimmed === '--')) break;
  }
  // A block left open runs to the end of the deck, as markdown renders it.
  if (current) found.push({ line: current.line, body: current.body.join('\n') });
  return found;
}

export function mapFenceLines(deckText: string, slideStartLine: number): number[] {
  return mapFences(deckText, slideStartLine).map((each) => each.line);
}
