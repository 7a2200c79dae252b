// The deck as reveal.js shows it. The one owner of the slide DOM, the Reveal instance and the
// plugins: every new version of the deck comes through update(), which patches the
// slides that changed when it can (patch-slides.ts) and renders the deck otherwise, staying on the
// current slide.
import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import './slide-containment.css';
import { parseDeck } from '../../core/deck/parse-deck';
import type { Deck } from '../../core/deck/deck-model';
import type { DeckFile, DocentHost } from '../../shared/api';
import type { RevealApi } from '../reveal-types';
import type { DocentPlugin } from '../plugins/plugin';
import { plugins as createPlugins } from '../plugins';
import { DeckRenderer } from './render-deck';
import { applyTheme } from './apply-theme';
import { picturesDecoded } from './pictures-decoded';
import { patchSlides } from './patch-slides';
import type { MapDrawers } from '../map/map-drawers';

export interface DeckViewOptions {
  /** The window's maps, handed to the plugins (the map plugin registers its maps there). */
  maps: MapDrawers;
  /** Extra reveal.js options (the speaker view's previews turn off controls and keyboard). */
  reveal?: Record<string, unknown>;
  /**
   * Wait for every picture to be decoded before reveal.js lays the slides out. The print view needs
   * it: reveal.js measures each slide's height once to place it on its page.
   */
  awaitPictures?: boolean;
}

export const slideSize = { width: 1280, height: 720 } as const;

/** Docent's reveal.js options; a deck's revealOptions (the supported ones) go over them, a view's own over both. */
const revealDefaults = {
  ...slideSize,
  margin: 0.04,
  hash: false,
  history: false,
  respondToHashChanges: false,
  controls: true,
  progress: true,
  slideNumber: 'c/t' as const,
  center: true,
  transition: 'slide' as const,
  embedded: false,
  help: false,
  jumpToSlide: false,
  previewLinks: false,
  // reveal.js's scroll view (which it turns on below 435 px wide) saves the slides as HTML and writes
  // that HTML back when it ends: deck content re-parsed outside the sanitizer, where a parse differs
  // from the sanitized DOM (mutation XSS) or overflows the stack. 0 never activates it; no deck
  // option can turn it on (revealOptions pass only supported options, `view` is not one).
  scrollActivationWidth: 0,
};

export class DeckView {
  reveal: RevealApi | null = null;
  deck: Deck | null = null;
  /** The deck file's name, for messages that point at a line of it ("deck.md:12: …"). */
  private fileName = 'deck.md';
  private readonly renderer: DeckRenderer;
  private readonly slidesElement: HTMLElement;
  private activePlugins: DocentPlugin[] = [];
  private readonly shownListeners = new Set<(reveal: RevealApi) => void>();
  private readonly updateListeners = new Set<(deck: Deck) => void>();

  constructor(private readonly root: HTMLElement, private readonly host: DocentHost, private readonly options: DeckViewOptions) {
    this.renderer = new DeckRenderer(host);
    root.classList.add('reveal');
    this.slidesElement = root.querySelector('.slides') ?? root.appendChild(Object.assign(document.createElement('div'), { className: 'slides' }));
  }

  /** Parses and shows a deck file. Throws (DocentError) if it does not parse; the old deck stays shown. */
  async show(file: Pick<DeckFile, 'text' | 'fileName'>): Promise<Deck> {
    const deck = parseDeck(file.text);
    this.fileName = file.fileName;
    await this.update(deck);
    return deck;
  }

  /** Shows a parsed deck: only the changed slides when that is all that changed, else the whole deck. */
  async update(deck: Deck): Promise<void> {
    if (this.reveal && this.deck && patchSlides(this.reveal, this.renderer, this.deck, deck)) this.deck = deck;
    else await this.render(deck);
    for (const listener of this.updateListeners) listener(deck);
  }

  private async render(deck: Deck): Promise<void> {
    await applyTheme(deck.theme);
    const position = this.reveal?.getIndices();
    const stacks = this.renderer.render(deck);
    await this.renderer.finish();
    this.slidesElement.replaceChildren(...stacks);
    if (deck.slides.length === 0) this.slidesElement.append(emptyDeckSlide());
    if (this.options.awaitPictures) await picturesDecoded(this.slidesElement);
    const previous = this.deck;
    this.deck = deck;
    if (!this.reveal) {
      this.reveal = new Reveal(this.root, { ...revealDefaults, ...deck.revealOptions, ...this.options.reveal });
      await this.reveal.initialize();
    } else {
      // The deck's own reveal.js options changed (an edit of its front matter): the defaults come back for any it dropped.
      if (JSON.stringify(deck.revealOptions) !== JSON.stringify(previous?.revealOptions ?? {})) this.reveal.configure({ ...revealDefaults, ...deck.revealOptions, ...this.options.reveal });
      this.reveal.sync();
      if (position) this.reveal.slide(position.h, position.v ?? 0, position.f);
    }
    await this.startPlugins();
    for (const listener of this.shownListeners) listener(this.reveal);
  }

  /** Called with every deck shown, patched or rendered in full (the window title follows its title). */
  onUpdate(listener: (deck: Deck) => void): () => void {
    this.updateListeners.add(listener);
    return () => this.updateListeners.delete(listener);
  }

  /** Called after every full render, whoever asked for it (a file change, the editor): layers over the slides go back on. */
  onShown(listener: (reveal: RevealApi) => void): () => void {
    this.shownListeners.add(listener);
    return () => this.shownListeners.delete(listener);
  }

  private async startPlugins(): Promise<void> {
    const reveal = this.reveal;
    if (!reveal) return;
    for (const plugin of this.activePlugins) plugin.destroy();
    this.activePlugins = createPlugins();
    for (const plugin of this.activePlugins) {
      await plugin.init({
        reveal,
        host: this.host,
        slideStartLine: (element) => {
          const line = Number(element.dataset.sourceLine);
          return Number.isFinite(line) && line > 0 ? line : null;
        },
        deckFileName: this.fileName,
        maps: this.options.maps,
        slideOf: (element) => {
          const line = Number(element.dataset.sourceLine);
          return this.deck?.slides.find((slide) => slide.lines.start === line) ?? null;
        },
      });
    }
  }

  destroy(): void {
    for (const plugin of this.activePlugins) plugin.destroy();
    this.activePlugins = [];
    this.reveal?.destroy();
    this.reveal = null;
  }
}

function emptyDeckSlide(): HTMLElement {
  const section = document.createElement('section');
  const message = document.createElement('p');
  message.textContent = 'This deck has no slides yet.';
  section.append(message);
  return section;
}
