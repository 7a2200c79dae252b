// The speaker view's "find a slide" box (Ctrl+F or /): typing filters the slides by title and text,
// ↑/↓ choose, Enter jumps there, Esc closes. Only the jump reaches the audience: the box is the
// speaker view's own.
import type { Deck } from '../../core/deck/deck-model';
import { findSlides, type FoundSlide } from './find-slides';

export interface FindBox {
  open(): void;
  close(): boolean;
}

export function buildFindBox(parent: HTMLElement, deck: () => Deck | null, jump: (slide: FoundSlide) => void): FindBox {
  const box = document.createElement('div');
  box.className = 'speaker-find';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', 'Find a slide');
  box.hidden = true;
  const input = document.createElement('input');
  input.type = 'search';
  input.className = 'speaker-find-input';
  input.placeholder = 'Find a slide: title or text';
  input.setAttribute('aria-label', 'Find a slide');
  const list = document.createElement('ol');
  list.className = 'speaker-find-results';
  list.setAttribute('role', 'listbox');
  box.append(input, list);
  parent.append(box);

  let results: FoundSlide[] = [];
  let chosen = 0;
  const show = () => {
    const shown = deck();
    results = shown ? findSlides(shown, input.value) : [];
    chosen = Math.min(chosen, Math.max(0, results.length - 1));
    list.replaceChildren(
      ...results.map((slide, index) => {
        const item = document.createElement('li');
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', String(index === chosen));
        const number = Object.assign(document.createElement('span'), { className: 'speaker-find-number', textContent: String(slide.number) });
        const title = Object.assign(document.createElement('span'), { className: 'speaker-find-title', textContent: slide.title });
        const excerpt = Object.assign(document.createElement('span'), { className: 'speaker-find-excerpt', textContent: slide.excerpt });
        item.append(number, title, excerpt);
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          go(slide);
        });
        return item;
      }),
    );
    if (results.length === 0) list.append(Object.assign(document.createElement('li'), { className: 'speaker-find-none', textContent: 'No slide has these words.' }));
  };
  const go = (slide: FoundSlide | undefined) => {
    if (!slide) return;
    close();
    jump(slide);
  };
  const close = (): boolean => {
    if (box.hidden) return false;
    box.hidden = true;
    input.blur();
    return true;
  };
  input.addEventListener('input', () => {
    chosen = 0;
    show();
  });
  // The field is typed into, so the key map leaves these keys alone; the box answers them itself.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
    else if (event.key === 'Enter') go(results[chosen]);
    else if (event.key === 'ArrowDown') chosen = Math.min(results.length - 1, chosen + 1);
    else if (event.key === 'ArrowUp') chosen = Math.max(0, chosen - 1);
    else return;
    event.preventDefault();
    event.stopPropagation();
    if (!box.hidden) show();
  });
  // Clicking elsewhere closes it (unless the box was opened again meanwhile).
  input.addEventListener('blur', () =>
    window.setTimeout(() => {
      if (document.activeElement !== input) close();
    }, 150),
  );
  return {
    open() {
      box.hidden = false;
      input.value = '';
      chosen = 0;
      show();
      input.focus();
    },
    close,
  };
}
