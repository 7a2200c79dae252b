// A reveal.js HTML deck's markdown -> deck.md. The page's `data-markdown` sections (their markdown,
// read as reveal.js's markdown plugin reads it, and their own data-separator* attributes) become one
// deck.md that Docent shows as reveal.js showed the page. Pure: the host reads the page and its files.
//
// One section (the common page: one external or inline markdown) keeps its text as written, with
// the page's separators in the front matter, so the deck still opens in reveal-md. Several sections
// (one per slide, or stacks of them) become Docent's own format, checked by reading it back.
import { stringify } from 'yaml';
import { DocentError } from '../errors';
import type { SlideText } from './deck-model';
import { parseDeck } from './parse-deck';
import { noSeparators, scanDeck } from './scan-deck';
import { defaultSeparators } from './separator-rules';
import { serializeDeck } from './serialize-deck';
import { themes } from './deck-model';

/**
 * A pattern that matches nothing. Without data-separator-vertical reveal.js has no vertical slides,
 * so `--` and `----` are text; Docent's defaults would split there. (Without data-separator reveal.js
 * splits at `\r?\n---\r?\n`, a `---` line, as Docent does by default.)
 */
export const noVerticalSeparator = '[^\\s\\S]';

export interface PageSeparators {
  separator?: string;
  verticalSeparator?: string;
  notesSeparator?: string;
}

export type PageSection =
  /** A `data-markdown` section, its markdown as the plugin reads it. */
  | ({ kind: 'markdown'; markdown: string; stack: number } & PageSeparators)
  /** A section of plain HTML, kept as an HTML slide. */
  | { kind: 'html'; html: string; stack: number };

export interface RevealPage {
  title: string | null;
  /** The reveal.js theme the page links (`dist/theme/night.css` -> night), if any. */
  theme: string | null;
  /** Its slide sections in order; sections with the same `stack` were one vertical stack. */
  sections: PageSection[];
}

const scriptEndPlaceholder = /__SCRIPT_END__/g;

/**
 * The markdown of a `<textarea data-template>` or `<script type="text/template">` (or of the section
 * itself) as reveal.js's plugin reads it: `__SCRIPT_END__` back to `</script>`, and the first line's
 * indentation (tabs, or two spaces or more) taken off every line that has it.
 */
export function templateMarkdown(text: string): string {
  let out = text.replace(scriptEndPlaceholder, '</script>');
  const leadingWhitespace = /^\n?(\s*)/.exec(out)?.[1]?.length ?? 0;
  const leadingTabs = /^\n?(\t*)/.exec(out)?.[1]?.length ?? 0;
  if (leadingTabs > 0) out = out.replace(new RegExp(`\\n?\\t{${leadingTabs}}(.*)`, 'g'), (_, rest: string) => `\n${rest}`);
  else if (leadingWhitespace > 1) out = out.replace(new RegExp(`\\n? {${leadingWhitespace}}(.*)`, 'g'), (_, rest: string) => `\n${rest}`);
  return out;
}

/** Whether a line outside code would be a vertical separator by Docent's defaults (`--`, `----`). */
function hasDefaultVerticalLine(markdown: string): boolean {
  const lines = markdown.split('\n');
  const { slides } = scanDeck(lines, 0, noSeparators);
  const inCode = new Set<number>();
  for (const fence of slides[0]?.fences ?? []) for (let i = fence.open; i <= (fence.close ?? fence.last); i++) inCode.add(i);
  return lines.some((line, index) => !inCode.has(index) && defaultSeparators.separatorAt(index, line) === 'vertical');
}

/** The front matter fields that make Docent split a section as the page's reveal.js split it. */
function separatorFields(section: PageSeparators & { markdown: string }): Record<string, string> {
  const fields: Record<string, string> = {};
  if (section.separator) fields.separator = section.separator;
  if (section.verticalSeparator) fields.verticalSeparator = section.verticalSeparator;
  else if (hasDefaultVerticalLine(section.markdown)) fields.verticalSeparator = noVerticalSeparator;
  if (section.notesSeparator) fields.notesSeparator = section.notesSeparator;
  return fields;
}

function frontMatter(fields: Record<string, unknown>): string | null {
  return Object.keys(fields).length ? stringify(fields, { lineWidth: 0 }) : null;
}

