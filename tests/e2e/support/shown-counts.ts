// What a presented deck shows, counted the same way in reveal.js and in Docent: leaf slides, their
// notes, fragment steps, highlighted code blocks, typeset formulas and pictures that loaded.
import type { Page } from '@playwright/test';

export interface ShownCounts {
  slides: number;
  notes: number;
  fragments: number;
  highlighted: number;
  math: number;
  pictures: number;
}

/** Runs in the page: counts over the leaf sections of `.reveal .slides`. */
export function countShown(): ShownCounts {
  const leaves = Array.from(document.querySelectorAll('.reveal .slides section')).filter((section) => !section.querySelector('section'));
  const sum = (selector: string): number => leaves.reduce((total, section) => total + section.querySelectorAll(selector).length, 0);
  return {
    slides: leaves.length,
    notes: leaves.filter((section) => section.querySelector('aside.notes')).length,
    fragments: sum('.fragment'),
    // Line steps add fragment copies of a block; count each block once.
    highlighted: sum('pre code.hljs:not(.fragment)'),
    // Display math is a .katex inside .katex-display: count the formulas, outside notes.
    math: leaves.reduce((total, section) => total + Array.from(section.querySelectorAll('.katex')).filter((formula) => !formula.closest('aside.notes')).length, 0),
    pictures: leaves.reduce((total, section) => total + Array.from(section.querySelectorAll('img')).filter((image) => image.complete && image.naturalWidth > 0).length, 0),
  };
}

/** Waits until every picture of the slides has loaded or failed, so `pictures` is final. */
export async function picturesSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => Array.from(document.querySelectorAll('.reveal .slides img')).every((image) => (image as HTMLImageElement).complete), undefined, { timeout: 15_000 });
}
