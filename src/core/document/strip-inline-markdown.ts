// Inline markdown -> prose: pictures dropped, links and emphasis reduced to their text, tags and
// escapes removed. Each step finds exactly what the regular expression in its comment finds, in one
// pass: those expressions ran the rest of the text again from every `[`, `<` or `*` that was never
// closed, and a paragraph of 50,000 of them took from two to twenty seconds (a megabyte, hours).
import { NextIndex } from './next-index';

const space = /\s/;

/** The next character `.` does not match (a line terminator). */
function nextLineEnd(text: string): NextIndex {
  const terminator = /[\n\r\u2028\u2029]/g;
  return new NextIndex(text.length, (from) => {
    terminator.lastIndex = from;
    return terminator.exec(text)?.index ?? -1;
  });
}

function nextOf(text: string, char: string): NextIndex {
  return new NextIndex(text.length, (from) => text.indexOf(char, from));
}

function nextMatching(text: string, test: (at: number) => boolean, candidates: RegExp): NextIndex {
  return new NextIndex(text.length, (from) => {
    candidates.lastIndex = from;
    for (let found = candidates.exec(text); found; found = candidates.exec(text)) {
      if (test(found.index)) return found.index;
      // Overlapping candidates count ("***" holds "**" at two places).
      candidates.lastIndex = found.index + 1;
    }
    return -1;
  });
}

/**
 * `[text](url)`, `![alt](url)` and `[text][ref]`: `/(!?)\[([^\]]+)\]\(([^)]*)\)/g` and its kin. `opener`
 * is `![` or `[`; `body` how many characters the text needs (0 or 1); the tail opens with `open` and
 * ends at the first `close`; the match becomes `keep(text)`.
 */
function replaceBracketed(text: string, opener: string, body: 0 | 1, open: string, close: string, keep: (inner: string) => string): string {
  const rightBracket = nextOf(text, ']');
  const tailEnd = nextOf(text, close);
  let out = '';
  let copied = 0;
  for (let at = text.indexOf(opener); at !== -1; ) {
    const innerStart = at + opener.length;
    const bracket = rightBracket.at(innerStart);
    const end = bracket - innerStart >= body && text[bracket + 1] === open ? tailEnd.at(bracket + 2) : -1;
    if (bracket === -1 || end === -1) {
      at = text.indexOf(opener, at + 1);
      continue;
    }
    out += text.slice(copied, at) + keep(text.slice(innerStart, bracket));
    copied = end + 1;
    at = text.indexOf(opener, copied);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** `.replace(/<[^>]+>/g, '')`. */
function removeTags(text: string): string {
  let out = '';
  let copied = 0;
  for (let at = text.indexOf('<'); at !== -1; ) {
    const gt = text.indexOf('>', at + 1);
    // No `>` after this `<` means none after any later one either.
    if (gt === -1) break;
    if (gt === at + 1) {
      at = text.indexOf('<', at + 1);
      continue;
    }
    out += text.slice(copied, at);
    copied = gt + 1;
    at = text.indexOf('<', copied);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** `.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')`: strong emphasis, on one line. */
function removeStrong(text: string): string {
  const closeAfterText = (delimiter: string) => nextMatching(text, (at) => at > 0 && text.startsWith(delimiter, at) && !space.test(text[at - 1] ?? ' '), delimiter === '**' ? /\*\*/g : /__/g);
  const closes = { '**': closeAfterText('**'), __: closeAfterText('__') };
  const lineEnd = nextLineEnd(text);
  let out = '';
  let copied = 0;
  const openers = /\*\*|__/g;
  for (let found = openers.exec(text); found; found = openers.exec(text)) {
    const at = found.index;
    const delimiter = found[0] as '**' | '__';
    const first = text[at + 2];
    const close = first !== undefined && !space.test(first) ? closes[delimiter].at(at + 3) : -1;
    const stop = close === -1 ? -1 : lineEnd.at(at + 2);
    if (close === -1 || (stop !== -1 && stop < close)) {
      openers.lastIndex = at + 1;
      continue;
    }
    out += text.slice(copied, at) + text.slice(at + 2, close);
    copied = close + 2;
    openers.lastIndex = copied;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const emphasisEnd = /[\s).,;:!?]/;
const emphasisMark = /[*_]/;

/** `.replace(/(^|[\s(])[*_](?=\S)(.+?)(?<=\S)[*_](?=[\s).,;:!?]|$)/g, '$1$2')`: emphasis, on one line. */
function removeEmphasis(text: string): string {
  const closes = nextMatching(text, (at) => at > 0 && !space.test(text[at - 1] ?? ' ') && (at + 1 === text.length || emphasisEnd.test(text[at + 1] ?? '')), /[*_]/g);
  const lineEnd = nextLineEnd(text);
  /** Where the emphasis opened by the mark at `mark` closes, or -1. */
  const closeFor = (mark: number): number => {
    const first = text[mark + 1];
    if (!emphasisMark.test(text[mark] ?? '') || first === undefined || space.test(first)) return -1;
    const close = closes.at(mark + 2);
    const stop = close === -1 ? -1 : lineEnd.at(mark + 1);
    return close === -1 || (stop !== -1 && stop < close) ? -1 : close;
  };
  let out = '';
  let copied = 0;
  for (let at = 0; at < text.length; ) {
    // The opener's mark comes first at the very start (`^`), else after a space or "(".
    let mark = at === 0 ? 0 : -1;
    let close = mark === 0 ? closeFor(0) : -1;
    if (close === -1 && (space.test(text[at] ?? '') || text[at] === '(')) {
      mark = at + 1;
      close = closeFor(mark);
    }
    if (close === -1) {
      at += 1;
      continue;
    }
    out += text.slice(copied, mark) + text.slice(mark + 1, close);
    copied = close + 1;
    at = copied;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export function stripInlineMarkdown(text: string): string {
  const withoutLinks = replaceBracketed(replaceBracketed(text, '![', 0, '(', ')', () => ''), '[', 1, '(', ')', (inner) => inner);
  const withoutReferences = replaceBracketed(withoutLinks, '[', 1, '[', ']', (inner) => inner);
  return removeEmphasis(removeStrong(removeTags(withoutReferences).replace(/`([^`]*)`/g, '$1')))
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
