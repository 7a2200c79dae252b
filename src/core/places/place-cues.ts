// What the words around a name say about it being a place: "in X", "the harbour of X", "X's mayor",
// "X province", "X, <region or country>". A name with such a cue is a place even when it is also a word
// or a surname ("Mobile", "Columbia"); one without needs the document's other places to vouch for it.

/** "in", "near", "visited" … right before the name (an article may stand between). */
const locativeBefore = /\b(?:in|at|from|near|into|outside|across|around|visit(?:ed|ing|s)?|via|between|toward|towards|to|through|throughout|reached|reach|left|leaving|arrived\s+in|based\s+in|born\s+in|moved\s+to|flew\s+to|returned\s+to)\s+(?:the\s+)?$/i;
/** "the harbour of", "the mayor of", "the province of" … right before the name. */
const ofBefore = /\b(?:harbou?r|port|ports|city|cities|town|towns|village|villages|capital|suburbs?|outskirts|streets|cent(?:re|er)|mayor|governor|province|state|region|county|district|municipality|island|islands|people|residents|inhabitants|citizens|coast|north|south|east|west|heart|edge|part|parts)\s+of\s+$/i;
/** "the island of X", "the port city of X": words that name what X is, so X is a place even when no data knows it. */
const placeNounBefore = /\b(?:island|isle|islands|port|city|cities|town|towns|village|villages|harbou?r)\s+of\s+(?:the\s+)?$/i;
/** "X, a Portuguese explorer": an apposition that makes X a person, whatever town shares the name. */
const personApposition =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:explorer|navigator|sailor|merchant|king|queen|prince|princess|emperor|empress|sultan|general|admiral|writer|poet|painter|priest|bishop|missionary|president|minister|leader|ruler|scholar|philosopher|scientist|author|artist|soldier|officer|trader|noble|nobleman|monk|saint|composer|singer|actor|actress|journalist|historian)\b/iu;
/** "X's mayor", "X's harbour": a possessive place noun right after the name. */
const possessiveAfter = /^[’']s\s+(?:mayor|governor|city\s+council|council|residents|streets|port|harbou?r|airport|police|suburbs|outskirts|downtown|old\s+town|centre|center|waterfront|skyline|population)\b/i;
/** "X province", "X city": the kind of place right after the name, in lower case. */
const kindAfter = /^\s+(?:city|town|province|state|region|county|district|municipality|prefecture|oblast|governorate|department|harbou?r|port)\b/;

/** Words that may follow a place without it modifying them ("in Lantern on Monday", "to Lantern and back"). */
export const functionWords = new Set(
  'on in at and or but for to from by with of the a an this that last next since until after before during when while where as is was were are has had have will would could did does says said told'.split(' '),
);

export interface PlaceCue {
  /** The text says this is a place. */
  strong: boolean;
  /** The name opens its sentence (so its capital letter says nothing). */
  sentenceStart: boolean;
  /** "the X" with nothing that makes it a place: a thing named, not a town ("the Union"). */
  article: boolean;
  /** The only cue is a locative before a name that modifies the next word ("in Federal hiring"). */
  modifierOnly: boolean;
  /** The only cue is a preposition before the name ("to X"), no word that makes it a town. */
  locativeOnly: boolean;
  /** "X, Y": the region or country named right after, which says which X. */
  qualifier: string | null;
  /** "the island of X": the words before say X is a place, whether or not the gazetteer knows it. */
  placeNoun: boolean;
  /** "X, a Portuguese explorer": the words after say X is a person. */
  person: boolean;
}

/** The cues before a name are a few words long; the patterns end in $, and tried on a whole long
 * sentence from each of its positions they made sentences with many names quadratic. */
const cueWindowChars = 120;

export function placeCue(wholeBefore: string, after: string): PlaceCue {
  const before = wholeBefore.length > cueWindowChars ? wholeBefore.slice(-cueWindowChars) : wholeBefore;
  const article = /\bthe\s+$/i.test(before);
  // "soldiers from the Union": after an article a locative says nothing ("in the Hague" is rare enough to lose).
  // "in Federal hiring": a name that modifies the noun after it is not where something happens.
  const nextWord = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  const modifies = nextWord !== undefined && !functionWords.has(nextWord);
  const locative = !article && locativeBefore.test(before) && !/according\s+to\s+$/i.test(before);
  const placeWords = ofBefore.test(before) || possessiveAfter.test(after) || kindAfter.test(after);
  const strong = locative || placeWords;
  const qualifier = /^,\s+((?:\p{Lu}[\p{L}\p{M}.-]*)(?:\s+\p{Lu}[\p{L}\p{M}.-]*){0,2})/u.exec(after)?.[1] ?? null;
  return {
    strong,
    sentenceStart: /^[\s"“‘'(]*$/.test(wholeBefore),
    article: article && !strong,
    modifierOnly: locative && modifies && !placeWords,
    locativeOnly: locative && !placeWords,
    qualifier,
    placeNoun: placeNounBefore.test(before) && !modifies,
    person: personApposition.test(after),
  };
}
