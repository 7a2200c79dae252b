// Deck model -> reveal.js <section> elements. Slides whose markdown did not change keep their
// element, so an edit re-renders one slide, not the deck.
import type { Deck, Slide } from '../../core/deck/deck-model';
import { renderSlide } from '../../core/deck/render-markdown';
import type { DocentHost } from '../../shared/api';
import { sanitizeDeckHtml } from './sanitize-html';
import { enhanceSection, finishSections, type UnfinishedSection } from './slide-enhancers';

/** reveal.js's `data-background` shorthand: a colour, a gradient, or else a picture of the deck's. */
function backgroundKind(value: string): string {
  if (/^(?:linear|radial|conic|repeating-(?:linear|radial|conic))-gradient\(/i.test(value)) return 'data-background-gradient';
  if (/^(?:#[0-9a-f]{3,8}|(?:rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\([^)]*\)|[a-z]+)$/i.test(value.trim())) return 'data-background-color';
  return 'data-background-image';
}

/** Slides with the same markdown and notes render the same: the cache's key. */
function sourceKey(slide: Pick<Slide, 'content' | 'notes'>): string {
  return `${slide.content}\u0000${slide.notes ?? ''}`;
}

export class DeckRenderer {
  private cache = new Map<string, HTMLElement[]>();
  /** Sections rendered before the code they need (highlighting, math) was loaded. */
  private unfinished: UnfinishedSection[] = [];

  constructor(private readonly host: Pick<DocentHost, 'assetUrl'>) {}

  /**
   * Returns the stacks of sections for the deck, reusing elements whose source is unchanged. A slide
   * with code or math the first time is finished by `finish()`: await it before the slides are measured.
   */
  render(deck: Pick<Deck, 'slides'>): HTMLElement[] {
    const next = new Map<string, HTMLElement[]>();
    const take = (slide: Slide): HTMLElement => {
      const key = sourceKey(slide);
      const reused = this.cache.get(key)?.shift();
      const element = reused ?? this.renderSection(slide);
      element.dataset.sourceLine = String(slide.lines.start);
      element.dataset.sourceEnd = String(slide.lines.end);
      const list = next.get(key) ?? [];
      list.push(element);
      next.set(key, list);
      return element;
    };
    const stacks: HTMLElement[] = [];
    let stack: HTMLElement[] = [];
    const flush = () => {
      const [first] = stack;
      if (stack.length === 1 && first) stacks.push(first);
      else if (stack.length > 1) {
        const wrapper = document.createElement('section');
        wrapper.append(...stack);
        stacks.push(wrapper);
      }
      stack = [];
    };
    for (const slide of deck.slides) {
      if (slide.v === 0) flush();
      stack.push(take(slide));
    }
    flush();
    this.cache = next;
    return stacks;
  }

  /** Whether a section rendered since the last `finish()` still waits for code to load. */
  get waitingForCode(): boolean {
    return this.unfinished.length > 0;
  }

  /** Loads the code the last render's sections need and enhances them. */
  async finish(): Promise<void> {
    const unfinished = this.unfinished;
    this.unfinished = [];
    await finishSections(unfinished);
  }

  /** Forgets the sections waiting for code (their render is thrown away). */
  discardUnfinished(): void {
    this.unfinished = [];
  }

  /**
   * One slide rendered alone, for the patch path (never wrapped in a stack); null when it needs code
   * that is not loaded yet (highlighting, math): the full render loads it.
   */
  renderAlone(slide: Slide): HTMLElement | null {
    const section = this.renderSection({ ...slide, v: 0 });
    if (!this.waitingForCode) return section;
    this.discardUnfinished();
    return null;
  }

  /**
   * Moves a section rendered alone for `after` into the section on screen that shows `before` (same
   * slide attributes), and keys that section by its new source, so the next full render reuses it as
   * it now is.
   */
  adopt(element: HTMLElement, rendered: HTMLElement, before: Slide, after: Slide): void {
    element.replaceChildren(...Array.from(rendered.childNodes));
    const old = this.cache.get(sourceKey(before));
    const index = old?.indexOf(element) ?? -1;
    if (old && index >= 0) old.splice(index, 1);
    const key = sourceKey(after);
    this.cache.set(key, [...(this.cache.get(key) ?? []), element]);
  }

  private renderSection(slide: Slide): HTMLElement {
    const section = document.createElement('section');
    const rendered = renderSlide(slide.content, slide.notes);
    section.append(sanitizeDeckHtml(rendered.html, this.host));
    for (const [attribute, value] of rendered.attributes) {
      const name = attribute === 'data-background' ? backgroundKind(value) : attribute;
      if (name === 'class') section.classList.add(...value.split(/\s+/).filter(Boolean));
      else if (name === 'data-background-image') section.setAttribute(name, this.host.assetUrl(value));
      else section.setAttribute(name, value);
    }
    if (rendered.notesHtml !== null) {
      const notes = document.createElement('aside');
      notes.className = 'notes';
      notes.append(sanitizeDeckHtml(rendered.notesHtml, this.host));
      section.append(notes);
    }
    // Before reveal.js measures the slide: highlighted code and typeset math change its height.
    const unfinished = enhanceSection(section);
    if (unfinished) this.unfinished.push(unfinished);
    return section;
  }
}