function deckText(yaml: string | null, body: string): string {
  const text = `${body.replace(/^\n+/, '')}${body.endsWith('\n') ? '' : '\n'}`;
  return yaml === null ? text : `---\n${yaml}---\n\n${text}`;
}

export interface ImportedDeck {
  /** The deck.md text. */
  markdown: string;
  /** What the page has that the deck does not keep, one line each. */
  notices: string[];
}

export function revealPageDeck(page: RevealPage): ImportedDeck {
  const notices: string[] = [];
  const markdownSections = page.sections.filter((section) => section.kind === 'markdown');
  if (markdownSections.length === 0) throw new DocentError('DECK_INVALID', 'the page has no data-markdown sections to import');
  const head: Record<string, unknown> = {};
  if (page.title?.trim()) head.title = page.title.trim();
  if (page.theme) {
    if ((themes as readonly string[]).includes(page.theme)) head.theme = page.theme;
    else notices.push(`theme "${page.theme}" is not one of Docent's; the default theme is used`);
  }

  const [only] = page.sections;
  if (page.sections.length === 1 && only?.kind === 'markdown') {
    const fields = { ...head, ...separatorFields(only) };
    const markdown = deckText(frontMatter(fields), only.markdown);
    for (const notice of parseDeck(markdown).notices) notices.push(`deck.md:${notice.line}: ${notice.message}`);
    return { markdown, notices };
  }

  // Several sections: read each as Docent reads it with its own separators, then write Docent's format.
  const slides: SlideText[] = [];
  let h = -1;
  let lastStack = -1;
  for (const section of page.sections) {
    const parts: Array<Pick<SlideText, 'content' | 'notes' | 'v'>> =
      section.kind === 'html'
        ? [{ content: section.html.trim(), notes: null, v: 0 }]
        : parseDeck(deckText(frontMatter(separatorFields(section)), section.markdown)).slides;
    // Sections of one stack (a <section> of sections) are one column: all but its first slide go below.
    const stacked = page.sections.filter((other) => other.stack === section.stack).length > 1;
    for (const part of parts) {
      const below = stacked ? lastStack === section.stack : part.v > 0;
      if (!below) h += 1;
      const v = below ? (slides.at(-1)?.v ?? 0) + 1 : 0;
      slides.push({ h, v, content: part.content, notes: part.notes, lines: { start: 0, end: 0 } });
      lastStack = section.stack;
    }
  }
  const markdown = serializeDeck({ frontMatter: frontMatter(head), slides });
  const reread = parseDeck(markdown).slides;
  const changed = slides.findIndex((slide, index) => reread[index]?.content !== slide.content || reread[index]?.v !== slide.v);
  if (reread.length !== slides.length || changed >= 0) {
    throw new DocentError('DECK_INVALID', `slide ${changed >= 0 ? changed + 1 : reread.length} holds a line Docent would read as a slide separator (---, -- or ----); the page cannot be written as one deck.md as it is`);
  }
  return { markdown, notices };
}

const pictureReference = [
  // ![alt](path "title") and ![alt](<path>)
  /!\[[^\]]*\]\(\s*<([^>]+)>/g,
  /!\[[^\]]*\]\(\s*([^)\s<][^)\s]*)/g,
  // <img src="…">, and the background attributes of .slide:/.element: comments and HTML
  /\ssrc\s*=\s*["']([^"']+)["']/gi,
  /\sdata-background(?:-image)?\s*=\s*["']([^"']+)["']/gi,
];

/** The local files the deck's markdown names as pictures (relative paths, as written; no URLs). */
export function localPictureReferences(markdown: string): string[] {
  const found = new Set<string>();
  for (const pattern of pictureReference) {
    for (const match of markdown.matchAll(pattern)) {
      const reference = (match[1] ?? '').trim();
      if (!reference || /^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//') || reference.startsWith('#')) continue;
      // A colour or gradient is no file.
      if (/^(?:#|rgba?\(|hsla?\(|[a-z-]+-gradient\()/i.test(reference) || /^[a-z]+$/i.test(reference)) continue;
      found.add(reference.replace(/[?#].*$/, ''));
    }
  }
  return [...found];
}
