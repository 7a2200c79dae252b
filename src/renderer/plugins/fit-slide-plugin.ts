// Shrinks a slide's text when it does not fit the 16:9 slide (a long headline, a dense section), so
// nothing is cut off on the projector. Text is never scaled below a readable floor.
import type { DocentPlugin } from './plugin';
import type { RevealApi } from '../reveal-types';

const minimumScale = 0.5;

export function fitSection(section: HTMLElement, available: number): void {
  section.style.removeProperty('font-size');
  let scale = 1;
  // Text reflows as it shrinks, so measure again after each step.
  for (let step = 0; step < 4; step++) {
    const needed = section.scrollHeight;
    if (needed <= available || needed === 0) break;
    scale = Math.max(minimumScale, scale * (available / needed) * 0.98);
    section.style.fontSize = `${(scale * 100).toFixed(1)}%`;
    if (scale === minimumScale) break;
  }
  section.classList.toggle('docent-shrunk', scale < 1);
}

export function createFitSlidePlugin(): DocentPlugin {
  let reveal: RevealApi | null = null;
  const fitCurrent = () => {
    const slide = reveal?.getCurrentSlide();
    if (!reveal || !slide) return;
    fitSection(slide, reveal.getConfig().height as number);
    reveal.layout();
  };
  const fitAll = () => {
    if (!reveal) return;
    const height = reveal.getConfig().height as number;
    for (const slide of reveal.getSlides()) fitSection(slide, height);
  };
  return {
    id: 'fit-slide',
    init(context) {
      reveal = context.reveal;
      reveal.on('slidechanged', fitCurrent);
      reveal.on('ready', fitCurrent);
      reveal.on('pdf-ready', fitAll);
      void document.fonts.ready.then(fitCurrent);
      fitCurrent();
    },
    destroy() {
      reveal?.off('slidechanged', fitCurrent);
      reveal?.off('ready', fitCurrent);
      reveal?.off('pdf-ready', fitAll);
      reveal = null;
    },
  };
}
