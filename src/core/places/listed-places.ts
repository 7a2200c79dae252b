// Names listed among places: "Mombasa, Pemba, Mafia and Zanzibar", "Java, Sumatra and the Banda Sea".
// A list whose other members are places names places, so a member no data knows is still one (listed
// and named, without coordinates unless the gazetteer has them). A list that modifies a noun after it
// ("Arab, Persian and Chinese merchants") names no places.
import { functionWords } from './place-cues';

const nameWord = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*`;
const item = String.raw`(?:the\s+)?${nameWord}(?:\s+${nameWord}){0,3}`;
const separator = String.raw`(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:in\s+|on\s+)?`;
const list = new RegExp(String.raw`(?<![\p{L}\p{M}])${item}(?:${separator}${item})+`, 'gu');
const splitter = new RegExp(separator, 'u');
/** Words of the names of institutions, programmes and fields, which lists of places often hold too. */
const institutionWord =
  /\b(?:University|Institute|School|College|Academy|Community|Committee|Council|Unit|Government|Initiative|Health|Medicine|Research|Goals|Society|Association|Department|Ministry|Agency|Company|Corporation|Bank|Foundation|Center|Centre|Hospital|Program|Programme|Project|Fund|Group|Party|Union|Trust|Services?|Office|Board|Club|League|Church|Court|Army|Navy|Force|Press|News|Times|Post|Review|Journal)\b/u;

/** Members of place lists that are not known places themselves, as written (without "the"). */
export function listedPlaces(text: string, isPlace: (name: string) => boolean): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(list)) {
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice((match.index ?? 0) + match[0].length))?.[1];
    if (next !== undefined && !functionWords.has(next)) continue;
    const members = match[0].split(splitter).map((member) => member.replace(/^the\s+/, '').trim());
    const places = new Set(members.filter(isPlace));
    // At least two members are places, and more than half are: a list of places, not of people with one
    // town, nor an address ("Earth Institute, Columbia University, New York, USA").
    if (places.size < 2 || places.size * 2 <= members.length) continue;
    // "Instituto de Ciencias, Lima, Peru" with no "and": an address, whose first members are institutions.
    const lastUnknown = members.reduce((last, member, at) => (places.has(member) ? last : at), -1);
    const firstKnown = members.findIndex((member) => places.has(member));
    if (!/\s(?:and|or)\s/.test(match[0]) && lastUnknown < firstKnown) continue;
    for (const member of members) if (!places.has(member) && !institutionWord.test(member)) names.push(member);
  }
  return names;
}
