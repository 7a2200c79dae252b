// Markdown -> blocks. Headings are explicit sections; inline markup is dropped so sentences read as prose.
import type { DocumentBlock } from './document-model';
import { isDateLine, isNumberedHeading } from './heading-lines';

export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(])[*_](?=\S)(.+?)(?<=\S)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseMarkdown(text: string): { blocks: DocumentBlock[]; frontMatter: Record<string, string> } {
  const lines = text.split('\n');
  const frontMatter: Record<string, string> = {};
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, n) => n > 0 && (line.trim() === '---' || line.trim() === '...'));
    if (close > 0) {
      for (const line of lines.slice(1, close)) {
        const match = /^(\w+)\s*:\s*["']?(.*?)["']?\s*$/.exec(line);
        if (match?.[1] && match[2]) frontMatter[match[1].toLowerCase()] = match[2];
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
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(trimmed);
    if (heading?.[1] && heading[2] !== undefined) {
      flush();
      const headingText = stripInlineMarkdown(heading[2]);
      // A date set as a heading ("### March 3, 2021") is a date line, not a section.
      if (headingText && !isDateLine(headingText)) blocks.push({ kind: 'heading', level: heading[1].length, text: headingText });
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
