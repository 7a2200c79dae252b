// Where each marker's label goes: the first side (right, left, above, below, diagonals; then the same
// a little further out) that overlaps no label already placed, no marker, no obstacle (arrow heads)
// and stays in the map; failing that, the side that overlaps least.
// Pure pixel geometry, so the renderer measures labels and this decides.

export interface LabelRequest {
  /** The marker's centre, in map container pixels. */
  x: number;
  y: number;
  /** Marker radius in pixels; the label keeps clear of it. */
  radius: number;
  width: number;
  height: number;
}

export type LabelSide = 'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left';

export interface PlacedLabel {
  side: LabelSide;
  /** Top-left corner of the label, in map container pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const sides: readonly LabelSide[] = ['right', 'left', 'top', 'bottom', 'top-right', 'bottom-right', 'top-left', 'bottom-left'];
const gap = 4;

/**
 * @param obstacles boxes labels should keep off (arrow heads, lines), weighted less than markers
 */
export function placeLabels(requests: readonly LabelRequest[], container: { width: number; height: number }, obstacles: readonly Box[] = []): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const result: PlacedLabel[] = new Array<PlacedLabel>(requests.length);
  const markers: Box[] = requests.map((r) => ({ left: r.x - r.radius, top: r.y - r.radius, width: r.radius * 2, height: r.radius * 2 }));
  // The biggest labels (names with event captions) are the hardest to fit: they choose first.
  const order = requests.map((_, i) => i).sort((a, b) => area(requests[b] as LabelRequest) - area(requests[a] as LabelRequest) || a - b);
  for (const index of order) {
    const request = requests[index] as LabelRequest;
    let best: PlacedLabel | undefined;
    let bestCost = Infinity;
    for (const [ring, extra] of [0, request.height * 1.2].entries()) {
      sides.forEach((side, order) => {
        const box = labelBox(request, side, extra);
        // Prefer near sides in the usual reading order; a far side only wins by avoiding an overlap.
        let cost = order * 0.5 + ring * 40 + outsideArea(box, container) * 4;
        for (const other of placed) cost += overlapArea(box, other);
        for (const marker of markers) cost += overlapArea(box, marker) * 2;
        for (const obstacle of obstacles) cost += overlapArea(box, obstacle) * 0.5;
        if (cost < bestCost) {
          bestCost = cost;
          best = { side, ...box };
        }
      });
    }
    placed.push(best as PlacedLabel);
    result[index] = best as PlacedLabel;
  }
  return result;
}

const area = (request: LabelRequest): number => request.width * request.height;

/** @param extra further distance from the marker, for the outer ring of candidates */
export function labelBox(request: LabelRequest, side: LabelSide, extra = 0): Box {
  const { x, y, width, height } = request;
  const reach = request.radius + gap + extra;
  // Diagonal labels sit off the marker's corner, so a little nearer on each axis.
  const diagonal = Math.round(reach * 0.7);
  switch (side) {
    case 'right':
      return { left: x + reach, top: y - height / 2, width, height };
    case 'left':
      return { left: x - reach - width, top: y - height / 2, width, height };
    case 'top':
      return { left: x - width / 2, top: y - reach - height, width, height };
    case 'bottom':
      return { left: x - width / 2, top: y + reach, width, height };
    case 'top-right':
      return { left: x + diagonal, top: y - diagonal - height, width, height };
    case 'bottom-right':
      return { left: x + diagonal, top: y + diagonal, width, height };
    case 'top-left':
      return { left: x - diagonal - width, top: y - diagonal - height, width, height };
    case 'bottom-left':
      return { left: x - diagonal - width, top: y + diagonal, width, height };
  }
}

export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function outsideArea(box: Box, container: { width: number; height: number }): number {
  return box.width * box.height - overlapArea(box, { left: 0, top: 0, width: container.width, height: container.height });
}
