// Reads a V8 CPU profile (node --cpu-prof) into where the time went: the command's own stages (the
// functions called directly by the stage function named), garbage collection, and everything else
// (starting Node, loading and compiling modules). Names come from the bundle, so the breakdown
// follows the code as it is when the suite runs, not as it was when this was written.
import { readFileSync } from 'node:fs';

export function profileBreakdown(file, stageFunction, { top = 6 } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const inclusive = new Map();
  const stages = new Map();
  let gcMs = 0;
  let idleMs = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const own = nodes.get(id).callFrame.functionName;
    if (own === '(garbage collector)') gcMs += ms;
    if (own === '(idle)') idleMs += ms;
    // Walk up the stack once: count each function once per sample, and note the stage below `stageFunction`.
    const seen = new Set();
    let child = null;
    for (let current = id; current !== undefined; current = parents.get(current)) {
      const name = nodes.get(current).callFrame.functionName;
      if (!seen.has(name)) {
        inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
        seen.add(name);
      }
      if (name === stageFunction && child) {
        const stage = nodes.get(child).callFrame.functionName || '(anonymous)';
        stages.set(stage, (stages.get(stage) ?? 0) + ms);
        break;
      }
      child = current;
    }
  });
  const stageMs = inclusive.get(stageFunction) ?? 0;
  const sorted = [...stages].sort((a, b) => b[1] - a[1]);
  return {
    totalMs,
    stageFunction,
    stageMs,
    stages: sorted.slice(0, top).map(([name, ms]) => ({ name, ms })),
    otherStagesMs: sorted.slice(top).reduce((sum, [, ms]) => sum + ms, 0),
    gcMs,
    idleMs,
    inclusiveMs: (name) => inclusive.get(name) ?? 0,
  };
}
