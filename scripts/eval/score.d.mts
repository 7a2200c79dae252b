// Types of scripts/eval/score.mjs, for the unit tests that pin its measures.
export interface NamedEntry {
  name: string;
  aliases?: string[];
  optional?: boolean;
}
export interface NameScore {
  found: number;
  expected: number;
  truePositives: number;
  recalled: number;
  precision: number | null;
  recall: number | null;
  falsePositives: string[];
  missed: string[];
}
export interface BulletScore {
  count: number;
  lengths: number[];
  median: number | null;
  p90: number | null;
  attributionOnly: string[];
  dangling: string[];
  noMainClause: string[];
  midClause: string[];
  unfaithful: string[];
}
export interface TitleScore {
  count: number;
  own: number;
  inRange: number | null;
  outOfRange: string[];
  distinct: number | null;
  repeated: string[];
  fragments: string[];
}
export function isFragmentTitle(title: string): boolean;
export function scoreTitles(titles: string[], expectedHeadings?: string[]): TitleScore;
export function normalizeName(text: string): string;
export function matchNames(foundNames: string[], expectedEntries: NamedEntry[]): NameScore;
export function headingKept(heading: string, titles: string[]): boolean;
export function scoreHeadings(expectedHeadings: string[], titles: string[]): { expected: number; missed: string[]; kept: number | null };
export function wordsOf(text: string): string[];
export function tokensOf(text: string): string[];
export function isOrderedSubsequence(part: string[], whole: string[]): boolean;
export function isDangling(bullet: string, source?: string): boolean;
export function isAttributionOnly(bullet: string): boolean;
export function scoreBullets(sections: Array<{ bullets: Array<{ text: string; source: string }> }>, documentText: string): BulletScore;
export function plainText(fileName: string, text: string): string;
export function scoreDocument(expected: unknown, analysis: unknown, documentText: string): unknown;
export function summarize(results: unknown[]): unknown;
