// The deck model: what a deck.md means, independent of how it is shown or stored.

export interface DeckMeta {
  title?: string;
  subtitle?: string;
  date?: string;
  source?: string;
  author?: string;
  theme?: string;
  /** Planned length of the talk in minutes; the speaker view paces against it. */
  minutes?: number;
  [key: string]: unknown;
}

/** 1-based, inclusive line numbers in deck.md. */
export interface LineRange {
  start: number;
  end: number;
}

/** A slide as text: what the generator writes and the serializer needs. */
export interface SlideText {
  /** Position in reveal.js terms: h is the stack, v the slide within it. */
  h: number;
  v: number;
  /** Markdown of the slide, without its notes. */
  content: string;
  /** Speaker notes (markdown) or null when the slide has none. */
  notes: string | null;
  /** Where the slide, notes included, stands in the source. */
  lines: LineRange;
}

/** A fenced code block of a slide (map blocks included), as the deck scan found it. */
export interface CodeBlock {
  /** 1-based deck.md line of the opening fence. */
  line: number;
  /** 1-based line of the closing fence, or null when it was never closed (it ends at the next separator). */
  closeLine: number | null;
  /** The fence's first word (`js`, `map`) or ''. */
  language: string;
  /** Everything after the opening fence (`js [1|3-5]`). */
  info: string;
  /** The text between the fences. */
  body: string;
}

/** A slide as parsed: its text and what the deck scan and the attribute comments say about it. */
export interface Slide extends SlideText {
  /** The slide's first heading, without markdown emphasis, or null. */
  title: string | null;
  /** reveal.js attributes of the slide from its `.slide:` comments (allowlisted), in order. */
  attributes: Array<[name: string, value: string]>;
  /** Its fenced code blocks, content and notes, in order. */
  codeBlocks: CodeBlock[];
  /** Its ```map blocks, in order (the code blocks whose language is map). */
  mapBlocks: CodeBlock[];
}

/** Something in the deck that does not stop it from showing, but that its author should know. */
export interface DeckNotice {
  /** 1-based deck.md line. */
  line: number;
  message: string;
}

export interface DeckText {
  /** The front matter's YAML exactly as written (kept so comments and order survive), or null. */
  frontMatter: string | null;
  meta: DeckMeta;
  slides: SlideText[];
}

export interface Deck extends DeckText {
  slides: Slide[];
  /** The theme the deck shows in (the front matter's, or the default when it names none Docent has). */
  theme: ThemeName;
  /** The front matter's revealOptions that Docent applies (see deck-options.ts). */
  revealOptions: Record<string, unknown>;
  /** What was read differently from how it is written (a fence never closed, a pattern refused…). */
  notices: DeckNotice[];
}

export const themes = ['black', 'white', 'league', 'beige', 'night', 'serif', 'simple', 'solarized', 'moon', 'dracula', 'sky', 'blood'] as const;
export type ThemeName = (typeof themes)[number];
export const defaultTheme: ThemeName = 'white';
