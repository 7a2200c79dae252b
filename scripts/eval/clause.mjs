// Is a bullet a clause a reader can read aloud? Two checks on compromise's part-of-speech tags, kept apart from
// the generator's own rules (src/) so the scorer does not grade the generator by its own reading.
// - No main clause: every finite verb it has belongs to a clause that a subordinator opened ("that", "who",
//   "because", a reporting verb's complement), so nothing is left for the sentence itself: "Soon after the
//   first release of documents", "A plan that is at peace with its neighbours", "Source: National News Agency".
// - Ends mid-clause: it was cut from its sentence where no clause or phrase ends: the sentence goes on without a
//   comma-like mark, a conjunction, a relative word or a preposition ("He would take steps to ensure that his
//   colleagues | were …").
import nlp from 'compromise';
import { tokensOf } from './score.mjs';

/** Words that open a clause which needs a finite verb of its own. */
const subordinators = new Set('who whom whose which although though because unless whether whereas while if'.split(' '));
/** Verbs of saying and thinking: without "that", what follows is their complement clause ("said people who …"); verbs that
 * as often take a plain object ("states its framework", "told his children") are left out. */
const reporting = new Set('said says say believes believed thinks thought argued argues'.split(' '));
/** Words after a reporting verb that still only say to whom, when or where ("said in a statement"). */
const attributionTail = new Set('in on at to during last this yesterday today here there earlier later reporters journalists'.split(' '));

// compromise reads the verb after "later" as a noun or adjective ("The team later joined …").
const lexicon = { later: 'Adverb' };

function termsOf(text) {
  return nlp(text, lexicon)
    .json()
    .flatMap((sentence) => sentence.terms)
    .map((term) => ({ text: term.text, word: term.text.toLowerCase(), tags: new Set(term.tags), post: term.post ?? '' }))
    .map((term, i, terms) => {
      // A capitalised word inside the sentence, or before another one, is part of a name ("Harbour Press Agency").
      const named = /^\p{Lu}/u.test(term.text) && (i > 0 || /^\p{Lu}/u.test(terms[i + 1]?.text ?? '')) && term.word !== 'i';
      if (named) term.tags.delete('Verb');
      return term;
    });
}

/**
 * The number of finite verb groups and of clauses opened that need one. A verb group is a run of verbs and
 * adverbs ("would not have gone"); it is finite unless it is an infinitive after "to" or a gerund. A bullet's
 * first word as a bare verb is an imperative ("Think of all notes as study guides").
 */
export function clauseCounts(text) {
  const terms = termsOf(text);
  const question = /\?\s*["”’]?$/.test(text.trim());
  let finite = 0;
  let opened = 0;
  let inGroup = false;
  terms.forEach((term, i) => {
    const previous = terms[i - 1];
    const next = terms[i + 1];
    const isVerb = term.tags.has('Verb');
    if (isVerb && !inGroup) {
      const afterTo = previous?.word === 'to';
      const gerund = term.tags.has('Gerund') && !term.tags.has('Copula');
      // "stolen documents", "of hacked materials", "a way devised by …": a participle without an auxiliary.
      const modifiesNoun = previous !== undefined && (previous.tags.has('Preposition') || previous.tags.has('Determiner') || previous.tags.has('Possessive'));
      const participle =
        !term.tags.has('Auxiliary') && !term.tags.has('Copula') && (term.tags.has('Passive') || (term.tags.has('Participle') && (modifiesNoun || next?.word === 'by')));
      const attributive = term.tags.has('PastTense') && !term.tags.has('Copula') && !term.tags.has('Auxiliary') && modifiesNoun && next !== undefined && next.tags.has('Noun');
      if (!afterTo && !gerund && !participle && !attributive) finite += 1;
    }
    // "The approach attempts to …", "Aristotle claims that …": compromise reads a verb in -s after its subject as
    // a plural noun; one followed by a determiner, a possessive, "that" or "to" is the verb.
    const pluralVerb =
      !isVerb && term.tags.has('Plural') && /s$/.test(term.word) && previous !== undefined && previous.tags.has('Noun') && !previous.tags.has('Plural') && previous.post.trim() === '' &&
      next !== undefined && (next.tags.has('Determiner') || next.tags.has('Possessive') || next.word === 'that' || next.word === 'to');
    if (pluralVerb && !inGroup) finite += 1;
    // A gerund is a noun's part ("Fracking also creates jobs"): the verb after it starts a group of its own.
    if (isVerb && !(term.tags.has('Gerund') && !inGroup)) inGroup = true;
    else if (!term.tags.has('Adverb') && !term.tags.has('Negative')) inGroup = false;
    if (/[,;:—–()]/.test(term.post)) inGroup = false;

    if (subordinators.has(term.word)) opened += 1;
    else if (term.word === 'that') {
      // A complementizer or relative "that", not "that concern": compromise tags those a conjunction; at the
      // start, "That the plan failed …" is a clause when a determiner or pronoun follows
      // ("that the plan …" is a clause wherever it stands: a determiner "that" is never followed by one).
      if (term.tags.has('Conjunction') || (next && (next.tags.has('Determiner') || (i === 0 && (next.tags.has('Pronoun') || next.tags.has('Possessive')))))) opened += 1;
    } else if ((term.word === 'when' || term.word === 'where') && !(question && i === 0)) opened += 1;
    else if (reporting.has(term.word) && isVerb && !/[,;:.!?"”]/.test(term.post) && next && next.word !== 'that' && !attributionTail.has(next.word)) opened += 1;
  });
  return { finite, opened };
}

/** No finite verb is left for the bullet's own clause. */
export function lacksMainClause(bullet) {
  const { finite, opened } = clauseCounts(bullet);
  return finite <= opened;
}

const clauseStarts = new Set(
  'and but or nor yet so while whereas because although though which who whom whose where when as if unless since after before until including than to whether'.split(' '),
);
const prepositions = new Set('of in on at by for with from into onto over under about during through across within without against among between toward towards amid via per like near'.split(' '));

/**
 * Cut from its sentence where no clause or phrase ends. The bullet's last word is found in the sentence (its
 * first place after the bullet's earlier words); the cut is clean when the sentence ends there, or goes on after
 * a comma-like mark, or with a conjunction, a relative word or a preposition.
 */
export function endsMidClause(bullet, source) {
  const wanted = tokensOf(bullet);
  const sourceTokens = tokensOf(source);
  if (wanted.length === 0) return false;
  let at = -1;
  for (const token of wanted) {
    at = sourceTokens.indexOf(token, at + 1);
    if (at < 0) return false;
  }
  if (at >= sourceTokens.length - 1) return false;
  const next = sourceTokens[at + 1];
  if (clauseStarts.has(next) || prepositions.has(next)) return false;
  // Punctuation between the last kept word and the next: find both in the source text.
  const lastWord = wanted[wanted.length - 1];
  const normalized = source.normalize('NFC').replace(/[’‘]/g, "'").toLowerCase();
  let from = 0;
  for (let k = 0; k < at; k++) {
    const found = normalized.indexOf(sourceTokens[k], from);
    if (found >= 0) from = found + sourceTokens[k].length;
  }
  const lastAt = normalized.indexOf(lastWord, from);
  const nextAt = normalized.indexOf(next, lastAt + lastWord.length);
  const between = lastAt >= 0 && nextAt >= 0 ? normalized.slice(lastAt + lastWord.length, nextAt) : '';
  return !/[,;:—–()"“”]|\s-\s/.test(between);
}
