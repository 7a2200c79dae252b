// Types of scripts/eval/clause.mjs, for the unit tests that pin its measures.
export function clauseCounts(text: string): { finite: number; opened: number };
export function lacksMainClause(bullet: string): boolean;
export function endsMidClause(bullet: string, source: string): boolean;
