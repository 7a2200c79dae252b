// Document text stays text on slides and in notes: no emphasis, links or HTML from the article, and
// none of the deck format's own syntax. deck.md reads some constructs before any markdown does, and
// reads them anywhere in a slide: a line of `---`/`--`/`----` ends the slide, a line starting
// `Note:` starts its notes, a line starting ``` or ~~~ opens a code block (a ```map block), and an
// HTML comment `<!-- .slide: … -->` / `<!-- .element: … -->` sets attributes, wherever `<!--` stands.
// An article's date line `2023-09-19 ~~~map` once turned a whole generated deck into one map slide.
// So the generator writes every piece of document text through `escapeInline`, and every slide and
// notes text it assembles through `escapeDeckLines`.

/** Line breaks of any kind, and the Unicode ones markdown does not split on but an editor shows. */
const lineBreak = /\r\n?|[\n\u0085\u2028\u2029]/g;

/**
 * One piece of document text for inside a markdown line: on one line (a break could start a
 * separator, a fence or a notes line), with markdown's inline syntax and the deck's fence and
 * comment characters backslash-escaped. `<!--` never survives as such: `\<\!--` renders `<!--` and
 * no attribute comment is read from it.
 */
export function escapeInline(text: string): string {
  return text
    .replace(lineBreak, ' ')
    .replace(/([\\`*_[\]<>~])/g, '\\$1')
    .replace(/\\<!/g, '\\<\\!');
}

/** A line deck.md reads as a slide separator (Docent's `---`/`--`, reveal-md's `----`). */
const separatorLine = /^\s*-{2,}\s*$/;
/** A line deck.md reads as the start of the notes (reveal.js's `^\s*notes?:`, any case). */
const notesLine = /^(\s*notes?):/i;

/**
 * Markdown the generator assembled (a slide or its notes): no line may end the slide or start the
 * notes early. Each dash of a separator line and the colon of a notes line are escaped (both render
 * as themselves).
 */
export function escapeDeckLines(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (separatorLine.test(line) ? line.replace(/-/g, '\\-') : line.replace(notesLine, '$1\\:')))
    .join('\n');
}
