// The accessibility rules a deck's text decides, before anything is drawn: the deck's language,
// pictures without alt text, slides without a title or with another slide's title, maps that say
// something by colour alone, and fragments shown in another order than they are read.
// What only the rendered slide can tell (contrast, text size, layout order) is check-rendered-slides.ts.
import { Lexer, type Token } from 'marked';
import type { Deck, Slide } from '../deck/deck-model';
import { fragmentOrder } from '../deck/fragment-order';
import { extractSlideAttributes, markElementAttributes } from '../deck/slide-attributes';
import { slideBlocks, type FragmentMark } from '../deck/slide-blocks';
import { parseMapBlock } from '../map/parse-map-block';
import type { AccessibilityProblem } from './accessibility-problem';

/** BCP 47 as HTML's lang takes it: a language subtag and optional region or script subtags. */
const languageTag = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;

export function checkDeckAccessibility(deck: Deck): AccessibilityProblem[] {
  const problems: AccessibilityProblem[] = [];
  const lang = deck.meta.lang;
  if (typeof lang !== 'string' || !languageTag.test(lang)) {
    problems.push({
      rule: 'language',
      slide: null,
      line: 1,
      message: lang === undefined ? 'the deck does not say what language it is in' : `the deck's language "${String(lang).slice(0, 40)}" is not a language code`,
      fix: 'add "lang: en" (or the code of its language) to the front matter, so screen readers pronounce it and the PDF and HTML carry it',
    });
  }
  const firstWithTitle = new Map<string, number>();
  deck.slides.forEach((slide, index) => {
    const number = index + 1;
    problems.push(...pictureProblems(slide, number));
    if (slide.title === null || !slide.title.trim()) {
      problems.push({ rule: 'slide-title', slide: number, line: slide.lines.start, message: 'the slide has no title', fix: 'start it with a heading ("## …") that says what it is about; screen readers and the PDF outline list slides by their titles' });
    } else {
      const key = slide.title.trim().replace(/\s+/g, ' ').toLowerCase();
      const first = firstWithTitle.get(key);
      if (first === undefined) firstWithTitle.set(key, number);
      else problems.push({ rule: 'duplicate-title', slide: number, line: slide.lines.start, message: `the slide has the same title as slide ${first} (“${clip(slide.title)}”)`, fix: 'give it a title of its own (what this slide adds), so a listener moving by titles can tell the two apart' });
    }
    problems.push(...mapProblems(slide, number));
    const order = fragmentOrderProblem(slide, number);
    if (order) problems.push(order);
  });
  return problems;
}

/** Pictures, markdown or HTML, with no alt text or an empty one (an empty alt hides a picture from screen readers). */
function pictureProblems(slide: Slide, number: number): AccessibilityProblem[] {
  const problems: AccessibilityProblem[] = [];
  const visit = (tokens: Token[]): void => {
    for (const token of tokens) {
      if (token.type === 'image' && !token.text.trim()) problems.push(missingAlt(slide, number, token.href, token.raw));
      if (token.type === 'html') {
        for (const tag of token.raw.matchAll(/<img\b[^>]*>/gi)) {
          if (!/\balt\s*=\s*("[^"]*\S[^"]*"|'[^']*\S[^']*'|[^\s"'>]+)/i.test(tag[0])) problems.push(missingAlt(slide, number, /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag[0])?.[1] ?? 'picture', tag[0]));
        }
      }
      for (const child of childTokens(token)) visit(child);
    }
  };
  visit(lex(slide.content));
  return problems;
}

function missingAlt(slide: Slide, number: number, src: string, raw: string): AccessibilityProblem {
  return {
    rule: 'picture-alt',
    slide: number,
    line: lineOf(slide, raw),
    message: `the picture “${clip(src)}” has no alt text`,
    fix: 'say what it shows between the brackets: ![a chart of rising prices](…), or alt="…" on an <img>',
  };
}

/** Highlighted countries no label names: the map tells them apart by their colour alone. */
function mapProblems(slide: Slide, number: number): AccessibilityProblem[] {
  return slide.mapBlocks.flatMap((code): AccessibilityProblem[] => {
    let block;
    try {
      block = parseMapBlock(code.body, code.line);
    } catch {
      return []; // the deck check reports a map block that does not parse
    }
    const named = new Set(block.places.flatMap((place) => [place.name, place.label]).map((name) => name.trim().toLowerCase()));
    const unnamed = [...new Set(block.highlight.map((entry) => entry.name))].filter((name) => !named.has(name.trim().toLowerCase()));
    if (unnamed.length === 0) return [];
    const line = block.highlight.find((entry) => entry.name === unnamed[0])?.line ?? code.line;
    return [{
      rule: 'map-colour-only',
      slide: number,
      line,
      message: `the map shows ${list(unnamed)} by colour alone (highlighted, with no label)`,
      fix: `name ${unnamed.length === 1 ? 'it' : 'them'} on the map as well: add ${unnamed.length === 1 ? 'it' : 'them'} under "places:", so the label says what the colour does`,
    }];
  });
}

/** Fragments that appear in another order than written: screen readers, the PDF and the HTML read them as written. */
function fragmentOrderProblem(slide: Slide, number: number): AccessibilityProblem | null {
  const blocks = slideBlocks(slide.content);
  const order = fragmentOrder(blocks);
  const marks: FragmentMark[] = [];
  for (const block of blocks) {
    if (block.fragment) marks.push(block.fragment);
    if (block.kind === 'list') for (const item of block.items) if (item.fragment) marks.push(item.fragment);
  }
  let shown = 0;
  for (const mark of marks) {
    const step = order.stepOf(mark);
    if (step < shown) {
      return {
        rule: 'reading-order',
        slide: number,
        line: slide.lines.start,
        message: 'its fragments appear in another order than they are written (data-fragment-index)',
        fix: 'write them in the order they appear, or drop their data-fragment-index; screen readers and the PDF read them as written',
      };
    }
    shown = step;
  }
  return null;
}

function lex(content: string): Token[] {
  try {
    return new Lexer({ gfm: true, breaks: false }).lex(markElementAttributes(extractSlideAttributes(content).markdown));
  } catch {
    return [];
  }
}

function childTokens(token: Token): Token[][] {
  const children: Token[][] = [];
  if ('tokens' in token && Array.isArray(token.tokens)) children.push(token.tokens as Token[]);
  if (token.type === 'list') for (const item of token.items) children.push(item.tokens);
  if (token.type === 'table') for (const cell of [...token.header, ...token.rows.flat()]) children.push(cell.tokens);
  return children;
}

/** The deck.md line where `raw` first stands in the slide (its first line when not found). */
function lineOf(slide: Slide, raw: string): number {
  const at = slide.content.indexOf(raw);
  return at < 0 ? slide.lines.start : slide.lines.start + (slide.content.slice(0, at).match(/\n/g)?.length ?? 0);
}

function clip(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function list(names: string[]): string {
  const shown = names.slice(0, 4);
  const rest = names.length - shown.length;
  const joined = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : (shown[0] ?? '');
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : joined;
}
