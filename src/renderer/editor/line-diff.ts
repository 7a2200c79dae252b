// A line diff for showing two versions side by side: which lines each side has that the other lacks.
// Longest common subsequence on lines, trimmed of the shared head and tail first so a typical edit
// (a few lines changed in a long deck) stays cheap.

export interface SideBySideRow {
  /** Line of "mine" (null where mine has no line facing theirs). */
  mine: string | null;
  theirs: string | null;
  changed: boolean;
}

const maxCells = 4_000_000;

export function sideBySide(mineText: string, theirsText: string): SideBySideRow[] {
  const mine = mineText.split('\n');
  const theirs = theirsText.split('\n');
  let head = 0;
  while (head < mine.length && head < theirs.length && mine[head] === theirs[head]) head++;
  let tail = 0;
  while (tail < mine.length - head && tail < theirs.length - head && mine[mine.length - 1 - tail] === theirs[theirs.length - 1 - tail]) tail++;
  const rows: SideBySideRow[] = mine.slice(0, head).map((line) => ({ mine: line, theirs: line, changed: false }));
  const a = mine.slice(head, mine.length - tail);
  const b = theirs.slice(head, theirs.length - tail);
  rows.push(...middleRows(a, b));
  rows.push(...mine.slice(mine.length - tail).map((line) => ({ mine: line, theirs: line, changed: false })));
  return rows;
}

function middleRows(a: string[], b: string[]): SideBySideRow[] {
  if (a.length * b.length > maxCells) {
    // Too different to align cheaply: show both whole, side by side.
    return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => ({ mine: a[i] ?? null, theirs: b[i] ?? null, changed: true }));
  }
  // lengths[i][j] = LCS length of a[i..] and b[j..]
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const rows: SideBySideRow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      rows.push({ mine: a[i] ?? '', theirs: b[j] ?? '', changed: false });
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || (lengths[i * width + j + 1] ?? 0) >= (lengths[(i + 1) * width + j] ?? 0))) {
      rows.push({ mine: null, theirs: b[j] ?? '', changed: true });
      j++;
    } else {
      rows.push({ mine: a[i] ?? '', theirs: null, changed: true });
      i++;
    }
  }
  return pairUp(rows);
}

/** Puts a removed line and the added line that replaced it on one row, as people read a change. */
function pairUp(rows: SideBySideRow[]): SideBySideRow[] {
  const out: SideBySideRow[] = [];
  let k = 0;
  while (k < rows.length) {
    const row = rows[k] as SideBySideRow;
    if (!row.changed) {
      out.push(row);
      k++;
      continue;
    }
    const mine: string[] = [];
    const theirs: string[] = [];
    while (k < rows.length && (rows[k] as SideBySideRow).changed) {
      const change = rows[k] as SideBySideRow;
      if (change.mine !== null) mine.push(change.mine);
      if (change.theirs !== null) theirs.push(change.theirs);
      k++;
    }
    for (let n = 0; n < Math.max(mine.length, theirs.length); n++) out.push({ mine: mine[n] ?? null, theirs: theirs[n] ?? null, changed: true });
  }
  return out;
}
