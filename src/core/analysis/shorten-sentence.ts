// Shortening a sentence for a bullet by deletion only, following the sentence's structure: who said it
// (the notes name them), asides in brackets or dashes, appositions and non-restrictive relative
// clauses, opening adverbials and trailing participle phrases go first; only then is the main clause
// cut, at a clause or phrase boundary, never after an article, a preposition or a conjunction. Every
// remaining word keeps its place (a first letter may become a capital), so nothing is put in anyone's
// mouth.

import { hasMainClause, nounPhraseEnds, TaggedSentence, withoutSubjectRelative } from './main-clause';

/** A bullet longer than this is cut back to its main clause. */
export const targetBulletWords = 13;
/** No bullet is longer than this. */
export const maxBulletWords = 22;
/** Deletions stop before the bullet would fall below this many words. */
const minBulletWords = 5;

const reporting =
  'said|says|say|told|tells|added|adds|noted|notes|argued|argues|warned|warns|explained|explains|wrote|writes|announced|announces|reported|reports|stated|states|claimed|claims|insisted|insists|believes|believed|thinks|thought|stressed|stresses|suggested|suggests|estimated|estimates|predicted|predicts|acknowledged|admitted|conceded|confirmed|confirms|recalled|recalls|urged|urges|cautioned|pointed out|points out|agreed|agrees|replied|replies|responded|responds|concluded|concludes|found|finds|showed|shows|ruled|rules|announced';

/** Verbs of speaking: a clause of one of these and its speaker is an attribution, not content. */
const speaking =
  'said|says|say|told|tells|added|adds|noted|notes|argued|argues|warned|warns|explained|explains|wrote|writes|announced|announces|stated|states|claimed|claims|insisted|insists|stressed|stresses|recalled|recalls|urged|urges|cautioned|replied|replies|responded|responds|continued|continues|asked|asks|declared|declares|remarked|observed|commented|concluded';
/** What may follow a speaking verb in an attribution: when, where, to whom, how ("on Tuesday", "in a statement", "to reporters"). */
const attributionTail = String.raw`(?:\s+(?:on|in|at|to|during|last|this|late|early|earlier|later|yesterday|today|recently|afterwards|repeatedly|publicly)\b[^,;“”"]{0,50})?`;

// Openers that link to the previous sentence ("Now", "At the same time"), unless they open a clause with what
// follows ("Now that you are here, …" loses the whole clause instead, as a leading adverbial).
const connective =
  /^(?:However|Meanwhile|Moreover|Furthermore|In practice|In fact|Indeed|Still|Also|Yet|But|And|So|Then|Now|Instead|Likewise|Similarly|Nevertheless|Nonetheless|At one time|At the same time|On the other hand|In addition|Officially|For example|For instance|Of course|As a result|In turn|Thus|Therefore|Hence|Besides|Finally|First|Second|Third|Last|Lastly|Overall|Ultimately|In short|In other words|By contrast|In contrast|Even so|After all|Above all|Admittedly|Apparently|Clearly|Obviously|Interestingly|Importantly|Notably|Surprisingly|Fortunately|Unfortunately|Today|Yesterday|Currently|Recently|Previously|Traditionally|Historically|Initially|Eventually|Later|Earlier|Again)\b,?\s+(?!(?:that|when|as|if|whether)\b)/u;
/** "In the 2012 campaign, …", "After the vote on Tuesday, …", "Using the new camera, …", "This week, …": an opening
 * phrase before the subject ("This article examines …, " is a subject and its verb, not an opening). */
const leadingAdverbial =
  /^(?:(?:In|On|At|During|After|Before|Since|Until|By|For|Over|Under|With|Without|Despite|Following|Amid|Among|Across|Throughout|Within|Beyond|Unlike|Like|As\s+(?:of|part\s+of|a\s+result\s+of)|According\s+to|Along\s+with|Thanks\s+to|Because\s+of|Due\s+to|(?:Last|This|Next)\s+(?:week|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|season|time|\p{Lu}\p{Ll}+day)|Earlier|Later|(?:Two|Three|Several|Many|Some)\s+(?:\S+\s+)?(?:days|weeks|months|years|hours|decades|minutes|centuries)|When|While|Although|Though|If|Once|As|Because|Whereas|Unless)\b|(?:Soon|Shortly|Long|Just|Right|Even|Only|Now|Not\s+long)\s+(?:after|before|when|as|if|though|that|since|until|once)\b|\p{Lu}\p{Ll}+ly\s+(?:within|after|before|in|on|at|by|for|with|from|during)\b|\p{Ll}+ing\b|\p{Lu}\p{Ll}+ing\b|\p{Lu}\p{Ll}+ed\s+(?:by|in|with|at|on|as)\b)[^,;:“"”]{0,160},\s+(?:(?:called|known\s+as|named|led\s+by|held\s+in|based\s+in)\s+[^,;:“"”]{1,60},\s+)?(?=\S)/u;
