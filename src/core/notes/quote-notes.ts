// The one definition of how an attributed statement is written in speaker notes, and how it is read back.
// The generator writes
//
//     > *Direct quote:* “Rates will stay high.” — **Maria Lopez**, an economist at Leeds (to Reuters)
//
// and the speaker view reads the rendered text of that line (and of hand-written variants: a dash line
// of its own, the outlet after a comma, " · reported" at the end) to set the words, the speaker, the
// role, the outlet and the kind apart. Both sides live here so the grammar is written once and a
// round-trip test can hold them together.
import { escapeInline } from '../generate/escape-markdown';

export type QuoteKind = 'direct' | 'reported';

/** What a notes line says about who said something. `outlet` is the phrase as shown ("to BBC"). */
export interface QuoteAttribution {
  speaker: string;
  role: string | null;
  outlet: string | null;
  /** "Direct quote", "reported"… as the notes say it; null when they do not say. */
  kind: string | null;
}

/** The label the generator writes before the words, and which the reader takes as the kind. */
export const quoteKindLabels: Record<QuoteKind, string> = { direct: 'Direct quote', reported: 'Reported' };

export interface QuoteToWrite {
  speaker: string;
  role: string | null;
  /** To whom or where it was said, without the preposition ("BBC", "reporters"). */
  outlet: string | null;
  kind: QuoteKind;
  text: string;
}

/** `**Name**, role (to outlet)`, with the document's text escaped so it stays text. */
export function writeAttribution(quote: Pick<QuoteToWrite, 'speaker' | 'role' | 'outlet'>): string {
  const who = `**${escapeInline(quote.speaker)}**`;
  const role = quote.role ? `, ${escapeInline(quote.role)}` : '';
  const outlet = quote.outlet ? ` (to ${escapeInline(quote.outlet)})` : '';
  return `${who}${role}${outlet}`;
}

/**
 * `> *Direct quote:* “…” — **Name**, role (to the BBC)`. Reported speech is not put in quotation marks:
 * they are the writer's words, not the speaker's.
 */
export function writeQuote(quote: QuoteToWrite): string {
  const said = escapeInline(quote.text);
  const text = quote.kind === 'direct' ? `“${said}”` : said.charAt(0).toUpperCase() + said.slice(1);
  return `> *${quoteKindLabels[quote.kind]}:* ${text} — ${writeAttribution(quote)}`;
}

const dashStart = /^\s*(?:—|–|―|--)\s*/;
/** The dash before an attribution: " — " inside a line, or a dash opening a new line. */
const dashInside = /(?:\s+(?:—|–|―)\s+|\n\s*(?:—|–|―|--)\s*)/g;

/** True when a paragraph's text is an attribution line of its own ("— Jane Doe, a researcher"). */
export function startsWithDash(text: string): boolean {
  return dashStart.test(text);
}

/** Where the attribution starts in a paragraph's text (the last dash that introduces one), if anywhere. */
export function findAttributionStart(text: string): { offset: number; text: string } | null {
  if (dashStart.test(text)) return { offset: 0, text };
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(dashInside)) last = match as RegExpExecArray;
  if (!last) return null;
  const rest = text.slice(last.index + last[0].length).trim();
  // A dash inside the quoted words is followed by more words, not by a name.
  if (!rest || !/^[\p{Lu}\p{N}"“'‘(]/u.test(rest)) return null;
  return { offset: last.index, text: rest };
}

/** "*Reported:*": the kind label's text, when a paragraph's first emphasised words are one. */
export function readKindLabel(text: string): string | null {
  const trimmed = text.trim();
  return /^[\p{L} ]{2,30}:$/u.test(trimmed) ? trimmed.slice(0, -1) : null;
}

const leadingDash = /^\s*(?:—|–|―|--)\s*/;
const outletWords = String.raw`(?:to|in|on|via|for|told|speaking to|writing in|interviewed by)\b`;
const outletInParentheses = new RegExp(String.raw`\s*\((${outletWords}[^()]*)\)\s*$`, 'i');
const outletAtEnd = new RegExp(`^${outletWords}`, 'i');

/** An attribution is a line; a longer one is a hostile or broken note, shown whole as the speaker. */
const maxAttributionChars = 2000;

/** "Maria Lopez, an economist at Leeds (to Reuters) · reported" → who, role, outlet, kind (plain text). */
export function readAttribution(text: string): QuoteAttribution {
  // One space for each run of white space first: the patterns below start with \s+ or \s*, and a
  // run of 150,000 spaces was otherwise scanned again from each of its positions (a minute's freeze).
  const collapsed = text.replace(/\s+/g, ' ');
  if (collapsed.length > maxAttributionChars) return { speaker: collapsed.trim(), role: null, outlet: null, kind: null };
  let rest = collapsed.replace(leadingDash, '').trim();
  let kind: string | null = null;
  const kindMatch = /\s+·\s+([^·]+)$/.exec(rest);
  if (kindMatch?.[1]) {
    kind = kindMatch[1].trim();
    rest = rest.slice(0, kindMatch.index).trim();
  }
  let outlet: string | null = null;
  const inParentheses = outletInParentheses.exec(rest);
  if (inParentheses?.[1]) {
    outlet = inParentheses[1].trim();
    rest = rest.slice(0, inParentheses.index).trim();
  }
  const parts = rest.split(/,\s+/).filter(Boolean);
  const speaker = parts.shift() ?? '';
  const last = parts.at(-1);
  if (!outlet && last !== undefined && outletAtEnd.test(last)) outlet = parts.pop() ?? null;
  return { speaker, role: parts.length ? parts.join(', ') : null, outlet, kind };
}
