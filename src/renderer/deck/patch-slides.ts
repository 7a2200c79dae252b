// The fast path when a new version of the deck comes in (the live preview, as the user types). Typing
// usually changes the words of one slide; a full render costs reveal.js a full sync (every slide's
// background, contrast and layout), which grows with the deck. When the slides are the same ones in
// the same places and only some slides' words changed, only those slides are rendered again, into the
// sections already on screen, so reveal.js keeps its state and syncs one slide. Anything else (front
// matter, slides added or moved, slide attributes, map blocks, which a plugin owns) is a full render.
// DeckView decides; this only says whether the patch was possible and did it.
import type { Deck, Slide } from '../../core/deck/deck-model';
import type { RevealApi } from '../reveal-types';
import type { DeckRenderer } from './render-deck';

/** More changed slides than this at once (a paste, a replace-all) is cheaper as one full sync. */
const maxPatchedSlides = 4;

/**
 * Shows `next` in place of `shown` by re-rendering the slides that changed. False when only a full
 * render will do (nothing is left half-patched that a full render would not redo).
 */
export function patchSlides(reveal: RevealApi, renderer: DeckRenderer, shown: Deck, next: Deck): boolean {
  if (!sameShape(shown, next)) return false;
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
  const rendered = new Map<number, HTMLElement>();
  for (const i of changed) {
    const section = renderer.renderAlone(next.slides[i] as Slide);
    // A slide with code or math whose code is not loaded yet: the full render loads it.
    if (!section) return false;
    rendered.set(i, section);
  }
  const current = reveal.getCurrentSlide() as HTMLElement | undefined;
  let fits = true;
  next.slides.forEach((slide, i) => {
    const element = elements[i] as HTMLElement;
    const section = rendered.get(i);
    if (section) {
      renderer.adopt(element, section, shown.slides[i] as Slide, slide);
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
  // A slide that outgrew the slide (or that a plugin shrank to fit) gets a full render, which starts
  // the plugins again so they fit it anew; its section, already re-rendered, is reused as it is.
  return fits;
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
