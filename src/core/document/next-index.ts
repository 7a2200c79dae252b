// A search that remembers its answer, for scans that only move forward: asked again from a later
// position, it reuses the last answer when that still lies ahead, so a whole left-to-right scan
// costs one pass over the text however many positions ask. This is what keeps the document
// readers linear where a lazy regular expression searched again from every opener.

export class NextIndex {
  private from = Number.POSITIVE_INFINITY;
  private found = -1;

  /** @param find the first index ≥ its argument where the thing sought is, or -1 */
  constructor(
    private readonly length: number,
    private readonly find: (from: number) => number,
  ) {}

  /** The first index ≥ `from`, or -1. */
  at(from: number): number {
    if (from >= this.from && (this.found === -1 || this.found >= from)) return this.found;
    this.from = from;
    this.found = from > this.length ? -1 : this.find(from);
    return this.found;
  }
}
