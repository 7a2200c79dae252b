// Verbs that introduce what someone says, thinks or claims, in the forms news writing uses them.

const stems = [
  'points out', 'pointed out', 'point out', 'say', 'said', 'says', 'tell', 'told', 'tells', 'add', 'added', 'adds', 'explain', 'explained', 'explains', 'note', 'noted', 'notes',
  'state', 'stated', 'states', 'argue', 'argued', 'argues', 'claim', 'claimed', 'claims', 'believe', 'believed', 'believes',
  'think', 'thinks', 'thought', 'emphasize', 'emphasized', 'emphasizes', 'emphasise', 'emphasised', 'emphasises', 'stress', 'stressed',
  'stresses', 'suspect', 'suspected', 'suspects', 'dismiss', 'dismissed', 'dismisses', 'deny', 'denied', 'denies', 'warn', 'warned',
  'warns', 'insist', 'insisted', 'insists', 'acknowledge', 'acknowledged', 'acknowledges', 'admit', 'admitted', 'admits', 'accuse',
  'accused', 'accuses', 'announce', 'announced', 'announces', 'estimate', 'estimated', 'estimates', 'predict', 'predicted', 'predicts',
  'suggest', 'suggested', 'suggests', 'write', 'wrote', 'writes', 'report', 'reported', 'reports', 'confirm', 'confirmed', 'confirms',
  'maintain', 'maintained', 'maintains', 'assert', 'asserted', 'asserts', 'allege', 'alleged', 'alleges', 'contend', 'contended',
  'contends', 'agree', 'agreed', 'agrees', 'fear', 'feared', 'fears', 'recall', 'recalled', 'recalls', 'conclude', 'concluded',
  'concludes', 'reckon', 'reckons', 'reckoned', 'observe', 'observed', 'observes', 'remark', 'remarked',
  'remarks', 'reply', 'replied', 'replies', 'promise', 'promised', 'promises', 'vow', 'vowed', 'vows',
  'doubt', 'doubted', 'doubts', 'hope', 'hoped', 'hopes', 'feel', 'felt', 'feels', 'expect', 'expects', 'acknowledged', 'reject',
  'rejected', 'rejects', 'divided', 'describe', 'described', 'describes', 'criticise', 'criticised', 'criticises', 'criticize',
  'criticized', 'criticizes', 'welcome', 'welcomed', 'welcomes', 'condemn', 'condemned', 'condemns', 'denounce', 'denounced', 'denounces',
  'mention', 'mentioned', 'mentions',
  // Scholarly and official verbs: "X held that …", "the court ruled", "Y proposed …", "Z questions …".
  'hold', 'holds', 'held', 'propose', 'proposed', 'proposes', 'question', 'questioned', 'questions', 'oppose', 'opposes',
  'contend', 'show', 'showed', 'shows', 'rule', 'ruled', 'rules', 'declare', 'declared', 'declares', 'written', 'advise', 'advised',
  'advises', 'proclaim', 'proclaimed', 'proclaims', 'urge', 'urged', 'urges', 'recommend', 'recommended', 'recommends', 'define', 'defined', 'defines',
  // Participles after a clause: "…, saying …", "a dispatch from the governor advising …".
  'saying', 'adding', 'noting', 'warning', 'arguing', 'insisting', 'claiming', 'stating', 'advising', 'proclaiming', 'declaring', 'explaining', 'yelling',
];

/** "-ing" forms: they report only after a clause ("…, saying") or a "from X" ("a letter from X saying"). */
export const participles = /^(saying|adding|noting|warning|arguing|insisting|claiming|stating|advising|proclaiming|declaring|explaining|yelling)$/;

export const reportingVerb = new RegExp(String.raw`\b(${stems.join('|')})\b`, 'g');

/** Verbs after which the reported content is the verb phrase itself ("dismissed the meeting as …"). */
/** Forms that are also plural nouns ("the claims"), and "agree" ("agreed on a deal"), count only before "that". */
export const nounLikeVerbs =
  /^(welcome|mention|mentions|agree|agreed|agrees|notes|states|state|stress|claims|claim|reports|report|fears|fear|hopes|hope|doubts|doubt|remarks|points|promises|promise|vows|stresses|estimates|estimate|replies|hold|holds|held|show|shows|showed|rule|rules|note|feel|thought|define|defines)$/;

export const objectVerbs = /^(denounc|suspect|dismiss|den(y|ie)|accuse|reject|describe|call|welcome|warn|doubt|promise|vow|admit|acknowledge|predict|estimate|confirm|critici[sz]|condemn|propos|question|oppos|urge|recommend|declare)/;

/** Opinion verbs are statements only with a clause, not with "about"/"of" ("thinks about" is not a claim). */
export const opinionVerbs = /^(believ|think|thought|feel|felt|fear|hope|doubt|expect|reckon)/;

/** Words that may stand between a speaker and the verb ("has also said", "seems to believe"). */
export const auxiliaries =
  /(?:\s+(?:also|does|did|do|has|have|had|would|will|once|later|previously|repeatedly|further|again|recently|still|now|seems? to|appears? to|seemed to|appeared to|sought to|tried to|went so far as to|went on to|even|reportedly|publicly|privately|strongly|firmly|already|then|famously|consistently|generally|further))+$/i;
