// A slide's content as blocks of text, lists, pictures, tables and maps: what an export that
// rebuilds slides as editable objects (PowerPoint) needs of the markdown, read with the same
// parser (marked) and the same `.element:` rules the renderer uses, so both see the same slide.
import { Lexer, type Token, type Tokens } from 'marked';
import { decodeElementMarker, extractSlideAttributes, markElementAttributes } from './slide-attributes';

/** A stretch of text with one style. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** A link's target as written in the deck. */
  link?: string;
}

/** Fragment order: reveal.js shows fragments by data-fragment-index, then in document order. */
export interface FragmentMark {
  index: number | null;
}

export interface ListItem {
  runs: TextRun[];
  /** 0 for a top-level item, 1 for an item of a nested list… */
  level: number;
  ordered: boolean;
  fragment: FragmentMark | null;
}

export type SlideBlock =
  | { kind: 'heading'; level: number; runs: TextRun[]; fragment: FragmentMark | null }
  | { kind: 'paragraph'; runs: TextRun[]; fragment: FragmentMark | null }
  | { kind: 'list'; items: ListItem[]; fragment: FragmentMark | null }
  | { kind: 'quote'; paragraphs: TextRun[][]; fragment: FragmentMark | null }
  | { kind: 'image'; src: string; alt: string; fragment: FragmentMark | null }
  | { kind: 'table'; header: TextRun[][]; rows: TextRun[][][]; fragment: FragmentMark | null }
  | { kind: 'code'; language: string; text: string; fragment: FragmentMark | null }
  | { kind: 'map'; yaml: string; fragment: FragmentMark | null };

/** marked's options as render-markdown.ts sets them (a Lexer keeps its tokens, so one per call). */
const lexerOptions = { gfm: true, breaks: false };

/** The blocks of a slide's markdown (notes excluded), in the order the slide shows them. */
export function slideBlocks(content: string): SlideBlock[] {
  const { markdown } = extractSlideAttributes(content);
  return lex(markdown).flatMap(toBlocks);
}

/** Speaker notes as plain paragraphs (quotes unwrapped, emphasis kept as runs), for a notes pane. */
export function notesParagraphs(notes: string | null): TextRun[][] {
  if (!notes?.trim()) return [];
  return slideBlocks(notes).flatMap((block): TextRun[][] => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return [block.runs];
      case 'quote':
        return block.paragraphs;
      case 'list':
        return block.items.map((item) => [{ text: `${'  '.repeat(item.level)}• ` }, ...item.runs]);
      case 'table':
        return [block.header, ...block.rows].map((cells) => cells.flatMap((cell, i) => (i ? [{ text: ' | ' }, ...cell] : cell)));
      case 'code':
        return block.text.split('\n').map((line) => [{ text: line, code: true }]);
      case 'map':
        return [];
      case 'image':
        return block.alt ? [[{ text: `[${block.alt}]` }]] : [];
    }
  });
}

/** The plain text of runs. */
export function runsText(runs: TextRun[]): string {
  return runs.map((run) => run.text).join('');
}

function lex(markdown: string): Token[] {
  try {
    return new Lexer(lexerOptions).lex(markElementAttributes(markdown));
  } catch {
    // As render-markdown.ts: a slide too deeply nested for marked is shown as its text.
    return [{ type: 'paragraph', raw: markdown, text: markdown, tokens: [{ type: 'text', raw: markdown, text: markdown }] }];
  }
}

function toBlocks(token: Token): SlideBlock[] {
  switch (token.type) {
    case 'heading': {
      const { runs, fragment } = inline((token as Tokens.Heading).tokens);
      return [{ kind: 'heading', level: (token as Tokens.Heading).depth, runs, fragment }];
    }
    case 'paragraph': {
      const tokens = (token as Tokens.Paragraph).tokens;
      const image = loneImage(tokens);
      if (image) return [{ kind: 'image', src: image.href, alt: image.text, fragment: fragmentOf(tokens) }];
      const { runs, fragment } = inline(tokens);
      return runs.some((run) => run.text.trim()) ? [{ kind: 'paragraph', runs, fragment }] : [];
    }
    case 'list':
      return [{ kind: 'list', items: listItems(token as Tokens.List, 0), fragment: null }];
    case 'blockquote': {
      const paragraphs = (token as Tokens.Blockquote).tokens.flatMap(toBlocks).flatMap((block) => (block.kind === 'paragraph' || block.kind === 'heading' ? [block.runs] : block.kind === 'quote' ? block.paragraphs : []));
      return [{ kind: 'quote', paragraphs, fragment: null }];
    }
    case 'table': {
      const table = token as Tokens.Table;
      return [{ kind: 'table', header: table.header.map((cell) => inline(cell.tokens).runs), rows: table.rows.map((row) => row.map((cell) => inline(cell.tokens).runs)), fragment: null }];
    }
    case 'code': {
      const code = token as Tokens.Code;
      const language = (code.lang ?? '').trim().split(/\s+/)[0] ?? '';
      return [language === 'map' ? { kind: 'map', yaml: code.text, fragment: null } : { kind: 'code', language, text: code.text, fragment: null }];
    }
    case 'text': {
      // Loose text at block level (inside list items): treat as a paragraph.
      const text = token as Tokens.Text;
      const { runs, fragment } = inline(text.tokens ?? [{ type: 'text', raw: text.raw, text: text.text }]);
      return runs.some((run) => run.text.trim()) ? [{ kind: 'paragraph', runs, fragment }] : [];
    }
    default:
      // space, hr, html blocks (comments, markers alone on a line) and the rest add no content.
      return [];
  }
}

