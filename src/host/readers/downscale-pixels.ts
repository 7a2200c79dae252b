// RGBA pixels -> the same picture at a smaller size, each target pixel the average of the source area
// it covers (a box filter, which is what downscaling by a large factor needs: no aliasing, no ringing).
// Colours are averaged weighted by their alpha, so a transparent edge does not darken. One pass over
// the source rows, keeping two target rows: memory is the target's, time is linear in the source.

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 8 bits each, rows top to bottom. */
  data: Uint8Array;
}

/** For each source index along one axis: the first target index it falls in and its weight there and in the next. */
function axisWeights(source: number, target: number): { first: Uint32Array; weight: Float64Array } {
  const scale = source / target;
  const first = new Uint32Array(source);
  const weight = new Float64Array(source);
  for (let i = 0; i < source; i++) {
    const d = Math.min(target - 1, Math.floor(i / scale));
    const boundary = (d + 1) * scale;
    first[i] = d;
    weight[i] = i + 1 <= boundary || d === target - 1 ? 1 : boundary - i;
  }
  return { first, weight };
}

export function downscalePixels(source: Pixels, width: number, height: number): Pixels {
  const targetWidth = Math.max(1, Math.min(source.width, Math.round(width)));
  const targetHeight = Math.max(1, Math.min(source.height, Math.round(height)));
  const columns = axisWeights(source.width, targetWidth);
  const rows = axisWeights(source.height, targetHeight);
  const area = (source.width / targetWidth) * (source.height / targetHeight);
  const out = new Uint8Array(targetWidth * targetHeight * 4);
  const row = new Float64Array(targetWidth * 4);
  let current = new Float64Array(targetWidth * 4);
  let next = new Float64Array(targetWidth * 4);
  let currentRow = 0;

  const emit = (y: number, sums: Float64Array): void => {
    for (let x = 0; x < targetWidth; x++) {
      const at = x * 4;
      const alpha = sums[at + 3] ?? 0;
      const o = (y * targetWidth + x) * 4;
      if (alpha > 0) {
        out[o] = Math.round((sums[at] ?? 0) / alpha);
        out[o + 1] = Math.round((sums[at + 1] ?? 0) / alpha);
        out[o + 2] = Math.round((sums[at + 2] ?? 0) / alpha);
      }
      out[o + 3] = Math.min(255, Math.round(alpha / area));
    }
  };

  for (let y = 0; y < source.height; y++) {
    row.fill(0);
    const base = y * source.width * 4;
    for (let x = 0; x < source.width; x++) {
      const p = base + x * 4;
      const a = source.data[p + 3] ?? 0;
      const r = (source.data[p] ?? 0) * a;
      const g = (source.data[p + 1] ?? 0) * a;
      const b = (source.data[p + 2] ?? 0) * a;
      const d = (columns.first[x] ?? 0) * 4;
      const w = columns.weight[x] ?? 1;
      row[d] = (row[d] ?? 0) + r * w;
      row[d + 1] = (row[d + 1] ?? 0) + g * w;
      row[d + 2] = (row[d + 2] ?? 0) + b * w;
      row[d + 3] = (row[d + 3] ?? 0) + a * w;
      if (w < 1) {
        const v = 1 - w;
        row[d + 4] = (row[d + 4] ?? 0) + r * v;
        row[d + 5] = (row[d + 5] ?? 0) + g * v;
        row[d + 6] = (row[d + 6] ?? 0) + b * v;
        row[d + 7] = (row[d + 7] ?? 0) + a * v;
      }
    }
    const target = rows.first[y] ?? 0;
    if (target > currentRow) {
      emit(currentRow, current);
      [current, next] = [next, current];
      next.fill(0);
      currentRow = target;
    }
    const w = rows.weight[y] ?? 1;
    for (let i = 0; i < row.length; i++) {
      const value = row[i] ?? 0;
      current[i] = (current[i] ?? 0) + value * w;
      if (w < 1) next[i] = (next[i] ?? 0) + value * (1 - w);
    }
  }
  emit(currentRow, current);
  return { width: targetWidth, height: targetHeight, data: out };
}
