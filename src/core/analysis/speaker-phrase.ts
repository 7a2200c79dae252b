// Whether the words before a reporting verb can name who speaks. A sentence opener ("Although it", "Now"),
// a fragment ("of State", "down nothing"), the writer's own voice ("Let me", "If we"), an instruction
// ("List and briefly describe") or an abstraction ("the inner voice", "elite theory") cannot.

/** The writer or the reader: such a subject is the document's own voice, not a quoted speaker. */
// Case matters: "US" is a country, "us" the writer.
const firstOrSecondPerson = /(?:^|\s)(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’](?:ve|re|d|ll)|us|[Oo]ur|[Yy]ou|[Yy]our|[Ll]et)(?=\s|$)/;

/** Words that open a clause or an adverbial, never a speaker. */
const openers = new Set(
  `against although though when whenever if unless since because while whereas now then rather yesterday today tomorrow including
  neither nor either so thus hence however also just only even still yet instead perhaps maybe poorly may might must need don't
  do does did not no of in on at by for with from to into onto as than like down up out over after before during until about
  within without through across among between whether once what which who whom whose how why where there here this that these those
  unlike despite besides alas oh well yes indeed sadly luckily fortunately unfortunately hopefully clearly surely naturally certainly
  someone somebody anyone anybody everyone everybody nobody suppose imagine consider assume`.split(/\s+/),
);

/** Textbook instructions start with a verb in the imperative: "Describe the reasons why …". */
const instructionVerbs = new Set(
  'list describe identify explain evaluate distinguish compare contrast discuss define analyze analyse summarize summarise outline examine assess'.split(
    ' ',
  ),
);

/** Things that cannot say anything, though writers let them "tell" or "show". */
const abstractHeads =
  /\b(presence|absence|silence|arrival|departure|role|decision|plan|plans|schedule|rules|guidelines|protocol|design|criteria|formula|method|instructions|claim|claims|voice|voices|theory|theories|approach|approaches|view|idea|ideas|concept|advantages?|study|studies|report|reports|data|evidence|results?|findings?|research|analysis|survey|surveys|model|models|framework|frameworks|principle|principles|argument|arguments|assumption|assumptions|equation|graph|example|definition|law|rule|history|experience|message|picture|story|statement|tradition|perspective)$/i;

const functionEnd = /\b(that|which|who|whom|of|a|an|the|and|or|nor|but|to|than|as|for|with|by|in|on|at|also|nor)$/i;

/** A document's own parts ("Section IV describes …", "Chapter 2 shows …") are the writer speaking, not a speaker. */
const documentParts = /^(?:the\s+)?(?:sections?|chapters?|parts?|volumes?|figures?|tables?|appendix|appendices|boxes|box|paragraphs?|footnotes?)\s+(?:[IVXLC]+|\d+|[A-Z])\b/i;

export function isPlausibleSpeakerPhrase(phrase: string): boolean {
  const text = phrase.trim().replace(/^[-–—•*]\s*/, '');
  if (documentParts.test(text) || /[-‐]$/.test(text)) return false;
  if (text === '' || /^[-–—•*]/.test(phrase.trim())) return false;
  const words = text.split(/\s+/);
  const first = (words[0] ?? '').toLowerCase().replace(/[,.]$/, '');
  if (firstOrSecondPerson.test(` ${text} `)) return false;
  if (openers.has(first)) return false;
  if (instructionVerbs.has(first) && /^\p{Lu}/u.test(words[0] ?? '')) return false;
  if (functionEnd.test(text)) return false;
  if (abstractHeads.test(text.replace(/[’']s$/, ''))) return false;
  // "Research in Scotland", "The claim of …": the head before a prepositional phrase is abstract too.
  const head = text.split(/\s+(?:in|of|from|at|on|by|for)\s+/)[0] ?? text;
  if (head !== text && abstractHeads.test(head)) return false;
  // Pronoun-like groups say nothing a presenter can name: "Some", "Many" ("Others" answers an earlier group).
  if (words.length === 1 && /^(some|many|most|few|all|both|several|those|these|groups)$/i.test(first)) return false;
  // A clause, not a noun phrase: "Governments must protect this right also".
  if (/\b(must|should|can|cannot|could|would|will|might|may|is|are|was|were)\b/i.test(text)) return false;
  return true;
}
