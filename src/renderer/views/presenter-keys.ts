// Keys every view of the deck has: a slide number then Enter jumps there, "?" shows the help, Esc
// closes it. The arrows, Space, PageUp/Down, Home/End, F, O/Esc and B/. are reveal.js's.
import type { RevealApi } from '../reveal-types';
import { bindKeys } from '../keys/keyboard';
import { helpIsOpen, toggleHelp } from './help-overlay';
import { showNotice, hideNotice } from './notice-banner';

export function installPresenterKeys(reveal: () => RevealApi | null): () => void {
  let typed = '';
  const forget = () => {
    typed = '';
  };
  document.addEventListener('keydown', forget);
  const unbind = bindKeys({
    help: () => toggleHelp(),
    dismiss: () => {
      if (!helpIsOpen()) return false;
      toggleHelp(false);
    },
    goToNumber: (event) => {
      if (event.key !== 'Enter') {
        typed = (typed + event.key).slice(-4);
        showNotice(`Go to slide ${typed}…`, 'info', 3);
        return;
      }
      const deck = reveal();
      if (!typed || !deck) return false;
      const slides = deck.getSlides();
      const target = slides[Math.min(Math.max(Number(typed), 1), slides.length) - 1];
      typed = '';
      hideNotice();
      if (target) {
        const { h, v } = deck.getIndices(target);
        deck.slide(h, v ?? 0);
      }
    },
  });
  return () => {
    unbind();
    document.removeEventListener('keydown', forget);
  };
}
