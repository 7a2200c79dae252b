// Word-level helpers shared by the analysis stages.

export const stopWords = new Set(
  `a about above after again against all also although am an and any are as at be because been before being below between both but by
  can cannot could did do does doing down during each even ever every few for from further had has have having he her here hers herself
  him himself his how however i if in into is it its itself just least less like made make many may me might more most much must my
  near neither never no nor not now of off often on once one only or other others our ours out over own per perhaps quite rather
  really same seems shall she should since so some still such than that the their theirs them themselves then there these they this
  those though through thus to too under until up upon us very was we were what when where whether which while who whom whose why will
  with within without would yet you your yours said says say saying told tells according new last next first two three year years
  time times way week weeks month months day days mr mrs ms dr
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-case word tokens (letters, digits, inner hyphens and apostrophes). */
export function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).map((word) => word.replace(/[’']s$/, ''));
}

/** A crude stem so "sanction", "sanctions" and "sanctioned" count as one word in cohesion scores. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let base = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('ss') ? word : word.replace(/s$/, '');
  if (base.length > 5) base = base.replace(/(ing|ed|ly)$/, '');
  return base.replace(/e$/, '');
}

export function contentWords(text: string): string[] {
  return tokens(text)
    .filter((word) => word.length > 2 && !stopWords.has(word) && !/^\d+$/.test(word))
    .map(stem);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
