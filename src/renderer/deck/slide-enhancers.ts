// What a rendered slide may need before reveal.js measures it: highlighted code (highlight.js) and
// typeset math (KaTeX). Each is a chunk of its own, loaded the first time a slide needs it: a deck
// without code or math never loads them. Once loaded, a slide is enhanced as it is rendered.
const leftAlone = /(?:^|\s)language-(?:map|mermaid)(?:\s|$)/;
const mayHoldMath = /\$|\\\(|\\\[/;

type Enhance = (section: HTMLElement) => void;

class Enhancer {
  private enhance: Enhance | null = null;
  private loading: Promise<Enhance> | null = null;

  constructor(
    readonly needed: (section: HTMLElement) => boolean,
    private readonly loadCode: () => Promise<Enhance>,
  ) {}

  /** Enhances the section now if the code is loaded; false if it is not. */
  applyIfLoaded(section: HTMLElement): boolean {
    if (!this.enhance) return false;
    this.enhance(section);
    return true;
  }

  load(): Promise<Enhance> {
    this.loading ??= this.loadCode().then((enhance) => (this.enhance = enhance));
    this.loading.catch(() => (this.loading = null)); // the next render tries again
    return this.loading;
  }
}

// In this order: code first; math leaves code blocks alone either way.
const enhancers = [
  new Enhancer(
    (section) => [...section.querySelectorAll<HTMLElement>('pre > code')].some((code) => !leftAlone.test(code.className)),
    () => import('./highlight-code').then((module) => module.highlightCode),
  ),
  new Enhancer(
    (section) => mayHoldMath.test(section.textContent ?? ''),
    () => import('./render-math').then((module) => module.renderMath),
  ),
];

/** A rendered section and what it still needs once that code is loaded. */
export interface UnfinishedSection {
  section: HTMLElement;
  missing: Enhancer[];
}

/** Enhances `section` with what it needs and is loaded; returns what it needs that is not, or null. */
export function enhanceSection(section: HTMLElement): UnfinishedSection | null {
  const missing = enhancers.filter((enhancer) => enhancer.needed(section) && !enhancer.applyIfLoaded(section));
  return missing.length ? { section, missing } : null;
}

/** Loads what the sections still need and enhances them. */
export async function finishSections(unfinished: readonly UnfinishedSection[]): Promise<void> {
  if (unfinished.length === 0) return;
  const needed = new Set(unfinished.flatMap((entry) => entry.missing));
  await Promise.all([...needed].map((enhancer) => enhancer.load()));
  for (const { section, missing } of unfinished) for (const enhancer of missing) enhancer.applyIfLoaded(section);
}
