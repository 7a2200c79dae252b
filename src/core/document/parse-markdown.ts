// Markdown -> blocks. Headings are explicit sections; inline markup is dropped so sentences read as prose.
// Linear on any input (the time-budget suite holds it to that at a megabyte).
import type { DocumentBlock } from './document-model';
import { isDateLine, isNumberedHeading } from './heading-lines';
import { stripInlineMarkdown } from './strip-inline-markdown';

export { stripInlineMarkdown };

/** Text `.` cannot match (a line terminator): a line holding one is not what the patterns below read. */
const lineTerminator = /[\n\r\u2028\u2029]/;

/**
 * `/^(#{1,6})\s+(.*?)\s*#*\s*$/` on a trimmed line, without its backtracking: the lazy text before
 * `\s*#*\s*$` retried that tail from every position, and a heading with a long run of spaces
 * inside took minutes.
 */
function atxHeading(trimmed: string): { level: number; text: string } | null {
  const open = /^(#{1,6})\s+/.exec(trimmed);
  if (!open?.[1]) return null;
  let end = trimmed.length;
  while (end > open[0].length && /\s/.test(trimmed[end - 1] ?? '')) end--;
  while (end > open[0].length && trimmed[end - 1] === '#') end--;
  while (end > open[0].length && /\s/.test(trimmed[end - 1] ?? '')) end--;
  const text = trimmed.slice(open[0].length, end);
  return lineTerminator.test(text) ? null : { level: open[1].length, text };
}

/** `/^(\w+)\s*:\s*["']?(.*?)["']?\s*$/` on a front-matter line, read the same way in one pass. */
function frontMatterEntry(line: string): { key: string; value: string } | null {
  const open = /^(\w+)\s*:\s*/.exec(line);
  if (!open?.[1]) return null;
  let start = open[0].length;
  let end = line.length;
  while (end > start && /\s/.test(line[end - 1] ?? '')) end--;
  if (end > start && (line[start] === '"' || line[start] === "'")) start++;
  if (end > start && (line[end - 1] === '"' || line[end - 1] === "'")) end--;
  const value = line.slice(start, end);
  return lineTerminator.test(value) ? null : { key: open[1], value };
}

export function parseMarkdown(text: string): { blocks: DocumentBlock[]; frontMatter: Record<string, string> } {
  const lines = text.split('\n');
  const frontMatter: Record<string, string> = {};
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, n) => n > 0 && (line.trim() === '---' || line.trim() === '...'));
    if (close > 0) {
      for (const line of lines.slice(1, close)) {
        const entry = frontMatterEntry(line);
        if (entry?.value) frontMatter[entry.key.toLowerCase()] = entry.value;
      }
      i = close + 1;
    }
  }
  const blocks: DocumentBlock[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    const raw = paragraph.join(' ').trim();
    const joined = stripInlineMarkdown(raw);
    // A short line that is bold as a whole ("**The costs**") is a subheading in pasted articles.
    const boldLine = /^(\*\*|__)[^*_]+\1$/.test(raw) && joined.split(/\s+/).length <= 10 && !/[.!?:]$/.test(joined);
    // A numbered line alone ("2.1. Property Rights") is a section heading pasted without '#'.
    const numbered = paragraph.length === 1 && !listParagraph && isNumberedHeading(joined);
    if (joined && !(isDateLine(joined) && (boldLine || numbered))) blocks.push(boldLine || numbered ? { kind: 'heading', level: 3, text: joined } : { kind: 'paragraph', text: joined });
    paragraph = [];
    listParagraph = false;
  };
  let listParagraph = false;
  let fence: string | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    const fenceMatch = /^(`{3,}|~{3,})/.exec(trimmed);
    if (fence !== null) {
      if (fenceMatch && trimmed.startsWith(fence)) fence = null;
      continue;
    }
    if (fenceMatch?.[1]) {
      flush();
      fence = fenceMatch[1];
      continue;
    }
    const heading = atxHeading(trimmed);
    if (heading) {
      flush();
      const headingText = stripInlineMarkdown(heading.text);
      // A date set as a heading ("### March 3, 2021") is a date line, not a section.
      if (headingText && !isDateLine(headingText)) blocks.push({ kind: 'heading', level: heading.level, text: headingText });
      continue;
    }
    const next = lines[i + 1]?.trim() ?? '';
    if (trimmed && paragraph.length === 0 && /^(=+|-+)$/.test(next) && next.length >= 2) {
      blocks.push({ kind: 'heading', level: next.startsWith('=') ? 1 : 2, text: stripInlineMarkdown(trimmed) });
      i++;
      continue;
    }
    if (trimmed === '' || /^([-*_])(\s*\1){2,}$/.test(trimmed) || trimmed.startsWith('|') || /^<!--.*-->$/.test(trimmed)) {
      flush();
      continue;
    }
    const listItem = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(trimmed);
    if (listItem?.[1] !== undefined) {
      // "2. Property Rights" alone between blank lines, followed by prose, is a numbered heading, not a list of one.
      const previous = lines[i - 1]?.trim() ?? '';
      const following = lines[i + 1]?.trim() ?? '';
      const afterThat = lines[i + 2]?.trim() ?? '';
      const alone = previous === '' && following === '' && !/^(?:[-*+]|\d+[.)])\s/.test(afterThat) && !/^(?:[-*+]|\d+[.)])\s/.test(lastNonBlank(lines, i));
      flush();
      if (alone && isNumberedHeading(trimmed)) {
        blocks.push({ kind: 'heading', level: 3, text: stripInlineMarkdown(trimmed) });
        continue;
      }
      paragraph.push(listItem[1]);
      listParagraph = true;
      continue;
    }
    paragraph.push(trimmed.replace(/^(>\s?)+/, ''));
  }
  flush();
  return { blocks, frontMatter };
}

function lastNonBlank(lines: string[], before: number): string {
  for (let i = before - 1; i >= 0; i--) if (lines[i]?.trim()) return (lines[i] as string).trim();
  return '';
}
