// Pen strokes as data: which step of the deck they belong to, how the eraser finds the strokes it
// touches, and the undo history of each step. No DOM here, so the rules are unit-tested in Node.
import type { Drawings, SlidePoint, Stroke } from '../../shared/api';

export interface DeckStep {
  h: number;
  v: number;
  f: number;
}

/** "h/v/f": the key strokes are kept under (the schema's stepKeySchema). */
export function stepKey(step: DeckStep): string {
  return `${step.h}/${step.v}/${step.f}`;
}

export function parseStepKey(key: string): DeckStep | null {
  const match = /^(\d+)\/(\d+)\/(-?\d+)$/.exec(key);
  return match ? { h: Number(match[1]), v: Number(match[2]), f: Number(match[3]) } : null;
}

export const penColours = ['#e11d48', '#2563eb', '#16a34a', '#f59e0b', '#111827'] as const;
export const highlighterColour = '#facc15';
export const strokeWidths = { pen: 5, highlighter: 28 } as const;
/** How near (slide units) the eraser must come to a stroke to take it. */
export const eraserRadius = 18;

function distanceToSegment([px, py]: SlidePoint, [ax, ay]: SlidePoint, [bx, by]: SlidePoint): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Whether the eraser at `point` touches the stroke. */
export function touches(stroke: Stroke, point: SlidePoint, radius = eraserRadius): boolean {
  const reach = radius + stroke.width / 2;
  const [first] = stroke.points;
  if (stroke.points.length === 1 && first) return Math.hypot(point[0] - first[0], point[1] - first[1]) <= reach;
  for (let index = 1; index < stroke.points.length; index++) {
    const a = stroke.points[index - 1];
    const b = stroke.points[index];
    if (a && b && distanceToSegment(point, a, b) <= reach) return true;
  }
  return false;
}

/** Each step's earlier stroke lists, so undo takes back the last change on that step (a stroke, an erase, a clear). */
export class DrawingHistory {
  private readonly earlier = new Map<string, Stroke[][]>();

  /** Call before changing a step's strokes, with what they were. */
  record(step: string, before: Stroke[]): void {
    const list = this.earlier.get(step) ?? [];
    list.push(before);
    // A talk's worth of undo; older changes stay as they are.
    if (list.length > 200) list.shift();
    this.earlier.set(step, list);
  }

  /** The strokes the step had before its last change, or null when there is nothing to undo. */
  undo(step: string): Stroke[] | null {
    return this.earlier.get(step)?.pop() ?? null;
  }
}

let counter = 0;
export function newStrokeId(): string {
  counter += 1;
  return `${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A printed page's strokes. @param fragment the step the page shows (-1 for none shown yet), or null for "the whole slide". */
export function strokesFor(drawings: Drawings, slide: { h: number; v: number }, fragment: number | null): Stroke[] {
  return Object.entries(drawings)
    .map(([key, strokes]) => ({ step: parseStepKey(key), strokes }))
    .filter(({ step }) => step && step.h === slide.h && step.v === slide.v && (fragment === null || step.f === fragment))
    .sort((a, b) => (a.step?.f ?? 0) - (b.step?.f ?? 0))
    .flatMap(({ strokes }) => strokes);
}

