// Tracks fenced code blocks line by line, so separators and "Note:" inside a code block are text.
const fence = /^ {0,3}(`{3,}|~{3,})/;

/** Returns a function that, fed lines in order, says whether each line is part of a fenced block. */
export function createFenceTracker(): (line: string) => boolean {
  let open: string | null = null;
  return (line) => {
    const match = fence.exec(line)?.[1];
    if (open !== null) {
      if (match && match[0] === open[0] && match.length >= open.length && line.trim() === match) open = null;
      return true;
    }
    if (match) {
      open = match;
      return true;
    }
    return false;
  };
}
