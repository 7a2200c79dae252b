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

export interface Slide {
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

export interface Deck {
  /** The front matter's YAML exactly as written (kept so comments and order survive), or null. */
  frontMatter: string | null;
  meta: DeckMeta;
  slides: Slide[];
}

export const themes = ['black', 'white', 'league', 'beige', 'night', 'serif', 'simple', 'solarized', 'moon', 'dracula', 'sky', 'blood'] as const;
export type ThemeName = (typeof themes)[number];
export const defaultTheme: ThemeName = 'white';
