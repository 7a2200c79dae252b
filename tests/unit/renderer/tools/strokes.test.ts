import { describe, expect, it } from 'vitest';
import type { Stroke } from '../../../../src/shared/api';
import { drawingsSchema } from '../../../../src/shared/api';
import { DrawingHistory, parseStepKey, stepKey, strokesFor, touches } from '../../../../src/renderer/tools/strokes';

const stroke = (id: string, points: Array<[number, number]>, width = 4): Stroke => ({ id, tool: 'pen', color: '#e11d48', width, points });

describe('step keys', () => {
  it('round-trip a step, and are what the API accepts', () => {
    expect(stepKey({ h: 3, v: 1, f: -1 })).toBe('3/1/-1');
    expect(parseStepKey('3/1/-1')).toEqual({ h: 3, v: 1, f: -1 });
    expect(parseStepKey('3/1')).toBeNull();
    expect(drawingsSchema.safeParse({ [stepKey({ h: 2, v: 0, f: 4 })]: [] }).success).toBe(true);
    expect(drawingsSchema.safeParse({ '../x': [] }).success).toBe(false);
  });
});

describe('touches (the eraser)', () => {
  const line = stroke('a', [[100, 100], [300, 100]]);
  it('takes a stroke the eraser comes within its radius of, along any segment', () => {
    expect(touches(line, [200, 110], 10)).toBe(true);
    expect(touches(line, [200, 130], 10)).toBe(false);
    // Past the end of the segment, distance is to the end point.
    expect(touches(line, [315, 100], 10)).toBe(false);
    expect(touches(line, [305, 100], 10)).toBe(true);
  });
  it('handles a single dot', () => {
    expect(touches(stroke('b', [[50, 50]], 10), [60, 50], 6)).toBe(true);
    expect(touches(stroke('b', [[50, 50]], 10), [70, 50], 6)).toBe(false);
  });
});

describe('DrawingHistory', () => {
  it('undoes each step’s changes, last first, without touching other steps', () => {
    const history = new DrawingHistory();
    const a = stroke('a', [[0, 0]]);
    history.record('0/0/-1', []);
    history.record('0/0/-1', [a]);
    history.record('1/0/-1', []);
    expect(history.undo('0/0/-1')).toEqual([a]);
    expect(history.undo('0/0/-1')).toEqual([]);
    expect(history.undo('0/0/-1')).toBeNull();
    expect(history.undo('1/0/-1')).toEqual([]);
  });
});

describe('strokesFor (printing)', () => {
  const drawings = { '2/0/-1': [stroke('before', [[0, 0]])], '2/0/1': [stroke('second', [[0, 0]])], '2/1/-1': [stroke('below', [[0, 0]])], '3/0/-1': [stroke('next', [[0, 0]])] };
  it('gives a page showing the whole slide every step’s strokes, in step order', () => {
    expect(strokesFor(drawings, { h: 2, v: 0 }, null).map((each) => each.id)).toEqual(['before', 'second']);
  });
  it('gives a step’s page only that step’s strokes', () => {
    expect(strokesFor(drawings, { h: 2, v: 0 }, 1).map((each) => each.id)).toEqual(['second']);
    expect(strokesFor(drawings, { h: 2, v: 0 }, 0)).toEqual([]);
    expect(strokesFor(drawings, { h: 2, v: 1 }, -1).map((each) => each.id)).toEqual(['below']);
  });
});
