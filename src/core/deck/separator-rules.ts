// Which lines separate slides and start notes. By default, Docent's own format and reveal-md's
// defaults at once: `---` between slides, `--` (Docent) or `----` (reveal-md) between vertical slides,
// `Note:` before the notes. A reveal-md deck may name its own in the front matter (`separator:`,
// `verticalSeparator:`, `notesSeparator:`); those are regular expressions over the whole text, as
// reveal.js applies them. They run in RE2 (re2js), whose matching time is linear in the text, so
// no pattern can hang the app; a pattern RE2 refuses, or an overlong one, falls back to the default
// with a notice naming it.
import { RE2JS } from 're2js';
import type { SeparatorKind, SeparatorRules, ScanWarning } from './scan-deck';

/** reveal.js's notes separator, read as its authors meant it (`^\s*notes?:`, any case). */
const defaultNotes = /^\s*notes?:/i;
const maxPatternLength = 200;

export const defaultSeparators: SeparatorRules = {
  separatorAt(_index, line) {
    const trimmed = line.trimEnd();
    if (trimmed === '---') return 'horizontal';
    return trimmed === '--' || trimmed === '----' ? 'vertical' : null;
  },
  notesStart(line) {
    const match = defaultNotes.exec(line);
    return match ? match[0].length : null;
  },
};

export interface SeparatorPatterns {
  separator?: unknown;
  verticalSeparator?: unknown;
  notesSeparator?: unknown;
}

type PatternKey = keyof SeparatorPatterns;

/** The deck's separator rules; `lineOf` gives the front-matter line a notice points at. */
export function separatorRules(patterns: SeparatorPatterns, lines: readonly string[], bodyStart: number, lineOf: (key: string) => number): { rules: SeparatorRules; warnings: ScanWarning[] } {
  const warnings: ScanWarning[] = [];
  const compile = (key: PatternKey, flags: number): RE2JS | null => {
    const value = patterns[key];
    if (value === undefined || value === null) return null;
    const refuse = (why: string): null => {
      warnings.push({ line: lineOf(key), message: `front matter: ${key} ${why}; the default is used instead` });
      return null;
    };
    if (typeof value !== 'string' || value === '') return refuse('must be a regular expression written as text');
    if (value.length > maxPatternLength) return refuse(`is longer than ${maxPatternLength} characters`);
    try {
      return RE2JS.compile(RE2JS.translateRegExp(value), flags);
    } catch (error) {
      return refuse(`is not a regular expression Docent can run (${error instanceof Error ? error.message : String(error)})`);
    }
  };
  const horizontal = compile('separator', RE2JS.MULTILINE);
  const vertical = compile('verticalSeparator', RE2JS.MULTILINE);
  const notes = compile('notesSeparator', RE2JS.MULTILINE | RE2JS.CASE_INSENSITIVE);
  if (!horizontal && !vertical && !notes) return { rules: defaultSeparators, warnings };

  const kinds = new Map<number, SeparatorKind>();
  const body = lines.slice(bodyStart);
  if (horizontal || vertical) {
    // Without a pattern of its own a kind keeps its default, as reveal-md's defaults stand beside an override.
    const lineRules = (kind: SeparatorKind) => (index: number) => (defaultSeparators.separatorAt(index, lines[index] ?? '') === kind ? kind : null);
    const find = (pattern: RE2JS | null, kind: SeparatorKind) => {
      if (!pattern) {
        for (let i = bodyStart; i < lines.length; i++) if (lineRules(kind)(i)) kinds.set(i, kind);
        return;
      }
      for (const index of matchedLines(pattern, body)) if (!kinds.has(index + bodyStart)) kinds.set(index + bodyStart, kind);
    };
    find(horizontal, 'horizontal');
    find(vertical, 'vertical');
  }
  return {
    rules: {
      separatorAt: horizontal || vertical ? (index) => kinds.get(index) ?? null : defaultSeparators.separatorAt,
      notesStart: notes
        ? (line) => {
            const matcher = notes.matcher(line);
            return matcher.find() ? matcher.end() : null;
          }
        : defaultSeparators.notesStart,
    },
    warnings,
  };
}

/**
 * The lines a pattern's matches cover whole. reveal.js splits the text at each match; a match such
 * as `\n---\n` covers the `---` line, and the lines it covers are the separator.
 */
function matchedLines(pattern: RE2JS, lines: readonly string[]): number[] {
  const text = lines.join('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const found: number[] = [];
  const matcher = pattern.matcher(text);
  let from = 0;
  while (from <= text.length && matcher.find(from)) {
    const start = matcher.start();
    const end = matcher.end();
    // The first line whose content starts inside the match (a match may begin with the newline before it).
    let index = lineAt(starts, start);
    if ((starts[index] ?? 0) < start) index += 1;
    let first = true;
    for (; index < lines.length && (starts[index] ?? 0) + (lines[index]?.length ?? 0) <= end; index++) {
      const lineStart = starts[index] ?? 0;
      // An empty line at the very edge of the match is the newline around it, not part of it; and
      // after the match's first line, empty lines are the same split (`^\n\n\n` covers two of them),
      // not one separator each with an empty slide between.
      if ((lines[index] ?? '') === '' && (lineStart === start || lineStart === end || !first)) continue;
      found.push(index);
      first = false;
    }
    from = end > start ? end : end + 1;
  }
  return found;
}

/** The index of the line holding `offset` (binary search over line starts). */
function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
