import { describe, expect, it } from 'vitest';
import { overlapArea, placeLabels, type LabelRequest } from '../../../../src/core/map/place-labels';

const label = (x: number, y: number): LabelRequest => ({ x, y, radius: 5, width: 80, height: 20 });

describe('placeLabels', () => {
  it('puts a lone label to the right of its marker', () => {
    const [placed] = placeLabels([label(100, 100)], { width: 400, height: 300 });
    expect(placed?.side).toBe('right');
    expect(placed?.left).toBeGreaterThan(105);
  });

  it('moves a label inside the map when the right side would leave it', () => {
    const [placed] = placeLabels([label(390, 100)], { width: 400, height: 300 });
    expect(placed?.side).toBe('left');
    expect((placed?.left ?? 0) + (placed?.width ?? 0)).toBeLessThanOrEqual(400);
  });

  it('keeps labels of markers close together from overlapping', () => {
    const requests = [label(100, 100), label(110, 105), label(105, 120), label(95, 90)];
    const placed = placeLabels(requests, { width: 400, height: 300 });
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        expect(overlapArea(placed[i] as never, placed[j] as never), `${i} and ${j}`).toBe(0);
      }
    }
  });

  it('keeps a label off the other markers', () => {
    const placed = placeLabels([label(100, 100), label(150, 100)], { width: 400, height: 300 });
    const first = placed[0];
    expect(overlapArea(first as never, { left: 145, top: 95, width: 10, height: 10 })).toBe(0);
  });
});

describe('placeLabels order', () => {
  it('answers in the order asked, though the biggest label chooses its side first', () => {
    const small = label(100, 100);
    const big: LabelRequest = { x: 300, y: 100, radius: 5, width: 200, height: 60 };
    const placed = placeLabels([small, big], { width: 400, height: 300 });
    expect(placed[0]?.width).toBe(80);
    expect(placed[1]?.width).toBe(200);
    // Right of the big marker would leave the map; it goes elsewhere, and the small label keeps clear of it.
    expect(placed[1]?.side).not.toBe('right');
    expect(overlapArea(placed[0] as never, placed[1] as never)).toBe(0);
  });
});
