// Scores one document's analysis (the `docent analyze --json` contract) against its hand-written expectation.
// Pure functions, so tests can pin every measure on a tiny made-up example (tests/unit/eval/score.test.ts).
import { endsMidClause, lacksMainClause } from './clause.mjs';

/** "The BBC’s" -> "bbc": names compare without case, accents, articles, possessives or stray punctuation. */
export function normalizeName(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .replace(/'s$/, '')
    .replace(/[.,;:!?"“”()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function namesOf(entry) {
  return [entry.name, ...(entry.aliases ?? [])].map(normalizeName);
}

/**
 * Alias-aware precision and recall of a set of found names against expected entries. An optional entry is
 * not needed for recall, and finding it is no false positive. Each expected entry is matched at most once
 * for recall; several found names may match the same entry (two spellings of one speaker are not wrong).
 */
export function matchNames(foundNames, expectedEntries) {
  const found = [...new Set(foundNames)];
  const lookup = expectedEntries.map((entry) => ({ entry, names: new Set(namesOf(entry)) }));
  const matchedEntries = new Set();
  const falsePositives = [];
  for (const name of found) {
    const key = normalizeName(name);
    const hit = lookup.find((item) => item.names.has(key));
    if (hit) matchedEntries.add(hit.entry);
    else falsePositives.push(name);
  }
  const required = expectedEntries.filter((entry) => !entry.optional);
  const missed = required.filter((entry) => !matchedEntries.has(entry)).map((entry) => entry.name);
  return {
    found: found.length,
    expected: required.length,
    truePositives: found.length - falsePositives.length,
    recalled: required.length - missed.length,
    precision: found.length === 0 ? null : (found.length - falsePositives.length) / found.length,
    recall: required.length === 0 ? null : (required.length - missed.length) / required.length,
    falsePositives,
    missed,
  };
}

/** "2.1. Property Rights" -> "Property Rights". */
function withoutNumber(heading) {
  return heading.replace(/^\s*(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)\s+/, '');
}

/**
 * A heading is kept when a section title reads as it: the same words, the words without the heading's
 * number, or the part before a comma/colon of a long heading ("Ada Lovelace, Professor of …" -> "Ada Lovelace").
 */
export function headingKept(heading, titles) {
  const forms = new Set([heading, withoutNumber(heading), heading.split(/[,:]|\s[–—]\s/)[0] ?? heading].map(normalizeName).filter(Boolean));
  return titles.some((title) => forms.has(normalizeName(title)));
}

export function scoreHeadings(expectedHeadings, titles) {
  const missed = expectedHeadings.filter((heading) => !headingKept(heading, titles));
  return { expected: expectedHeadings.length, missed, kept: expectedHeadings.length === 0 ? null : (expectedHeadings.length - missed.length) / expectedHeadings.length };
}

/** The titles Docent wrote itself: those that are not one of the document's headings kept. */
function ownTitles(titles, expectedHeadings) {
  return titles.filter((title) => !expectedHeadings.some((heading) => headingKept(heading, [title])));
}

const interrogative = /^(?:[^,?]*,\s*)?(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|should|shall|may|might|have|has|had)\b/i;

/**
 * A title that is not a name for its subject but a piece of a sentence: it ends on a comma-like mark, a
 * sentence stop or a function word ("Director of the"), opens with a personal pronoun or in lower case
 * ("I was going to ask"), or is a question cut before its question mark ("Did Ada Roe indicate, sir").
 */
export function isFragmentTitle(title) {
  const text = title.trim();
  if (text === '' || /[,;:–—.-]$/.test(text) || /^\p{Ll}/u.test(text)) return true;
  if (/^(?:I|We|You|He|She|They|It)\b(?!['’-]?\p{L})/u.test(text) && !/\?$/.test(text)) return true;
  const tokens = tokensOf(text);
  if (danglingWords.has(tokens[tokens.length - 1] ?? '')) return true;
  return interrogative.test(text) && !/\?$/.test(text);
}

/**
 * Titles of a deck's sections: the share of Docent's own titles (not a kept heading) with 2–6 words, the share
 * of all titles that are distinct (compared as names are), and Docent's own titles that read as sentence
 * fragments (a heading kept as written is the author's: "Why the Tide Turns" is no cut question).
 */
export function scoreTitles(titles, expectedHeadings = []) {
  const own = ownTitles(titles, expectedHeadings);
  const inRange = own.filter((title) => {
    const count = wordsOf(title).length;
    return count >= 2 && count <= 6;
  });
  const seen = new Set();
  const repeated = [];
  for (const title of titles) {
    const key = normalizeName(title);
    if (seen.has(key)) repeated.push(title);
    seen.add(key);
  }
  return {
    count: titles.length,
    own: own.length,
    inRange: own.length === 0 ? null : inRange.length / own.length,
    outOfRange: own.filter((title) => !inRange.includes(title)),
    distinct: titles.length === 0 ? null : (titles.length - repeated.length) / titles.length,
    repeated,
    fragments: own.filter(isFragmentTitle),
  };
}

/** Words as a reader counts them: runs with a letter or a digit. */
export function wordsOf(text) {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/** Lower-case word tokens without punctuation, for comparing a bullet with its sentence. */
export function tokensOf(text) {
  return (
    text
      .normalize('NFC')
      .replace(/[’‘]/g, "'")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []
  );
}

export function isOrderedSubsequence(part, whole) {
  let at = 0;
  for (const token of part) {
    while (at < whole.length && whole[at] !== token) at += 1;
    if (at === whole.length) return false;
    at += 1;
  }
  return true;
}

function containsRun(haystack, needle) {
  if (needle.length === 0) return true;
  const first = needle[0];
  for (let i = haystack.indexOf(first); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first, i + 1)) {
    let ok = true;
    for (let j = 1; j < needle.length; j += 1) {
      if (haystack[i + j] !== needle[j]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

const danglingWords = new Set(
  'a an the and or but nor of to in on at by for with from as into onto over under about after before than that which who whom whose if because while so its their his her our my your'.split(' '),
);

/**
 * Ends on a comma-like mark, or was cut from its sentence and ends on an article, preposition, conjunction or
 * possessive: a cut in mid-phrase. A whole sentence may end on "to" or "that" ("what we set our mind to").
 */
export function isDangling(bullet, source = '') {
  const text = bullet.trim().replace(/["'”’)\]]+$/u, '');
  if (/[,;:–—-]$/.test(text)) return true;
  const tokens = tokensOf(text);
  const last = tokens[tokens.length - 1];
  if (last === undefined || !danglingWords.has(last)) return false;
  const sourceTokens = tokensOf(source);
  return sourceTokens.length === 0 || tokens.length < sourceTokens.length;
}

// Lower case only: "United States" holds no verb.
const reportingVerb =
  /\b(said|says|say|told|tells|added|adds|reported|reports|announced|announces|stated|states|explained|noted|wrote|writes|argued|argues|warned|insisted|claimed|confirmed)\b/;
const finiteWord = /\b(is|are|was|were|will|would|has|have|had|can|could|may|might|must|should|do|does|did|not)\b/i;
// What may follow the verb in a bare attribution: to whom, when, where ("told reporters in Oslo on Monday").
const audienceStart = /^(?:to|in|on|at|during|after|before|last|this|yesterday|today|reporters|journalists|the|a|an|local|state|\p{Lu})/u;

/**
 * "The port authority said", "Prime Minister Jane Roe told reporters in Oslo": who said it, and nothing said.
 * The words before the verb are a short subject (no comma: "…, the authority said" carries a claim before
 * it) and the words after it, if any, only say to whom, when or where.
 */
export function isAttributionOnly(bullet) {
  const text = bullet.trim().replace(/[.!?]+$/, '');
  if (/^according to\b/i.test(text)) return wordsOf(text).length <= 8 && !text.includes(',');
  const match = reportingVerb.exec(text);
  if (!match) return false;
  const before = text.slice(0, match.index).trim();
  const after = text.slice(match.index + match[0].length).trim();
  if (before.includes(',') || /["“”]/.test(text) || wordsOf(before).length > 7) return false;
  if (after === '') return wordsOf(before).length > 0;
  return wordsOf(after).length <= 7 && audienceStart.test(after) && !/\bthat\b/i.test(after) && !finiteWord.test(after);
}

function quantile(sorted, q) {
  if (sorted.length === 0) return null;
  // Nearest rank: the smallest value with at least q of the values at or below it.
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

export function scoreBullets(sections, documentText) {
  const documentTokens = tokensOf(documentText);
  const bullets = sections.flatMap((section) => section.bullets);
  const lengths = bullets.map((bullet) => wordsOf(bullet.text).length).sort((a, b) => a - b);
  const attributionOnly = bullets.filter((bullet) => isAttributionOnly(bullet.text)).map((bullet) => bullet.text);
  const dangling = bullets.filter((bullet) => isDangling(bullet.text, bullet.source)).map((bullet) => bullet.text);
  const noMainClause = bullets.filter((bullet) => lacksMainClause(bullet.text)).map((bullet) => bullet.text);
  const midClause = bullets.filter((bullet) => endsMidClause(bullet.text, bullet.source)).map((bullet) => bullet.text);
  const unfaithful = bullets
    .filter((bullet) => {
      const sourceTokens = tokensOf(bullet.source);
      return !isOrderedSubsequence(tokensOf(bullet.text), sourceTokens) || !containsRun(documentTokens, sourceTokens);
    })
    .map((bullet) => bullet.text);
  return { count: bullets.length, lengths, median: quantile(lengths, 0.5), p90: quantile(lengths, 0.9), attributionOnly, dangling, noMainClause, midClause, unfaithful };
}

export function scoreDocument(expected, analysis, documentText) {
  const titles = analysis.sections.map((section) => section.title);
  return {
    document: expected.document,
    shape: expected.shape,
    speakers: matchNames(
      analysis.statements.map((statement) => statement.speaker),
      expected.speakers,
    ),
    places: matchNames(
      analysis.places.map((place) => place.name),
      expected.places,
    ),
    headings: scoreHeadings(expected.headings ?? [], titles),
    bullets: scoreBullets(analysis.sections, documentText),
    titles,
    titleScore: scoreTitles(titles, expected.headings ?? []),
  };
}

function mean(values) {
  const known = values.filter((value) => value !== null);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0) / known.length;
}

/** The corpus: the mean of per-document scores (documents without any expected item left out), and pooled counts. */
export function summarize(results) {
  const pooled = (key) => {
    const found = results.reduce((sum, result) => sum + result[key].found, 0);
    const truePositives = results.reduce((sum, result) => sum + result[key].truePositives, 0);
    const expected = results.reduce((sum, result) => sum + result[key].expected, 0);
    const recalled = results.reduce((sum, result) => sum + result[key].recalled, 0);
    return { precision: found === 0 ? null : truePositives / found, recall: expected === 0 ? null : recalled / expected };
  };
  const lengths = results.flatMap((result) => result.bullets.lengths).sort((a, b) => a - b);
  return {
    documents: results.length,
    mean: {
      speakerPrecision: mean(results.map((result) => result.speakers.precision)),
      speakerRecall: mean(results.map((result) => result.speakers.recall)),
      placePrecision: mean(results.map((result) => result.places.precision)),
      placeRecall: mean(results.map((result) => result.places.recall)),
      headingsKept: mean(results.map((result) => result.headings.kept)),
      titlesInRange: mean(results.map((result) => result.titleScore.inRange)),
      titlesDistinct: mean(results.map((result) => result.titleScore.distinct)),
      bulletMedian: mean(results.map((result) => result.bullets.median)),
      bulletP90: mean(results.map((result) => result.bullets.p90)),
    },
    pooled: { speakers: pooled('speakers'), places: pooled('places') },
    bullets: {
      count: lengths.length,
      median: quantile(lengths, 0.5),
      p90: quantile(lengths, 0.9),
      attributionOnly: results.reduce((sum, result) => sum + result.bullets.attributionOnly.length, 0),
      dangling: results.reduce((sum, result) => sum + result.bullets.dangling.length, 0),
      noMainClause: results.reduce((sum, result) => sum + result.bullets.noMainClause.length, 0),
      midClause: results.reduce((sum, result) => sum + result.bullets.midClause.length, 0),
      unfaithful: results.reduce((sum, result) => sum + result.bullets.unfaithful.length, 0),
    },
    titles: {
      count: results.reduce((sum, result) => sum + result.titleScore.count, 0),
      fragments: results.reduce((sum, result) => sum + result.titleScore.fragments.length, 0),
    },
  };
}

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', hellip: '…' };

/** The words of an .html document without its markup, for the faithfulness check. */
export function plainText(fileName, text) {
  if (!/\.html?$/i.test(fileName)) return text;
  return text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? whole;
    });
}