/** "“We will build it,” said Ana Soto, the mayor." / "…, the ministry said on Tuesday." / "…, according to the report." */
const trailingAttribution = new RegExp(
  String.raw`(?:,|(?<=[”"]))\s+(?:(?:${speaking})\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}\p{M}.'’-]*\s*){1,5}|(?:[^\s,;“”"]+\s+){0,7}?(?:${speaking})${attributionTail}|according\s+to\s+[^,;“”"]{1,80})(?:,\s+(?:the|a|an|who|which|whose)\b[^,;“”"]{0,80})?[.!?]?$`,
  'u',
);
/** "The ministry said on Tuesday that …", "Economists warn that …", "He told reporters …": a source before what it said. */
const leadingAttribution = new RegExp(
  String.raw`^(?:[\p{Lu}][^,;:“”"]{0,70}?|(?:he|she|they|it|we|I)\s)\s*(?:${reporting})(?:\s+(?:(?:on|in|at|last|this)\s+)?[\p{L}\d.]+){0,3}?\s+that\s+`,
  'u',
);
/** "Experts said the plan …", "He told reporters the plan …": a short source and a speaking verb, then what was said. */
const leadingSaid = new RegExp(
  String.raw`^(?:(?:he|she|they|we|I|it)|(?:(?:the|a|an|another|other|some|many|most|several|two|three)\s+)?(?:\S+\s+){0,8}?\S+)\s+(?:said|says|told\s+(?:reporters|journalists|the\s+\p{Lu}\S*|\p{Lu}\S*)|believes|thinks|argued|argues|warned|warns|added|wrote|writes)(?:\s+(?:on|last|this)\s+(?:week|month|year|morning|afternoon|evening|\p{Lu}\S*|\S+day))?\s+(?!that\b)(?=\S)`,
  'u',
);
/** ", X said, " in the middle of a sentence. */
const middleAttribution = new RegExp(String.raw`,\s+(?:(?:[^\s,;“”"]+\s+){0,6}?(?:${speaking})${attributionTail}|(?:${speaking})\s+[^,;“”"]{1,50}?|according\s+to\s+[^,;“”"]{1,50}?),(?=\s)`, 'gu');
/** ", who …," / ", which …," / ", known as …," / ", 41," between commas: an aside about a noun (not ", 2016," after a date). */
const apposition = /,\s+(?:(?:who|whom|whose|which|where|known\s+as|called|named|led\s+by|based\s+in|located\s+in|home\s+to|founded\s+in|aged?)\b[^,;:“”"]{0,90}|\d{1,3}),(?=\s)/gu;
/** "Jane Roe, the country's health minister, said …": after a name, an aside that says who it is (not a list's next item). */
// The verb must follow it: in "the Aging Study, a community-based, random survey" the commas part a list.
const nameApposition =
  /(?<=\p{Lu}[\p{L}\p{M}'’.-]*),\s+(?:the|a|an|his|her|their|its)\s[^,;:“”"]{0,90},(?=\s+(?:\p{Ll}+(?:s|ed)|is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|said|told|says|sought|took|made|gave|led|won|lost|met|ran|saw|knew|thought|found|became|began|left|held|kept)\b)/gu;
/** A clause that only adds detail at the end: ", which …", ", including …", ", while …". */
const trailingDetail =
  /,\s+(?:which|who|whom|whose|where|when|while|whereas|including|such\s+as|especially|particularly|notably|as\s+well\s+as|along\s+with|with|as|after|before|despite|although|though|even\s+though|because|since|citing|saying|adding|noting|according\s+to|and\s+(?:is|was|are|were|has|had)|making|leaving|bringing|giving|raising|prompting|forcing|allowing|causing|meaning|compared\s+with|up\s+from|down\s+from|than)\b[^;]*$/iu;

/** Words a bullet may not end on. */
const dangling = new Set(
  'a an the and or but nor so yet for of in on at to from by with into onto upon about over under after before during since until than as that which who whom whose where when while because although though if whether its their his her our your my this these those such very more most less least also not no is are was were be been being has have had will would can could should might must do does did said says told including like per via amid among between against toward towards through across without within'.split(
    ' ',
  ),
);

/** Prepositions before which a phrase may be cut off ("… used the camera | in near-infrared light"); not "to" or "of", which complete the word before them. */
const phraseStarts = new Set('in on at for from with into during after before since over by through across within without than amid among under'.split(' '));

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Applies a deletion only when enough of the sentence is left. */
function tryDelete(text: string, pattern: RegExp, replacement = '', least = minBulletWords): string {
  const next = text.replace(pattern, replacement).replace(/\s+,/g, ',').replace(/\s{2,}/g, ' ').trim();
  return words(next) >= least ? next : text;
}

/** The first letter as a capital, once an opening was deleted (word order and letters are unchanged). */
function capitalizeFirst(text: string): string {
  return text.replace(/^([“"‘(]?)(\p{Ll})/u, (_whole, mark: string, letter: string) => mark + letter.toUpperCase());
}

const helpers = new Set('is are was were be been being has have had will would can could should might must do does did'.split(' '));
const lastWordOf = (value: string): string => (/([\p{L}\p{N}'’]+)[^\p{L}\p{N}]*$/u.exec(value)?.[1] ?? '').toLowerCase();

/** Ends on a helping verb that also ends its sentence ("… but maybe they should."). */
function endsOnOwnHelper(text: string, sentence: string): boolean {
  const last = lastWordOf(text);
  return sentence !== '' && helpers.has(last) && last === lastWordOf(sentence) && !/[,;:]$/.test(text);
}

function trimEnd(text: string, sentence = ''): string {
  let result = text.replace(/[\s,;:–—-]+$/u, '');
  // A helping verb that ends the sentence itself stays ("… but maybe they should."): only a cut leaves it dangling.
  if (endsOnOwnHelper(result, sentence)) return result;
  // Never end on an article, a preposition or a conjunction.
  for (;;) {
    const last = /(\S+)$/.exec(result)?.[1] ?? '';
    if (!last || !dangling.has(last.toLowerCase().replace(/[^\p{L}]/gu, '')) || words(result) <= minBulletWords) break;
    result = result.slice(0, result.length - last.length).replace(/[\s,;:–—-]+$/u, '');
  }
  return result;
}

/**
 * Cuts the main clause back to at most `limit` words at a boundary: a clause break (comma, semicolon,
 * "and"/"but" before a new verb or subject), else before a phrase (a preposition or "to" + verb). Of the
 * boundaries, the first in order of preference whose words still make a clause is taken ("Soon after the vote,"
 * alone is no bullet); when none does, the most preferred.
 */
function cutToLength(text: string, limit: number, from: TaggedSentence): string {
  if (words(text) <= limit) return text;
  const tokens = text.split(/\s+/);
  const boundaryBefore = (i: number): number => {
    const previous = tokens[i - 1] ?? '';
    const word = (tokens[i] ?? '').toLowerCase();
    // Not inside a name ("Institute of Technology").
    if (/^\p{Lu}/u.test(previous) && ['of', 'de', 'for', 'and'].includes(word) && /^\p{Lu}/u.test(tokens[i + 1] ?? '')) return 0;
    if (/[,;:]$/.test(previous)) return 3;
    if (['and', 'but', 'or', 'while', 'whereas', 'because', 'so', 'although', 'though', 'which', 'who', 'where', 'when'].includes(word)) return 2;
    if (phraseStarts.has(word)) return 1;
    return 0;
  };
  // Within the target, then a little past it; a clause break counts more than a phrase break, nearer the limit is better.
  const ranked = (from: number, to: number): number[] => {
    const found: Array<{ at: number; weight: number }> = [];
    for (let i = Math.min(to, tokens.length - 1); i >= from; i--) {
      const score = boundaryBefore(i);
      if (score > 0) found.push({ at: i, weight: score * 10 + i / tokens.length });
    }
    return found.sort((x, y) => y.weight - x.weight).map((boundary) => boundary.at);
  };
  const candidates = [...ranked(minBulletWords + 1, limit), ...ranked(limit + 1, limit + 4), ...ranked(limit + 5, maxBulletWords), limit];
  const cuts = candidates.map((at) => trimEnd(tokens.slice(0, at).join(' ')));
  const clean = cuts.find((cut) => hasMainClause(cut, from));
  if (clean !== undefined && clean !== cuts[cuts.length - 1]) return clean;
  // No boundary makes a clause: cut where a noun phrase ends ("… a whole genome association study | to test"),
  // not inside one ("… the Male Aging | Study").
  const phraseEnd = nounPhraseEnds(tokens.slice(0, maxBulletWords + 1).join(' '), from)
    .filter((count) => count > minBulletWords && count <= maxBulletWords)
    .map((count) => trimEnd(tokens.slice(0, count).join(' ')))
    .find((cut) => hasMainClause(cut, from));
  return phraseEnd ?? clean ?? (cuts[0] as string);
}

export function shortenSentence(sentence: string, from = new TaggedSentence(sentence)): string {
  let text = sentence.trim().replace(/\s+/g, ' ');
  const quoted = /[“”"]/.test(text);
  // A sentence that opens with a quote is someone's words; one that only quotes a phrase later is not.
  const opensWithQuote = /^[“"‘]/u.test(text);
  // Who said it goes to the notes.
  // A short quote stands alone without its speaker ("“We will win”").
  text = tryDelete(text, trailingAttribution, '', quoted ? 2 : minBulletWords);
  text = tryDelete(text, middleAttribution);
  if (!opensWithQuote) text = tryDelete(text, leadingAttribution);
  if (!opensWithQuote && !/,/.test(text.split(/\s+(?:said|says|told)\s/)[0] ?? '')) text = tryDelete(text, leadingSaid);
  // "According to Berg, a researcher at the institute, …": the source and who they are.
  text = tryDelete(text, /^According\s+to\s+[^,]{1,80},(?:\s+(?:an?|the|who)\s[^,]{1,100},)?\s+/iu);
  // A quote is someone's exact words: beyond its attribution, it stays whole unless it is too long.
  if (!quoted || words(text) > maxBulletWords) {
    text = tryDelete(text, connective);
    text = tryDelete(text, /\s*\([^()]*\)/g);
    text = tryDelete(text, /\s+[–—]\s+[^–—]+?\s+[–—](?=\s)/g);
    text = tryDelete(text, /\s+[–—]\s+[^–—]+$/);
    // "Early this morning, from a city far away, …": openings may come one after another.
    // An opening goes only if a clause is left after it.
    for (let n = 0; n < 3 && words(text) > targetBulletWords; n++) {
      const next = capitalizeFirst(tryDelete(text, leadingAdverbial));
      if (next === text || (words(next) <= 80 && !hasMainClause(next, from))) break;
      text = next;
    }
    if (words(text) > targetBulletWords) text = tryDelete(tryDelete(text, apposition), nameApposition);
    if (words(text) > targetBulletWords) text = tryDelete(text, trailingDetail);
    // A relative clause between the subject and its verb goes before the main clause is cut ("A harbour that
    // is at peace with … would prosper"); read only in sentences of reading length.
    if (words(text) > maxBulletWords && words(text) <= 80) {
      const shorter = withoutSubjectRelative(text, from);
      if (shorter && words(shorter) >= minBulletWords) text = shorter;
    }
    if (words(text) > maxBulletWords) text = cutToLength(text, targetBulletWords, from);
  }
  text = text.replace(/[.]$/, '').replace(/,([”"’])$/u, '$1');
  // A quote cut short loses its marks rather than closing on words its speaker did not end on.
  if (quoted && (text.match(/[“”"]/g) ?? []).length % 2 === 1) text = text.replace(/[“”"]/g, '');
  return capitalizeFirst(trimEnd(text, sentence)).trim();
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

/** "X and Y reported on this story for …", "Z contributed to this report": who wrote the piece, not what it says. */
const credit = /^(?:\S+\s+){1,8}(?:reported|wrote|contributed|adapted|edited)\s+(?:on\s+|to\s+)?(?:this|the)\s+(?:story|report|article)\b/iu;

/** A bullet that only says who spoke ("the port authority said", "Prime Minister Roe told reporters"). */
export function isAttributionOnly(bullet: string): boolean {
  return !/[“”"]/.test(bullet) && new RegExp(String.raw`^(?:\S+\s+){0,8}(?:${speaking})(?:\s+(?:on|in|at|to|a|an|the|last|this|other|me|us|him|her|them|reporters|journalists|statement|interview|conference|news|press|day|week|month|year|morning|evening|night|ago|recently|\p{Lu}\S*|\S+day|\d\S*)){0,6}$`, 'u').test(bullet.trim()) || credit.test(bullet.trim());
}

/** A bullet ending on an article, a preposition, a conjunction or a comma (or a helping verb it was cut after). */
export function endsDangling(bullet: string, source = ''): boolean {
  const last = /(\S+)$/.exec(bullet.trim())?.[1] ?? '';
  if (endsOnOwnHelper(bullet.trim(), source)) return false;
  return /[,;:]$/.test(last) || dangling.has(last.toLowerCase().replace(/[^\p{L}]/gu, ''));
}
