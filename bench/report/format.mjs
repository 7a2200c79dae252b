// Number formatting for the report: a median with its range, a ratio that says who is faster.

export function ms(value) {
  if (!Number.isFinite(value)) return '—';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}

export function mb(value) {
  return Number.isFinite(value) ? `${value.toFixed(0)} MB` : '—';
}

export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** "1.23 s (1.20–1.31 s)", with ⚠ when the range is wide (see stats.mjs). */
export function spread(summary, unit = ms) {
  if (!summary || !summary.runs) return '—';
  if (summary.runs === 1) return unit(summary.median);
  return `${unit(summary.median)} (${unit(summary.min)}–${unit(summary.max)})${summary.noisy ? ' ⚠' : ''}`;
}

/** Docent's median over the peer's: below 1 Docent is faster. */
export function ratio(docent, peer) {
  if (!Number.isFinite(docent) || !Number.isFinite(peer) || peer === 0) return '—';
  const value = docent / peer;
  if (value > 0.95 && value < 1.05) return `${value.toFixed(2)}× (about the same)`;
  return `${value.toFixed(2)}× (${value <= 1 ? `Docent ${(1 / value).toFixed(1)}× faster` : `Docent ${value.toFixed(1)}× slower`})`;
}

export function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}
