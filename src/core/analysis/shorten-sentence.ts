// Shortening a sentence for a bullet by deletion only: asides, examples and opening connectives go,
// every remaining word keeps its place. Nothing is added, so nothing is put in anyone's mouth.

const maxBulletWords = 24;

// Openers that link to the previous sentence, dropped only when a capitalised word follows.
const connective = /^(?:However|Meanwhile|Moreover|Furthermore|In practice|In fact|Indeed|Still|Also|Yet|But|And|So|Then|Now|Instead|Likewise|Similarly|Nevertheless|Nonetheless|At one time|At the same time|On the other hand|In addition|Officially|For example|For instance|Part on the other hand),\s+(?=\p{Lu})/u;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function shortenSentence(sentence: string): string {
  let text = sentence.trim();
  // Quotes are someone's exact words: leave them whole.
  if (/[“”"‘]/.test(text)) return text.replace(/[.]$/, '');
  text = text.replace(connective, '');
  text = text.replace(/\s*\([^()]*\)/g, '');
  text = text.replace(/\s+[–—]\s+[^–—]+?\s+[–—](?=\s)/g, '');
  text = text.replace(/,\s+such as\s+[^,.;]+,?/g, ',').replace(/,\s*,/g, ',').replace(/,(?=\s+(?:which|that)\s+can\b)/g, ',');
  if (words(text) > maxBulletWords) {
    // Cut at the last clause boundary that keeps the main clause.
    const boundary = /(?:,\s+(?:which|because|while|although|though|as|but|and|so|since|when|where|who)\b|;\s)/g;
    let cut = -1;
    for (const match of text.matchAll(boundary)) {
      const before = text.slice(0, match.index);
      if (words(before) >= 8 && words(before) <= maxBulletWords) cut = match.index ?? -1;
    }
    if (cut > 0) text = text.slice(0, cut);
  }
  return text.replace(/[\s,;:]+$/, '').replace(/\.$/, '').trim();
}

/** Lower-cased word tokens, for checking that a bullet only deletes. */
export function bulletWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** True when every word of `bullet` appears in `source` in the same order. */
export function isOrderedSubsequence(bullet: string, source: string): boolean {
  const wanted = bulletWords(bullet);
  const available = bulletWords(source);
  let at = 0;
  for (const word of available) if (at < wanted.length && word === wanted[at]) at++;
  return at === wanted.length;
}
