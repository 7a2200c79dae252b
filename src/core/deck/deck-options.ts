// What the front matter asks of reveal.js: the theme and reveal-md's `revealOptions`. Only options
// Docent can honour in every view (presenting, speaker view, print) pass; any other is named in a
// notice instead of being dropped without a word, and an unknown theme falls back to the default.
import { defaultTheme, themes, type DeckMeta, type DeckNotice, type ThemeName } from './deck-model';

const transitions = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'];

/** Each supported option with the values it may take. */
const supported: Record<string, (value: unknown) => boolean> = {
  controls: isBoolean,
  progress: isBoolean,
  center: isBoolean,
  loop: isBoolean,
  rtl: isBoolean,
  fragments: isBoolean,
  autoAnimate: isBoolean,
  slideNumber: (value) => isBoolean(value) || ['h.v', 'h/v', 'c', 'c/t'].includes(value as string),
  showSlideNumber: (value) => ['all', 'print', 'speaker'].includes(value as string),
  navigationMode: (value) => ['default', 'linear', 'grid'].includes(value as string),
  transition: (value) => transitions.includes(value as string),
  backgroundTransition: (value) => transitions.includes(value as string),
  transitionSpeed: (value) => ['default', 'fast', 'slow'].includes(value as string),
  autoSlide: (value) => value === false || (typeof value === 'number' && value >= 0 && value <= 3_600_000),
  autoSlideStoppable: isBoolean,
};

/** Options Docent sets itself, with the reason a deck cannot change them. */
const refused: Record<string, string> = {
  width: 'every deck is shown at 1280×720, so the speaker view and the PDF match the screen',
  height: 'every deck is shown at 1280×720, so the speaker view and the PDF match the screen',
  margin: 'Docent sets the margin around slides itself',
  minScale: 'Docent scales slides to the window itself',
  maxScale: 'Docent scales slides to the window itself',
  hash: 'Docent does not put slide positions in the address',
  history: 'Docent does not put slide positions in the address',
  plugins: 'decks cannot load code',
  dependencies: 'decks cannot load code',
};

function isBoolean(value: unknown): boolean {
  return typeof value === 'boolean';
}

export interface DeckOptions {
  theme: ThemeName;
  revealOptions: Record<string, unknown>;
  notices: DeckNotice[];
}

export function deckOptions(meta: DeckMeta, lineOf: (key: string) => number): DeckOptions {
  const notices: DeckNotice[] = [];
  let theme: ThemeName = defaultTheme;
  if (typeof meta.theme === 'string' && (themes as readonly string[]).includes(meta.theme)) theme = meta.theme as ThemeName;
  else if (meta.theme !== undefined) {
    const why = typeof meta.theme === 'string' && /\.css$/i.test(meta.theme) ? 'is a theme file, which Docent does not apply yet' : `is not one of ${themes.join(', ')}`;
    notices.push({ line: lineOf('theme'), message: `front matter: theme "${String(meta.theme)}" ${why}; the ${defaultTheme} theme is used` });
  }

  const revealOptions: Record<string, unknown> = {};
  const given = meta.revealOptions;
  if (given !== undefined && (given === null || typeof given !== 'object' || Array.isArray(given))) {
    notices.push({ line: lineOf('revealOptions'), message: 'front matter: revealOptions must be a set of "option: value" lines; it is ignored' });
  } else if (given) {
    const ignored: string[] = [];
    for (const [name, value] of Object.entries(given as Record<string, unknown>)) {
      const check = supported[name];
      if (check?.(value)) revealOptions[name] = value;
      else ignored.push(check ? `${name} (${JSON.stringify(value)} is not a value it takes)` : `${name} (${refused[name] ?? 'not an option Docent passes to reveal.js'})`);
    }
    if (ignored.length) notices.push({ line: lineOf('revealOptions'), message: `front matter: revealOptions not applied: ${ignored.join('; ')}` });
  }
  return { theme, revealOptions, notices };
}
