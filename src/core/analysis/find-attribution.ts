// The frame of one sentence: who is reported as saying what ("according to X, …", "X said to Y that …",
// "…, X said", "X believes …"). Works on words and punctuation only; who the speaker is comes later.
import { auxiliaries, nounLikeVerbs, objectVerbs, opinionVerbs, participles, reportingVerb } from './reporting-verbs';

export interface Attribution {
  /** The words naming the speaker as written ("the experts", "Berg", "Japanese Daily Courier news agency"). */
  speaker: string;
  /** An appositive or description given with the speaker ("an Australian researcher at …"). */
  role: string | null;
  /** Whom the speaker cites ("intelligence sources" in "X, according to intelligence sources"). */
  citing: string | null;
  /** To whom it was said ("to the BBC", "told reporters"). */
  audience: string | null;
  /** What was said. */
  content: string;
}

const maxSpeakerWords = 6;
/** Whom someone told, named before the clause they were told: "Radio Eastland", "the Gazette news service", "local media". */
const namedAudience =
  /^\s+((?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*(?:\s+(?:news service|news agency|newspaper|broadcaster|television|radio|magazine|website))?|(?:local|state|foreign|international|national)\s+media|reporters|journalists)\s+(?=\p{Ll})/u;
const finiteVerb = /\b(is|are|was|were|will|would|has|have|had|can|could|might|may|should|must|did|does|do|said|says)\b/i;

/**
 * "sister of one of the victims", "co-founder and director of the Centre", "representing the families": an
 * appositive without an article still describes the one named before it.
 */
function describesSomeone(segment: string): boolean {
  const text = segment.trim();
  if (looksLikeAppositive(text)) return true;
  if (finiteVerb.test(text) || words(text) > 16) return false;
  return /^\p{Ll}[\p{L}-]*(?:\s+(?:and\s+)?\p{Ll}[\p{L}-]*){0,3}\s+(?:of|for|at|with|in|to)\s+\S/u.test(text) || /^\p{Ll}+ing\s+\S/u.test(text);
}

/** "an Australian researcher at the University of X": a description, not a clause. */
export function looksLikeAppositive(segment: string): boolean {
  const words = segment.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 14 && /^(an?|the|its|his|her|their|one|two|three|both|former|chief|head|senior)\s/i.test(segment.trim()) && !finiteVerb.test(segment);
}

function cleanContent(text: string): string {
  return text
    .trim()
    .replace(/^(that|:)\s+/i, '')
    .replace(/^[,:;–—-]\s*/, '')
    .replace(/[\s,;:]+$/, '')
    .replace(/(?<!\.\.)\.$/, '')
    .trim();
}

const timeWords = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|the morning|the evening|a statement|a speech|an interview)`;
/** "said in January it was …": when and how it was said is not part of the claim. */
const leadingTime = new RegExp(String.raw`^(?:on|in|last|earlier|late|this)\s+(?:early\s+|late\s+|mid-)?${timeWords}(?:\s+\d{1,2})?,?\s+(?=\p{Ll})`, 'u');

function words(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** "According to X, …", "…, according to X", "Outlet according to sources, …". */
function accordingTo(sentence: string): Attribution | null {
  const match = /\b[Aa]ccording to\s+/.exec(sentence);
  if (!match) return null;
  // "strictly according to the plan": in keeping with, not said by.
  if (/\b(?:strictly|exactly|precisely|only|not|done|carried out|performed|ranked|sorted|arranged|grouped|classified|adjusted|vary|varies|varied)\s*$/i.test(sentence.slice(0, match.index))) return null;
  const prefix = sentence.slice(0, match.index).trim().replace(/,$/, '').trim();
  const after = sentence.slice(match.index + match[0].length);
  // The one it is according to ends at a comma, or at a quotation ("… in an article entitled ⟦0⟧ this …").
  const comma = after.indexOf(',');
  const quote = /\s+in\s+(?:an?|the|his|her|their|its)\s+\p{Ll}+(?:\s+(?:entitled|titled|called))?\s+⟦\d+⟧,?\s*/u.exec(after);
  const cut = quote && (comma < 0 || quote.index < comma) ? quote.index : comma;
  const np = (cut >= 0 ? after.slice(0, cut) : after).replace(/[.!?]+$/, '').trim();
  let rest = quote && cut === quote.index ? after.slice(quote.index + quote[0].length) : comma >= 0 ? after.slice(comma + 1) : '';
  let role: string | null = null;
  const nextComma = rest.indexOf(',');
  if (nextComma > 0 && looksLikeAppositive(rest.slice(0, nextComma)) && words(rest.slice(nextComma + 1)) >= 3) {
    role = rest.slice(0, nextComma).trim();
    rest = rest.slice(nextComma + 1);
  }
  if (!np || words(np) > 10) return null;
  // "Human reason, according to Ada Roe, must come second": the words before are the clause's subject, and
  // the one it is according to is the speaker.
  if (prefix && /^\s*(?:is|are|was|were|will|would|can|could|may|might|must|should|shall|has|have|had|does|do|did|\p{Ll}+ed)\b/u.test(rest)) {
    const content = cleanContent(`${prefix} ${rest.trim()}`);
    if (words(content) >= 3) return { speaker: np, role, citing: null, audience: null, content };
  }
  if (prefix && words(prefix) <= maxSpeakerWords && !finiteVerb.test(prefix) && words(rest) >= 3) {
    return { speaker: prefix, role, citing: np, audience: null, content: cleanContent(rest) };
  }
  const content = cleanContent(prefix && words(rest) < 3 ? prefix : rest);
  if (words(content) < 3) return null;
  return { speaker: np, role, citing: null, audience: null, content };
}

/** The subject just before a reporting verb, with an appositive if one stands between. */
function subjectBefore(before: string): { speaker: string; role: string | null; preceding: string } | null {
  // "Lawmakers also expressed hope that …": the verb before the noun is part of the verb phrase.
  let text = before.trimEnd().replace(/\s+(?:also\s+)?(?:expressed|voiced|raised|shared|gave|offered)$/, '').replace(auxiliaries, '').trimEnd();
  // "Physicians now commonly advise": adverbs between subject and verb.
  text = text.replace(/(?:\s+(?:now|\p{Ll}+ly))+$/u, '').replace(auxiliaries, '').trimEnd();
  let role: string | null = null;
  // "Socrates, for example, wrote": a discourse marker between subject and verb.
  text = text.replace(/,\s*(?:for example|for instance|however|in fact|in turn|too|meanwhile|in particular|of course|though)\s*,$/i, '').trimEnd();
  // "Ada Roe (2004) argues", "the Harbour Society (HS) holds": a citation year or an acronym after the name.
  text = text.replace(/\s*\((?:[^()]*\d{3,4}[^()]*|\p{Lu}[\p{Lu}\d&-]{1,9})\)/gu, '').trimEnd();
  // "Ada Roe — leader of the harbour party since 2004 — said": a description between dashes.
  const dashed = /^(.*\p{Lu}[\p{L}'’-]*)\s+[—–]\s+([^—–]{3,200}?)\s+[—–]$/u.exec(text);
  if (dashed?.[1] && dashed[2]) {
    text = dashed[1];
    if (describesSomeone(dashed[2]) || words(dashed[2]) <= 12) role = dashed[2].trim();
  }
  if (text.endsWith(',')) {
    // "Jane Doe, the mayor, said": the last comma segment describes the one before it.
    const inner = text.slice(0, -1);
    const cut = inner.lastIndexOf(',');
    // "⟦0⟧ Representative Ada Roe, told VOA": a stray comma after a name the quotation leads to.
    if (cut < 0) {
      if (!/⟦\d+⟧\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’-]*$/u.test(inner)) return null;
      text = inner;
    } else {
      const appositive = inner.slice(cut + 1);
      const before = inner.slice(0, cut);
      const previousCut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
      const previous = before.slice(previousCut + 1);
      if (/^\s*\d{1,3}\s*$/.test(appositive)) {
        // "Jane Doe, 45, said": an age is no role.
        text = before;
      } else if (/^\s*(?:who|which)\s/i.test(appositive)) {
        // "Ada Roe, who was fascinated by tides, rejected …": a relative clause describes, the name speaks.
        text = before.replace(/\s*\((?:\d{4}[a-z]?|\p{Lu}[\p{Lu}\d&-]{1,9})\)$/u, '');
      } else if (describesSomeone(appositive) && /\p{Lu}[\p{L}'’-]*\s*$/u.test(before)) {
        // A participle ("representing the families") says what they do here, not who they are.
        role = /^\s*\p{Ll}+ing\s/u.test(appositive) ? null : appositive.trim();
        text = before;
      } else if ((looksLikeAppositive(previous) || possessiveOffice(previous)) && /^\s*\p{Lu}/u.test(appositive) && words(appositive) <= 4) {
        // "The chief executive, Lena Holm, admitted": the description comes first.
        role = (/(?:your|his|her|their|its|our)\s+(\p{Lu}.*)$/u.exec(previous.trim())?.[1] ?? previous).trim();
        text = `${before.slice(0, previousCut + 1)} ${appositive.trim()}`;
      } else {
        return null;
      }
    }
  }
  // A quotation (⟦n⟧) ends the words before the speaker just as a comma does: "⟦0⟧ Whitfield said".
  const quoteEnd = text.lastIndexOf('⟧');
  const separator = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':'), text.lastIndexOf(' –'), text.lastIndexOf(' —'), text.lastIndexOf('('), quoteEnd);
  let speaker = text.slice(separator + 1).trim().replace(/^(?:(?:and|but|so|yet|while|as|then)\s+)+/i, '');
  // "we understand why Plato questions …": the subject of the clause the verb is in.
  const opener = /^.*\b(?:why|how|whether|because|since|although|though|when|if|that|as|while|after|before|until)\s+(?=\S)/u.exec(speaker);
  if (opener && opener[0].length < speaker.length) speaker = speaker.slice(opener[0].length);
  // "Ada Roe, author of a book, was the first to …, and argued": the verb shares the sentence's subject.
  // "Ada Roe called a meeting and stated …": the verb shares the subject of the verb before it.
  if (/^\p{Ll}+(?:ed|s)\b.*\s(?:and|but)$/u.test(speaker) && words(speaker) <= 10) speaker = 'and';
  if (/^(and|but)$/i.test(speaker)) {
    // "One of the protest's leaders, Ada Roe, called a press conference and stated …": the name between commas.
    const described = /^([^,]{3,80}),\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}),\s+\p{Ll}/u.exec(text);
    if (described?.[1] && described[2] && describesSomeone(described[1].replace(/^(?:One|Some|Each)\s+of\s+/, 'one of '))) return { speaker: described[2], role: described[1].trim(), preceding: '' };
    const opening = openingSubject(text);
    return opening ? { speaker: opening, role: null, preceding: '' } : null;
  }
  if (!speaker) return null;
  return { speaker, role, preceding: separator >= 0 ? text.slice(0, separator === quoteEnd ? separator + 1 : separator) : '' };
}

/**
 * "Poland's development minister, Tomasz Nowak, said", "your Secretary of State, Mr. Roe, said": a
 * possessive description before a name.
 */
function possessiveOffice(segment: string): boolean {
  const text = segment.trim();
  if (/(?:^|\s)(?:your|his|her|their|its|our)\s+\p{Lu}[\p{L}]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}]*){0,3}$/u.test(text)) return true;
  return /^\p{Lu}[\p{L}.-]*['’]s\s+\p{Ll}/u.test(text) && words(text) <= 6 && !finiteVerb.test(text);
}

/** "QUOTE, said Jane Doe, a spokeswoman." */
function invertedSubject(after: string): { speaker: string; role: string | null } | null {
  // Abbreviations ("Calif.", "Jr.") may stand in the description; the sentence's own full stop ends it.
  const match = /^\s+([^,.;]+?)(?:,\s*((?:[^.;]|\.(?=\s*[,)\p{Ll}\d]))+?))?[.!?]?$/u.exec(after);
  if (!match?.[1] || words(match[1]) > maxSpeakerWords) return null;
  // "wrote down nothing": the words after the verb must name someone.
  if (!/^\s*(?:the|a|an|its|his|her|their|one)\s/u.test(match[1]) && !/\p{Lu}/u.test(match[1])) return null;
  // "said its general secretary, Claire Dunn": the description comes first, the name after it.
  if (match[2] && /^(its|the|a|an|his|her|their)\s/i.test(match[1].trim()) && /^(\p{Lu}[\p{L}'’-]*\s?){1,4}$/u.test(match[2].trim())) {
    return { speaker: match[2].trim(), role: match[1].trim() };
  }
  const role = match[2] && describesSomeone(match[2]) ? match[2].trim() : null;
  return { speaker: match[1].trim(), role };
}

/** The subject a sentence opens with: its leading capitalised words ("Ada Roe", "The Harbour Board"). */
function openingSubject(sentence: string): string | null {
  const text = sentence.trim();
  // "British foreign minister Ada Roe echoed …": a description in lower case, then the name.
  const described = /^(?:(?:The|A|An)\s+)?(?:\p{Lu}[\p{L}.-]*\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:minister|secretary|president|leader|spokes(?:man|woman|person)|official|chief|envoy|ambassador|senator|representative|governor|mayor|director|adviser|advisor)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})\p{Ll}/u.exec(text);
  if (described?.[1]) return described[1].trim();
  const named = /^((?:(?:The|A|An)\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+|de\s+|van\s+)?\p{Lu}[\p{L}.'’-]*){0,4})\s/u.exec(text);
  // "The mayor closed …": an article, a short noun phrase, then a verb in the past or present.
  const common = /^((?:The|A|An)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)\s+\p{Ll}+(?:ed|s)\b/u.exec(text);
  return common?.[1] ?? (named?.[1] && !/^(?:The|A|An)$/.test(named[1]) ? named[1] : null);
}

/**
 * "…, saying …", "a telegram from the mayor advising that …": a participle reports for the sentence's
 * subject after a clause, or for the one a message comes from.
 */
function participleSpeaker(sentence: string, before: string): string | null {
  const from = /\bfrom\s+((?:the|a|an)\s+[^,;:]{2,50}?|\p{Lu}[^,;:]{1,50}?)\s*$/u.exec(before);
  if (from?.[1]) return from[1].trim();
  if (/[,—–:]\s*(?:\p{Ll}+ly\s+)?$/u.test(before) || /\s\p{Ll}+ly\s+$/u.test(before)) {
    // The main clause is the one the participle hangs on: after any opening phrase ("On the night of …, Roe rode …").
    const clause = before.replace(/[,—–:]?\s*(?:\p{Ll}+ly\s+)?$/u, '');
    return openingSubject(clause.slice(clause.lastIndexOf(',') + 1));
  }
  return null;
}

/** "Ada Roe … is quoted in the Daily Courier as saying, ⟦0⟧": the person speaks, the paper reports it. */
function quotedAsSaying(sentence: string): Attribution | null {
  const match = /^(.*?)\s+(?:is|was|has been)\s+quoted\s+(?:in|by)\s+(.+?)\s+as\s+saying\b[,:]?\s*(.*)$/u.exec(sentence);
  if (!match?.[1] || !match[2]) return null;
  const subject = subjectBefore(`${match[1]} `) ?? { speaker: match[1].trim(), role: null };
  const content = cleanContent(match[3] ?? '');
  if (words(content) < 1) return null;
  return { speaker: subject.speaker, role: subject.role, citing: null, audience: match[2].trim(), content };
}

/** "as Ada Roe once put it, ⟦0⟧", "as Roe defined it": a scholar's words, given with their name. */
function asOnePutIt(sentence: string): Attribution | null {
  const match = /\b[Aa]s\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*)\s+(?:once\s+|famously\s+|so\s+aptly\s+|later\s+)?(?:put|defined|described|called|phrased|termed)\s+it\b[,:]?\s*(.*)$/u.exec(sentence);
  if (!match?.[1]) return null;
  // "Brahmin Dr. Ada Roe Sr.": the name starts after the honorific.
  const name = match[1].replace(/^.*?\b(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+(?=\p{Lu})/u, '');
  const content = cleanContent(match[2] ?? '') || cleanContent(sentence.slice(0, match.index));
  if (words(content) < 1) return null;
  return { speaker: name.trim(), role: null, citing: null, audience: null, content };
}

function reportedBy(sentence: string): Attribution | null {
  for (const match of sentence.matchAll(reportingVerb)) {
    const verb = (match[1] ?? '').toLowerCase();
    const before = sentence.slice(0, match.index);
    // "Well-written notes", "so-called": part of a compound word, not a verb.
    if (/[-‐]$/.test(before) || /^[-‐]\p{L}/u.test(sentence.slice((match.index ?? 0) + match[0].length))) continue;
    let after = sentence.slice((match.index ?? 0) + match[0].length);
    if (participles.test(verb)) {
      const speaker = participleSpeaker(sentence, before);
      const content = cleanContent(after.replace(/^\s*(?:me|us|them|him|her)\b/, ''));
      if (speaker && (words(content) >= 2 || /⟦\d+⟧/.test(content))) return { speaker, role: null, citing: null, audience: null, content };
      continue;
    }
    if (verb === 'divided') {
      if (!/\b(are|were|remain|is|was)\s+$/.test(before)) continue;
    } else if (/\b(is|was|are|were|be|been|being|not)\s+$/i.test(before) || (/\bto\s+$/.test(before) && !/\b(seems?|appears?|seemed|appeared|sought|tried|went so far as|went on)\s+to\s+$/.test(before))) {
      continue; // passive ("is suspected") or infinitive ("expected to say")
    }
    // "question", "rules", "shows" are nouns unless a subject stands right before them ("Roe strongly questions").
    if (/^(question|questions|rules|shows)$/.test(verb) && !/(?:\p{Lu}[\p{L}'’-]*|\b(?:he|she|they|it|who)|\p{Ll}+ly|\))\s+$/u.test(before)) continue;
    // "held the view that …" as much as "held that …".
    // A colon after the verb introduces what was said as much as "that" does ("the agency does mention: …").
    if (nounLikeVerbs.test(verb) && !/^\s+(?:[\p{L}'’-]+\s+){0,4}that\b|^\s*:/u.test(after)) continue;
    // After a possessive the word is a noun ("Roe’s hope is …"); "Harrods’ said" is a name that ends so.
    if (nounLikeVerbs.test(verb) && /[’']s\s+$/.test(before)) continue;
    // "The claim proposed by …": a participle of the passive.
    if (/^\s+by\b/.test(after)) continue;
    // Acts, not claims: "declared war", "declared independence".
    if (/^declare/.test(verb) && /^\s+(war|independence|bankruptcy|victory|a state of|martial law)\b/.test(after)) continue;
    // "who believed …": the relative pronoun's antecedent is not at hand here.
    if (/\b(?:who|which)\s+$/i.test(before)) continue;
    // After a determiner the word is a noun ("offer some hope", "the claims").
    if (/\b(some|any|the|a|an|no|much|more|little|of|this|his|her|their|its|our|my|your|new|own|great|false)\s+$/i.test(before)) continue;
    if (opinionVerbs.test(verb) && /^\s+(about|of|so|too|it over|twice|in)\b/.test(after)) continue;
    // An opinion is a clause ("thinks the tunnel will open", "expect the backlog to clear"), not an object
    // ("feel the satisfaction").
    if (opinionVerbs.test(verb) && !/^\s+that\b/.test(after) && !/\b(is|are|was|were|will|would|can|could|has|have|had|should|must|may|might|do|does|did)\b|\b\p{Ll}+ed\b|\bto\s+\p{Ll}+/u.test(after)) continue;
    const subjectText = verb === 'divided' ? before.replace(/\s*\b(are|were|remain|is|was)\s+$/, ' ') : before;

    let subject = subjectBefore(subjectText);
    let preceding = subject?.preceding ?? '';
    let inverted = false;
    // After "told" come the ones told, never the speaker ("…, told the Gazette he …").
    if (!subject && /(⟦\d+⟧|,)\s*$/.test(before) && !/^(tell|told|tells)$/.test(verb)) {
      const found = invertedSubject(after);
      if (!found) continue;
      subject = { ...found, preceding: before };
      preceding = before;
      after = '';
      inverted = true;
    }
    if (!subject) continue;

    let audience: string | null = null;
    const audienceMatch = /^\s+(?:to\s+)?((?:[^,;:⟦]+?))(?=\s+that\b|,|:|\s*⟦|[.!?]?$)/.exec(after);
    const told = /^(tell|told|tells)$/.test(verb);
    // "told Radio Eastland he believed …", "told the Gazette news service she …": no "that" after the name.
    const named = !inverted && told && !/^\s+(?:[^,;:⟦]+?)\s+that\b/.test(after) ? namedAudience.exec(after) : null;
    if (named?.[1]) {
      audience = named[1].trim();
      after = ` that ${after.slice(named[0].length)}`;
    } else if (!inverted && audienceMatch?.[1] && (told || /^\s+to\s/.test(after)) && words(audienceMatch[1]) <= 8) {
      audience = audienceMatch[1].trim();
      after = after.slice(audienceMatch[0].length);
    }
    // A relayed chain: "told local media, citing the navy, that …".
    let citing: string | null = null;
    const cited = /^\s*,\s*citing\s+([^,;:]{2,60}?)\s*,\s*/.exec(after);
    if (cited?.[1]) {
      citing = cited[1].trim();
      after = ` ${after.slice(cited[0].length)}`;
    }
    // "said on Tuesday that …", "said in a statement that …": the claim starts after "that".
    const lateThat = /^\s+[^,;:"“⟦]{1,60}?\s+that\s+/.exec(after);
    if (lateThat && !/^\s+that\b/.test(after)) after = ` that ${after.slice(lateThat[0].length)}`;
    let content = cleanContent(after);
    // "The company denied that.": a bare pronoun is the object of the verb, not the start of a clause.
    const bareObject = /^\s+(that|this|it|them)\s*[.!?]?\s*$/i.test(after);
    if (verb === 'divided') content = cleanContent(`divided${after}`);
    else if ((!/^\s*(that\b|:)/.test(after) || bareObject) && objectVerbs.test(verb) && (words(content) >= 2 || bareObject)) content = `${match[1]}${after}`.replace(/[\s.!?]+$/, '');
    // "X will build a plant, the company said on Tuesday, betting …": the claim is the clause before the speaker.
    else if (!inverted && words(preceding) >= 4 && !/⟦\d+⟧\s*$/.test(preceding) && /^(?:\s+(?:on|in|at|last|this|earlier|late|yesterday|today|during|after|before|via)\b[^,;:⟦“"]{0,40}?)?\s*(?:,|[.!?]?\s*$)/.test(after)) content = cleanContent(preceding);
    else content = content.replace(leadingTime, '');
    if (words(content) < 2 && !/⟦\d+⟧/.test(content)) content = cleanContent(preceding);
    if (words(content) < 2 && !/⟦\d+⟧/.test(content)) continue;
    return { speaker: subject.speaker, role: subject.role, citing, audience, content };
  }
  return null;
}

/** The attribution frame of a sentence, or null when it reports no one's words or views. */
export function findAttribution(sentence: string): Attribution | null {
  return accordingTo(sentence) ?? quotedAsSaying(sentence) ?? asOnePutIt(sentence) ?? reportedBy(sentence);
}