function listItems(list: Tokens.List, level: number): ListItem[] {
  return list.items.flatMap((item) => {
    const own: Token[] = [];
    const nested: ListItem[] = [];
    for (const token of item.tokens) {
      if (token.type === 'list') nested.push(...listItems(token as Tokens.List, level + 1));
      else own.push(token);
    }
    const inlineTokens = own.flatMap((token) => ('tokens' in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : [token]));
    const { runs, fragment } = inline(inlineTokens);
    return [{ runs, level, ordered: list.ordered, fragment }, ...nested];
  });
}

function loneImage(tokens: Token[]): Tokens.Image | null {
  const meaningful = tokens.filter((token) => token.type !== 'html' && !(token.type === 'text' && !token.raw.trim()));
  const [only] = meaningful;
  return meaningful.length === 1 && only?.type === 'image' ? (only as Tokens.Image) : null;
}

function isMarker(token: Token): boolean {
  return token.type === 'html' && /data-docent-element=/.test(token.raw);
}

/** A `.element: class="fragment"` marker among these tokens makes their element a fragment. */
function fragmentOf(tokens: Token[]): FragmentMark | null {
  for (const token of tokens) {
    if (!isMarker(token)) continue;
    const encoded = /data-docent-element="([^"]*)"/.exec(token.raw)?.[1] ?? '';
    const attributes = decodeElementMarker(encoded);
    const classes = attributes.filter(([name]) => name === 'class').flatMap(([, value]) => value.split(/\s+/));
    if (!classes.includes('fragment')) continue;
    const index = Number(attributes.find(([name]) => name === 'data-fragment-index')?.[1]);
    return { index: Number.isInteger(index) ? index : null };
  }
  return null;
}

function inline(tokens: Token[], style: Omit<TextRun, 'text'> = {}): { runs: TextRun[]; fragment: FragmentMark | null } {
  const runs: TextRun[] = [];
  const visit = (list: Token[], current: Omit<TextRun, 'text'>) => {
    for (const token of list) {
      switch (token.type) {
        case 'strong':
          visit((token as Tokens.Strong).tokens, { ...current, bold: true });
          break;
        case 'em':
          visit((token as Tokens.Em).tokens, { ...current, italic: true });
          break;
        case 'del':
          visit((token as Tokens.Del).tokens, current);
          break;
        case 'link':
          visit((token as Tokens.Link).tokens, { ...current, link: (token as Tokens.Link).href });
          break;
        case 'codespan':
          runs.push({ ...current, code: true, text: decodeEntities((token as Tokens.Codespan).text) });
          break;
        case 'br':
          runs.push({ ...current, text: '\n' });
          break;
        case 'image':
          if ((token as Tokens.Image).text) runs.push({ ...current, text: (token as Tokens.Image).text });
          break;
        case 'html':
          break;
        case 'text':
        case 'escape': {
          const text = token as Tokens.Text;
          if (text.tokens?.length) visit(text.tokens, current);
          // A soft line break in the markdown is a space on the slide.
          else runs.push({ ...current, text: decodeEntities(text.text).replace(/\n/g, ' ') });
          break;
        }
        default:
          if ('text' in token && typeof token.text === 'string') runs.push({ ...current, text: decodeEntities(token.text) });
      }
    }
  };
  visit(tokens, style);
  return { runs: mergeRuns(runs), fragment: fragmentOf(tokens) };
}

function mergeRuns(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic && last.code === run.code && last.link === run.link) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

/** marked keeps HTML entities escaped in token text (&amp;, &quot;…); the slide shows characters. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos|#39);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos' || lower === '#39') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });
}
