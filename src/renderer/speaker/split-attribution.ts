// "Maria Lopez, an economist at the University of Leeds (to Reuters) · reported" -> who, role, outlet,
// kind. Plain text in, plain text out, so the speaker view's notes can set each part apart.
export interface Attribution {
  speaker: string;
  role: string | null;
  /** To whom or where it was said: "to BBC". */
  outlet: string | null;
  /** "direct quote", "reported"… as the notes say it. */
  kind: string | null;
}

const leadingDash = /^\s*(?:—|–|―|--)\s*/;
const outletWords = String.raw`(?:to|in|on|via|for|told|speaking to|writing in|interviewed by)\b`;
const outletInParentheses = new RegExp(String.raw`\s*\((${outletWords}[^()]*)\)\s*$`, 'i');
const outletAtEnd = new RegExp(`^${outletWords}`, 'i');

/** An attribution is a line; a longer one is a hostile or broken note, shown whole as the speaker. */
const maxAttributionChars = 2000;

export function splitAttribution(text: string): Attribution {
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
