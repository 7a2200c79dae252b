// A wrong map block shows what is wrong and where on the slide itself; the rest of the deck presents.
import { isDocentError } from '../../core/errors';

export function showMapError(container: HTMLElement, error: unknown, file = 'deck.md'): void {
  const box = document.createElement('div');
  box.className = 'docent-map-error';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('strong');
  const message = document.createElement('span');
  if (isDocentError(error)) {
    heading.textContent = error.location.line ? `${file}, line ${error.location.line}` : file;
    message.textContent = error.message;
  } else {
    heading.textContent = 'This map cannot be drawn';
    message.textContent = error instanceof Error ? error.message : String(error);
  }
  box.append(heading, message);
  container.replaceChildren(box);
  container.dataset.mapError = 'true';
}
