// The deck.md lines of a slide's ```map fences. The renderer only sees the slide's HTML, where a
// block has lost its position; counting fences in the source from the slide's first line gives it back.
import { normalizeNewlines } from '../deck/parse-deck';

const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** @param slideStartLine 1-based deck.md line where the slide starts */
export function mapFenceLines(deckText: string, slideStartLine: number): number[] {
  const lines = normalizeNewlines(deckText).split('\n');
  const found: number[] = [];
  let open: string | null = null;
  for (let i = Math.max(0, slideStartLine - 1); i < lines.length; i++) {
    const line = lines[i] ?? '';
    const match = fence.exec(line);
    if (open !== null) {
      // Same rule as the deck parser's fence tracker: a closing fence is at least as long, nothing after it.
      if (match?.[1] && match[1][0] === open[0] && match[1].length >= open.length && line.trim() === match[1]) open = null;
      continue;
    }
    if (match?.[1]) {
      open = match[1];
      if (match[2]?.trim().split(/\s+/)[0] === 'map') found.push(i + 1);
      continue;
    }
    const trimmed = line.trimEnd();
    if (i > slideStartLine - 1 && (trimmed === '---' || trimmed === '--')) break;
  }
  return found;
}
