// The fast path of the live preview. Typing usually changes the words of one slide; re-showing the
// whole deck then costs reveal.js a full sync (every slide's background, contrast and layout), which
// grows with the deck. When the slides are the same ones in the same places and only some slides'
// words changed, this renders just those slides and puts their content into the sections already on
// screen, so reveal.js keeps its state and syncs one slide. Anything else (front matter, slides added
// or moved, slide attributes, map blocks, which a plugin owns) goes the full way through DeckView.show.
//
// DeckView keeps each section in a cache keyed by the markdown it was rendered from. A patched
// section no longer matches its key, so before any full show `restore()` puts its first content back.
import type { Deck, Slide } from '../../core/deck/deck-model';
import type { DocentHost } from '../../shared/api';
import type { DeckView } from '../deck/deck-view';
import { DeckRenderer } from '../deck/render-deck';

/** More changed slides than this at once (a paste, a replace-all) is cheaper as one full sync. */
const maxPatchedSlides = 4;

export class SlidePatcher {
  private readonly renderer: DeckRenderer;
  /** Sections patched since the last full show, with the content DeckView rendered into them. */
  private readonly originals = new Map<HTMLElement, Node[]>();

  constructor(host: Pick<DocentHost, 'assetUrl'>) {
    this.renderer = new DeckRenderer(host);
  }

  /** Shows `next` by patching the slides that changed; false when only a full show will do. */
  patch(view: DeckView, next: Deck): boolean {
    const reveal = view.reveal;
    const shown = view.deck;
    if (!reveal || !shown || !sameShape(shown, next)) return false;
    const elements = reveal.getSlides() as HTMLElement[];
    if (elements.length !== next.slides.length) return false;
    const changed: number[] = [];
    for (let i = 0; i < next.slides.length; i++) {
      const before = shown.slides[i] as Slide;
      const after = next.slides[i] as Slide;
      if (before.content === after.content && before.notes === after.notes) continue;
      if (!patchable(before, after)) return false;
      changed.push(i);
      if (changed.length > maxPatchedSlides) return false;
    }
    const rendered = new Map(changed.map((i) => [i, this.renderSlide(next.slides[i] as Slide)]));
    // A slide with code or math whose code is not loaded yet: the full show loads it.
    if (this.renderer.waitingForCode) {
      this.renderer.discardUnfinished();
      return false;
    }
    const current = reveal.getCurrentSlide() as HTMLElement | undefined;
    let fits = true;
    next.slides.forEach((slide, i) => {
      const element = elements[i] as HTMLElement;
      const section = rendered.get(i);
      if (section) {
        if (!this.originals.has(element)) this.originals.set(element, Array.from(element.childNodes));
        element.replaceChildren(...Array.from(section.childNodes));
        reveal.syncSlide(element);
        if (element === current) fits = centre(element, reveal.getComputedSlideSize().height, reveal.getConfig().center === true);
      }
      // Lines after an edit shift; the editor and the map plugin read them from here. Unchanged
      // values are not written again: every attribute write is work for the browser's style engine.
      const start = String(slide.lines.start);
      const end = String(slide.lines.end);
      if (element.dataset.sourceLine !== start) element.dataset.sourceLine = start;
      if (element.dataset.sourceEnd !== end) element.dataset.sourceEnd = end;
    });
    // A slide that outgrew the slide (or that a plugin shrank to fit) is shown the full way, which
    // starts the plugins again so they fit it anew. The caller restores the patched sections first.
    if (!fits) return false;
    view.deck = next;
    return true;
  }

  /** Puts back what DeckView rendered, so its cache matches the sections again. Call before a full show. */
  restore(): void {
    for (const [element, nodes] of this.originals) element.replaceChildren(...nodes);
    this.originals.clear();
  }

  private renderSlide(slide: Slide): HTMLElement {
    // One slide alone renders as its own <section>, never wrapped in a stack.
    const [section] = this.renderer.render({ slides: [{ ...slide, v: 0 }] });
    if (!section) throw new Error('a slide rendered to nothing');
    return section;
  }
}

function sameShape(a: Deck, b: Deck): boolean {
  if (a.frontMatter !== b.frontMatter || a.slides.length !== b.slides.length) return false;
  return a.slides.every((slide, i) => slide.h === b.slides[i]?.h && slide.v === b.slides[i]?.v);
}

/** A slide whose map blocks or slide attributes are the same before and after (a plugin owns maps; attributes sit on the section). */
function patchable(before: Slide, after: Slide): boolean {
  if (before.mapBlocks.length > 0 || after.mapBlocks.length > 0) return false;
  return JSON.stringify(before.attributes) === JSON.stringify(after.attributes);
}

/**
 * Centres the slide vertically as reveal.js's layout does (its layout() would measure every slide;
 * the others are laid out when they are shown). Returns whether the content fits the slide as is.
 */
function centre(element: HTMLElement, slideHeight: number, centred: boolean): boolean {
  const height = element.scrollHeight;
  if ((centred || element.classList.contains('center')) && !element.classList.contains('stack')) {
    element.style.top = `${Math.max((slideHeight - height) / 2, 0)}px`;
  }
  return height <= slideHeight && !element.style.fontSize;
}
