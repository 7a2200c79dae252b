// Quotations in a sentence: each long enough to be a statement is cut out and replaced by a marker (⟦0⟧),
// so the words around it show who said it ("⟦0⟧, said Ada Roe"). Scare quotes ("attack") stay in place.

const minQuoteWords = 4;
// “…”, "…" and British ‘…’ (a ’ followed by a letter is an apostrophe inside the quote: ‘don’t’).
const quotePattern = /“([^”]+)”|"([^"]+)"|‘((?:[^‘’]|’(?=\p{L}))+)’/gu;

export interface FramedSentence {
  /** The sentence with each quotation replaced by ⟦n⟧. */
  frame: string;
  quotes: string[];
}

export function frameQuotes(text: string): FramedSentence {
  const quotes: string[] = [];
  const frame = text.replace(quotePattern, (whole, curly: string | undefined, straight: string | undefined, single: string | undefined) => {
    const inner = (curly ?? straight ?? single ?? '').trim();
    // Scare quotes ("attack") are not statements; a quoted clause ends with punctuation or is longer.
    if (inner.split(/\s+/).length < minQuoteWords && !(/[,.!?…]$/.test(inner) && inner.split(/\s+/).length >= 2)) return whole;
    quotes.push(inner.replace(/[,]$/, ''));
    return `⟦${quotes.length - 1}⟧`;
  });
  return { frame, quotes };
}

/** The reported text with its quotation markers put back as quotations. */
export function unframe(text: string, quotes: string[]): string {
  return text.replace(/⟦(\d+)⟧/g, (_whole, n: string) => `“${quotes[Number(n)] ?? ''}”`);
}

/**
 * News style for a long quote: a paragraph opens a quotation it does not close, and the next paragraph goes
 * on quoting and names the speaker.
 */
export function opensUnclosedQuote(paragraphText: string): boolean {
  const whole = paragraphText.trim();
  return /^[“"]/.test(whole) && (whole.match(/[“”"]/g) ?? []).length === 1;
}
