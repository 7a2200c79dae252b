// Medians and spreads. Few runs (3–7) make means and standard deviations misleading, so the report
// gives the median and the full range, and calls a figure noisy when that range is wide.

/** A range wider than this share of the median marks the figure as noisy. */
export const noisySpread = 0.25;

export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The value below which `share` of the samples fall (nearest rank), for latency percentiles. */
export function percentile(values, share) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank];
}

/** Median, range and whether the range is wide enough to distrust the median. */
export function summarize(values) {
  const clean = values.filter((value) => Number.isFinite(value));
  const mid = median(clean);
  const min = Math.min(...clean);
  const max = Math.max(...clean);
  const spread = clean.length > 1 && mid > 0 ? (max - min) / mid : 0;
  return { runs: clean.length, median: mid, min, max, spread, noisy: clean.length > 1 && spread > noisySpread, values: clean };
}

/**
 * Least-squares fit of log(y) = k·log(x) + c: k near 1 means y grows linearly with x.
 * Also a plain linear fit y = a + b·x, whose intercept is the fixed cost (start-up) and slope the cost per unit.
 */
export function growth(points) {
  const usable = points.filter(([x, y]) => x > 0 && y > 0);
  const fit = (pairs) => {
    const n = pairs.length;
    const sx = pairs.reduce((s, [x]) => s + x, 0);
    const sy = pairs.reduce((s, [, y]) => s + y, 0);
    const sxx = pairs.reduce((s, [x]) => s + x * x, 0);
    const sxy = pairs.reduce((s, [x, y]) => s + x * y, 0);
    const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    return { slope, intercept: (sy - slope * sx) / n };
  };
  if (usable.length < 2) return null;
  const logLog = fit(usable.map(([x, y]) => [Math.log(x), Math.log(y)]));
  const linear = fit(usable);
  return { exponent: logLog.slope, fixed: linear.intercept, perUnit: linear.slope };
}
