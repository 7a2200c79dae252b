// The order fragments appear in, as reveal.js orders them: fragments with a data-fragment-index by
// that index (equal indexes together), then the others one by one in document order.
import type { FragmentMark, SlideBlock } from './slide-blocks';

export interface FragmentOrder {
  /** How many steps the slide has: 1 without fragments, 1 + the number of fragment groups with. */
  steps: number;
  /** The step (1-based; 0 = shown from the start) at which a fragment appears. */
  stepOf(mark: FragmentMark | null): number;
}

export function fragmentOrder(blocks: SlideBlock[]): FragmentOrder {
  const marks: FragmentMark[] = [];
  for (const block of blocks) {
    if (block.fragment) marks.push(block.fragment);
    if (block.kind === 'list') for (const item of block.items) if (item.fragment) marks.push(item.fragment);
  }
  const indexed = [...new Set(marks.flatMap((mark) => (mark.index === null ? [] : [mark.index])))].sort((a, b) => a - b);
  const unordered = marks.filter((mark) => mark.index === null);
  const step = new Map<FragmentMark, number>();
  for (const mark of marks) if (mark.index !== null) step.set(mark, indexed.indexOf(mark.index) + 1);
  unordered.forEach((mark, position) => step.set(mark, indexed.length + position + 1));
  return { steps: 1 + indexed.length + unordered.length, stepOf: (mark) => (mark ? (step.get(mark) ?? 0) : 0) };
}
