// A small modal question with named answers (conflict, recovery). Resolves with the answer chosen;
// Escape answers `cancel`, which callers make the answer that loses nothing.
import '../styles/dialog.css';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface ChoiceDialogContent<T extends string> {
  title: string;
  message: string;
  choices: Choice<T>[];
  /** The answer when the dialog is dismissed with Escape. */
  cancel: T;
  /** Extra content under the message (the side-by-side view). */
  detail?: HTMLElement;
  /** A choice that changes the content instead of closing (e.g. "See both"). */
  onChoice?: (value: T, dialog: HTMLElement) => boolean;
}

export function askChoice<T extends string>(content: ChoiceDialogContent<T>): Promise<T> {
  return new Promise((resolve) => {
    const backdrop = document.createElement('div');
    backdrop.className = 'docent-dialog-backdrop';
    const dialog = document.createElement('div');
    dialog.className = 'docent-dialog';
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-modal', 'true');
    const title = document.createElement('h2');
    title.textContent = content.title;
    dialog.setAttribute('aria-label', content.title);
    const message = document.createElement('p');
    message.textContent = content.message;
    const buttons = document.createElement('div');
    buttons.className = 'docent-dialog-buttons';
    const close = (value: T) => {
      window.removeEventListener('keydown', onKey, true);
      backdrop.remove();
      resolve(value);
    };
    for (const choice of content.choices) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = choice.label;
      button.dataset.choice = choice.value;
      button.addEventListener('click', () => {
        if (content.onChoice?.(choice.value, dialog)) return;
        close(choice.value);
      });
      buttons.append(button);
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        close(content.cancel);
        return;
      }
      // The dialog is modal: only the keys that work its buttons get past it; the deck and the
      // editor behind it (and their single-letter keys) see nothing.
      const onButton = dialog.contains(event.target as Node | null);
      if (!(onButton && ['Enter', ' ', 'Tab'].includes(event.key))) event.stopPropagation();
    };
    // On window, in the capture phase: before any listener of the page.
    window.addEventListener('keydown', onKey, true);
    dialog.append(title, message);
    if (content.detail) dialog.append(content.detail);
    dialog.append(buttons);
    backdrop.append(dialog);
    document.body.append(backdrop);
    buttons.querySelector('button')?.focus();
  });
}
