// Keys Docent adds to reveal.js's own: a slide number then Enter jumps there, "?" shows help.
// Arrows, Space, PageUp/Down, Home/End, F, O/Esc and B/. are reveal.js's.
import type { RevealApi } from '../reveal-types';
import { helpIsOpen, toggleHelp } from './help-overlay';
import { showNotice, hideNotice } from './notice-banner';

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

export function installPresenterKeys(reveal: () => RevealApi | null): () => void {
  let typed = '';
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const deck = reveal();
    if (event.key === '?') {
      toggleHelp();
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (helpIsOpen() && event.key === 'Escape') {
      toggleHelp(false);
      event.stopImmediatePropagation();
      return;
    }
    if (/^[0-9]$/.test(event.key)) {
      typed = (typed + event.key).slice(-4);
      showNotice(`Go to slide ${typed}…`, 'info', 3);
      event.stopImmediatePropagation();
      return;
    }
    if (event.key === 'Enter' && typed && deck) {
      const slides = deck.getSlides();
      const target = slides[Math.min(Math.max(Number(typed), 1), slides.length) - 1];
      typed = '';
      hideNotice();
      if (target) {
        const { h, v } = deck.getIndices(target);
        deck.slide(h, v ?? 0);
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    typed = '';
  };
  // Capture phase: these keys are ours before reveal.js sees them.
  document.addEventListener('keydown', onKey, true);
  return () => document.removeEventListener('keydown', onKey, true);
}
