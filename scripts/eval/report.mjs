// docs/generation-quality.md from the scores of `npm run eval`: how each measure is taken, the table per
// document with the corpus mean, and what each document missed or got wrong (to see what to fix next).

const fixed = (value) => (value === null || value === undefined ? '—' : value.toFixed(2));
const whole = (value) => (value === null || value === undefined ? '—' : String(Math.round(value * 10) / 10));
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const list = (items) => (items.length === 0 ? '—' : items.map((item) => `“${cell(item)}”`).join(', '));

export function renderReport(results, summary, commit) {
  const lines = [
    '# Generation quality',
    '',
    `Written by \`npm run eval\` (scripts/eval-corpus.mjs) at commit ${commit}: the built \`docent analyze --json\` of each`,
    `document in \`tests/fixtures/corpus/\` (${summary.documents} real, openly licensed documents; sources and licences in`,
    'its SOURCES.md) scored against the hand-written `<name>.expected.json` beside it. Do not edit by hand; re-run it.',
    '',
    '## How it is scored',
    '',
    '- **Speakers**: the distinct `speaker` names of the statements, against the expected speakers and their aliases',
    '  (case, accents, a leading article and a possessive ignored). Precision: the share of found speakers that are',
    '  expected; recall: the share of expected speakers found. Optional (borderline) speakers count for neither.',
    '- **Places**: the same, for the names of `places`.',
    '- **Headings kept**: the share of the document\'s explicit headings that are a section title, as written, without',
    '  their number, or (for a long heading) the part before its first comma or colon.',
    '- **Titles**: *2–6 words*: the share of the titles Docent wrote itself (every title but a kept heading, which is',
    '  scored above as written) with two to six words. *Distinct*: the share of all section titles that no earlier title',
    '  reads as (compared as names are). *Fragments*: Docent\'s own titles that read as a piece of a sentence: ending on a comma-like mark,',
    '  a full stop or a function word, opening in lower case or with a personal pronoun ("I was going to ask"), or a question',
    '  cut before its question mark ("Did the governor indicate, sir").',
    '- **Bullets**: words per bullet, median and 90th percentile (nearest rank). *Attribution only*: a short subject and a',
    '  reporting verb with at most a "to whom, when, where" after it ("the port authority said", "X told reporters in Oslo"),',
    '  or a bare "according to …".',
    '  *Dangling*: ends on a comma-like mark, or is cut from its sentence and ends on an article, preposition, conjunction or possessive.',
    '  *No main clause*: by compromise\'s part-of-speech tags, every finite verb it has belongs to a clause a subordinator',
    '  opened ("that", "who", "because", a reporting verb\'s complement), or it has none ("Source: National News Agency",',
    '  "Soon after the first release of documents", "He would take steps to ensure that his colleagues").',
    '  *Mid-clause*: cut from its sentence where the sentence goes on without a comma-like mark, a conjunction, a',
    '  relative word or a preposition.',
    '  *Unfaithful*: its words are not an ordered subsequence of its source sentence, or that sentence is not in the document.',
    '- *Mean* is the mean over documents that have something to score (a document with no expected speaker has no',
    '  speaker recall); *pooled* counts every speaker or place of the corpus once.',
    '',
    '## Scores',
    '',
    '| Document | Shape | Speakers P | Speakers R | Places P | Places R | Headings kept | Titles 2–6 words | Titles distinct | Fragment titles | Bullets | Median words | p90 words | Attribution only | Dangling | No main clause | Mid-clause | Unfaithful |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const result of results) {
    const { speakers, places, headings, bullets, titleScore } = result;
    lines.push(
      `| ${cell(result.document)} | ${result.shape} | ${fixed(speakers.precision)} | ${fixed(speakers.recall)} | ${fixed(places.precision)} | ${fixed(places.recall)} | ${fixed(headings.kept)} | ${fixed(titleScore.inRange)} | ${fixed(titleScore.distinct)} | ${titleScore.fragments.length} | ${bullets.count} | ${whole(bullets.median)} | ${whole(bullets.p90)} | ${bullets.attributionOnly.length} | ${bullets.dangling.length} | ${bullets.noMainClause.length} | ${bullets.midClause.length} | ${bullets.unfaithful.length} |`,
    );
  }
  const { mean, pooled, bullets } = summary;
  lines.push(
    `| **Mean** | | **${fixed(mean.speakerPrecision)}** | **${fixed(mean.speakerRecall)}** | **${fixed(mean.placePrecision)}** | **${fixed(mean.placeRecall)}** | **${fixed(mean.headingsKept)}** | **${fixed(mean.titlesInRange)}** | **${fixed(mean.titlesDistinct)}** | ${summary.titles.fragments} | ${bullets.count} | ${whole(mean.bulletMedian)} | ${whole(mean.bulletP90)} | ${bullets.attributionOnly} | ${bullets.dangling} | ${bullets.noMainClause} | ${bullets.midClause} | ${bullets.unfaithful} |`,
    `| **Pooled** | | ${fixed(pooled.speakers.precision)} | ${fixed(pooled.speakers.recall)} | ${fixed(pooled.places.precision)} | ${fixed(pooled.places.recall)} | | | | | | ${whole(bullets.median)} | ${whole(bullets.p90)} | | | | | |`,
    '',
    'Targets (issue 12): speakers and places precision ≥ 0.9 and recall ≥ 0.9; every heading kept; titles of 2–6 words,',
    'distinct, none a fragment; median ≤ 14 and p90 ≤ 22 words; no attribution-only, dangling, clause-less, mid-clause or unfaithful bullet.',
    '',
    '## What each document missed',
    '',
  );
  for (const result of results) {
    lines.push(
      `### ${result.document}`,
      '',
      `- Speakers missed: ${list(result.speakers.missed)}`,
      `- Speakers not expected: ${list(result.speakers.falsePositives)}`,
      `- Places missed: ${list(result.places.missed)}`,
      `- Places not expected: ${list(result.places.falsePositives)}`,
      `- Headings not kept: ${list(result.headings.missed)}`,
      `- Section titles: ${list(result.titles)}`,
    );
    if (result.titleScore.outOfRange.length > 0) lines.push(`- Titles not of 2–6 words: ${list(result.titleScore.outOfRange)}`);
    if (result.titleScore.repeated.length > 0) lines.push(`- Titles repeated: ${list(result.titleScore.repeated)}`);
    if (result.titleScore.fragments.length > 0) lines.push(`- Fragment titles: ${list(result.titleScore.fragments)}`);
    if (result.bullets.attributionOnly.length > 0) lines.push(`- Attribution-only bullets: ${list(result.bullets.attributionOnly)}`);
    if (result.bullets.dangling.length > 0) lines.push(`- Dangling bullets: ${list(result.bullets.dangling)}`);
    if (result.bullets.noMainClause.length > 0) lines.push(`- Bullets without a main clause: ${list(result.bullets.noMainClause)}`);
    if (result.bullets.midClause.length > 0) lines.push(`- Bullets cut mid-clause: ${list(result.bullets.midClause)}`);
    if (result.bullets.unfaithful.length > 0) lines.push(`- Unfaithful bullets: ${list(result.bullets.unfaithful)}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
