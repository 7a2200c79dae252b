// The deck beside the editor: re-rendered as the text changes (the latest text wins; renders never
// overlap), kept on the slide that holds the cursor, and never blanked by text that does not parse.
import { parseDeck } from '../../core/deck/parse-deck';
import { slideIndexAtLine } from '../../core/deck/slide-outline';
import type { Deck } from '../../core/deck/deck-model';
import type { DeckView } from '../deck/deck-view';

export interface LivePreviewEvents {
  /** The preview now shows this text. */
  rendered(deck: Deck, text: string): void;
  /** This text could not be shown; the preview still shows the last good one. */
  failed(error: unknown, text: string): void;
}

export class LivePreview {
  private pending: string | null = null;
  private running: Promise<void> | null = null;
  private scheduled = false;

  constructor(
    private readonly view: DeckView,
    private readonly events: LivePreviewEvents,
  ) {}

  /** Asks for this text to be shown (soon, and only if no later text arrives first). */
  update(text: string): void {
    this.pending = text;
    if (this.running || this.scheduled) return;
    // Right after the editor's own update, in the same frame: a timer would often wait a frame.
    // Keys typed while a render runs fold into the next render (the latest text wins).
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.running = this.drain().finally(() => (this.running = null));
    });
  }

  /** Shows the slide whose source holds `line`, unless the preview is already there. */
  showSlideAtLine(line: number): void {
    const reveal = this.view.reveal;
    const deck = this.view.deck;
    if (!reveal || !deck || deck.slides.length === 0) return;
    const slide = deck.slides[slideIndexAtLine(deck, line)];
    if (!slide) return;
    const current = reveal.getIndices();
    if (current.h === slide.h && (current.v ?? 0) === slide.v) return;
    reveal.slide(slide.h, slide.v);
  }

  private async drain(): Promise<void> {
    while (this.pending !== null) {
      const text = this.pending;
      this.pending = null;
      try {
        // Parsed once here; the view and the editor's problem list take this deck.
        const deck = parseDeck(text);
        await this.view.update(deck);
        this.events.rendered(deck, text);
      } catch (error) {
        this.events.failed(error, text);
      }
    }
  }
}
