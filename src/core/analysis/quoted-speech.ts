// Quotations in a sentence: each long enough to be a statement is cut out and replaced by a marker (⟦0⟧),
// so the words around it show who said it ("⟦0⟧, said Ada Roe"). Scare quotes ("attack") stay in place.

const minQuoteWords = 4;
// “…”, "…" and British ‘…’ (a ’ followed by a letter is an apostrophe inside the quote: ‘don’t’).
// A quotation ends at its closing mark, and no opening mark stands inside it: so an unclosed “ is
// looked past at the next one, not scanned to the text's end from each of 200,000 openers.
const quotePattern = /“([^“”]+)”|"([^"]+)"|‘((?:[^‘’]|’(?=\p{L}))+)’/gu;

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

function marks(text: string): { open: number; close: number; straight: number } {
  return { open: (text.match(/“/g) ?? []).length, close: (text.match(/”/g) ?? []).length, straight: (text.match(/"/g) ?? []).length };
}

/**
 * A quotation of several sentences inside one paragraph: this sentence opens it and leaves it open
 * ("“The boats are old." … "Nobody paid for repairs,” she said.").
 */
export function opensQuoteItLeavesOpen(sentence: string): boolean {
  const count = marks(sentence);
  if (count.open > count.close) return true;
  return count.open === 0 && count.straight % 2 === 1 && /(?:^|[\s(])"\S/.test(sentence);
}

/** Whether a sentence inside an open quotation closes it. */
export function closesOpenQuote(sentence: string): boolean {
  const count = marks(sentence);
  return count.close > count.open || (count.open === 0 && count.close === 0 && count.straight % 2 === 1);
}
