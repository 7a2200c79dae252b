// A paragraph that ends in a colon and names who speaks introduces the next paragraph as their words, the way
// blogs and roundups quote: "Ada Roe of the Harbour Blog writes:", "Ben Oduya @benoduya:", "Ada Roe keeps a
// list of the closures:" followed by the quotation (often a blockquote).

export interface IntroducedQuote {
  /** Who speaks, as written ("Ada Roe", "@benoduya"). */
  speaker: string;
  /** Where they wrote it ("the Harbour Blog"), or null. */
  outlet: string | null;
}

const name = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|van|von|da|del|al|bin)?\s*\p{Lu}[\p{L}'’.-]*){0,3}`;
const handle = String.raw`@[\w.]{2,30}`;
const verbs =
  'writes|wrote|says|said|adds|added|notes|noted|explains|explained|comments|commented|tweets|tweeted|posts|posted|mentions|mentioned|argues|argued|states|stated|continues|continued|concludes|concluded|asks|asked|responds|responded|replies|replied|observes|observed|remarks|remarked|reports|reported|warns|warned';

/** "Ada Roe @roe:", "@roe:", "Ada Roe pe1us0:": a label line, a name and perhaps a handle. */
const labelLine = new RegExp(String.raw`^(?:(${name})\s+)?(${handle}|[\p{Ll}\d_]{3,20}\d[\p{Ll}\d_]*)?\s*:$|^(${name})\s*:$|^(${handle})\s*:$`, 'u');
/** "…, Ada Roe of the Harbour Blog writes:", "Ada Roe, from Tidewatch, says:". */
const saysColon = new RegExp(String.raw`(?:^|[,;]\s*)((?:the\s+)?${name}(?:\s+(?:of|from|at|on)\s+(?:the\s+)?${name})?)\s*,?\s+(?:also\s+|then\s+)?(?:${verbs})(?:\s+(?:in|on|that)\b[^:]{0,60})?\s*:$`, 'u');
/** "Ada Roe of the Harbour Blog keeps a list of the closures:": a person opens the sentence and it ends in a colon. */
const opensWithPerson = new RegExp(String.raw`^(${name})(?:\s+(?:of|from|at|in)\s+((?:the\s+)?${name}))?\s+\p{Ll}[^:]{0,120}:$`, 'u');
/** "…, as Ada Roe points out in the blog Tidewatch - …:": the one the aside names. */
const asOnePointsOut = new RegExp(String.raw`\bas\s+(${name})\s+(?:points out|pointed out|notes|noted|writes|wrote|says|said|puts it|put it)(?:\s+(?:in|on)\s+(?:the|his|her|their)\s+(?:blog|column|newsletter|site|post)\s+(${name}))?`, 'u');

function splitOutlet(phrase: string): IntroducedQuote {
  const at = /^(.*?)\s+(?:of|from|at|on)\s+((?:the\s+)?\p{Lu}.*)$/u.exec(phrase);
  return at?.[1] && at[2] ? { speaker: at[1], outlet: at[2].replace(/^the\s+/, '') } : { speaker: phrase, outlet: null };
}

/**
 * Who a sentence ending in a colon introduces, or null. `isPerson` tells a person's name from an opening
 * phrase ("The report lists three reasons:" introduces no one).
 */
export function findIntroducedQuote(sentence: string, isPerson: (name: string) => boolean): IntroducedQuote | null {
  const text = sentence.trim();
  if (!text.endsWith(':') || text.split(/\s+/).length > 30) return null;
  const label = labelLine.exec(text);
  if (label) {
    const person = label[1] ?? label[3];
    const tag = label[2] ?? label[4];
    if (person && isPerson(person)) return { speaker: person, outlet: null };
    if (!person && tag?.startsWith('@')) return { speaker: tag, outlet: null };
    return null;
  }
  const says = saysColon.exec(text);
  if (says?.[1]) {
    const split = splitOutlet(says[1].replace(/^the\s+/, ''));
    // "At the Harbour Times, Ada Roe says:": where it was said opens the line.
    const where = new RegExp(String.raw`^(?:At|In|On)\s+(?:the\s+)?(${name}),`, 'u').exec(text);
    if (where?.[1] && !split.outlet && says.index > 0) split.outlet = where[1];
    return isPerson(split.speaker) || split.outlet ? split : { speaker: says[1], outlet: null };
  }
  const aside = asOnePointsOut.exec(text);
  if (aside?.[1] && isPerson(aside[1])) return { speaker: aside[1], outlet: aside[2] ?? null };
  const opens = opensWithPerson.exec(text);
  // "Ada Roe keeps a list:", "Ada in Tidewatch writes less kindly, saying:" (a first name with the blog).
  if (opens?.[1] && (opens[1].includes(' ') || opens[2]) && isPerson(opens[1])) return { speaker: opens[1], outlet: opens[2]?.replace(/^the\s+/, '') ?? null };
  return null;
}
