// Pacing against the talk's planned length: each slide gets an equal share of the time, and the
// presenter is on time while the clock is inside the current slide's share.
export interface Pacing {
  /** Planned length minus elapsed time; negative once the talk runs over. */
  remainingMs: number;
  /** How far ahead (negative) or behind (positive) of plan; 0 while inside the slide's share. */
  behindMs: number;
  verdict: 'ahead' | 'on time' | 'behind';
}

/** Within this much of plan counts as on time: nobody paces a talk to the second. */
const toleranceMs = 30_000;

/**
 * @param slideIndex 0-based position of the current slide in reading order
 * @param slideCount slides in the deck (vertical ones count)
 */
export function pacingFor(elapsedMs: number, plannedMinutes: number, slideIndex: number, slideCount: number): Pacing {
  const plannedMs = plannedMinutes * 60_000;
  const share = plannedMs / Math.max(1, slideCount);
  const index = Math.min(Math.max(0, slideIndex), Math.max(0, slideCount - 1));
  const shareStarts = index * share;
  const shareEnds = (index + 1) * share;
  let behindMs = 0;
  if (elapsedMs > shareEnds) behindMs = elapsedMs - shareEnds;
  else if (elapsedMs < shareStarts) behindMs = elapsedMs - shareStarts;
  const verdict = behindMs > toleranceMs ? 'behind' : behindMs < -toleranceMs ? 'ahead' : 'on time';
  return { remainingMs: plannedMs - elapsedMs, behindMs, verdict };
}

/**
 * Pacing against a rehearsal: the talk is on time while the clock is between the rehearsed time of
 * the slides before this one and that time plus this slide's.
 * @param rehearsedMs each slide's rehearsed time, in reading order
 */
export function pacingAgainstRehearsal(elapsedMs: number, rehearsedMs: readonly number[], slideIndex: number): Pacing {
  const index = Math.min(Math.max(0, slideIndex), Math.max(0, rehearsedMs.length - 1));
  const shareStarts = rehearsedMs.slice(0, index).reduce((sum, ms) => sum + ms, 0);
  const shareEnds = shareStarts + (rehearsedMs[index] ?? 0);
  const totalMs = rehearsedMs.reduce((sum, ms) => sum + ms, 0);
  let behindMs = 0;
  if (elapsedMs > shareEnds) behindMs = elapsedMs - shareEnds;
  else if (elapsedMs < shareStarts) behindMs = elapsedMs - shareStarts;
  const verdict = behindMs > toleranceMs ? 'behind' : behindMs < -toleranceMs ? 'ahead' : 'on time';
  return { remainingMs: totalMs - elapsedMs, behindMs, verdict };
}
