// The renderer's one keyboard listener: it matches each key press against the key map
// (src/shared/key-map.ts) and calls the handlers the views bound to those keys. It listens in the
// capture phase, so Docent's keys are answered before reveal.js sees them; a handler that returns
// false passes the key on (to the next handler of that key, then to reveal.js).
import { bindingsFor, keyMap, type KeyBinding, type KeyId } from '../../shared/key-map';
import { isTyping } from './is-typing';

export type KeyHandler = (event: KeyboardEvent) => boolean | void;
/** A held key (the laser pointer): called on press and on release. */
export interface HoldHandler {
  press(event: KeyboardEvent): boolean | void;
  release(): void;
}

type Handlers = Partial<Record<KeyId, KeyHandler | HoldHandler>>;

const bound: Handlers[] = [];
const held = new Map<string, HoldHandler>();
let installed = false;

function onKeyDown(event: KeyboardEvent): void {
  if (isTyping(event.target)) return;
  for (const id of bindingsFor(event)) {
    // Later bindings first: a view's own handler (the speaker view's) wins over a general one.
    for (const handlers of [...bound].reverse()) {
      const handler = handlers[id];
      if (!handler) continue;
      const hold = (keyMap[id] as KeyBinding).hold === true;
      if (hold && event.repeat) {
        consume(event);
        return;
      }
      const answered = typeof handler === 'function' ? handler(event) : handler.press(event);
      if (answered === false) continue;
      if (hold && typeof handler !== 'function') held.set(event.key.toLowerCase(), handler);
      consume(event);
      return;
    }
  }
}

function onKeyUp(event: KeyboardEvent): void {
  const handler = held.get(event.key.toLowerCase());
  if (!handler) return;
  held.delete(event.key.toLowerCase());
  handler.release();
  consume(event);
}

/** A window losing focus never hears the key-up: a held tool stops with it. */
function releaseAll(): void {
  for (const handler of held.values()) handler.release();
  held.clear();
}

function consume(event: KeyboardEvent): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Binds handlers to keys of the key map; returns a function that unbinds them. */
export function bindKeys(handlers: Handlers): () => void {
  if (!installed) {
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('blur', releaseAll);
    installed = true;
  }
  bound.push(handlers);
  return () => {
    const index = bound.indexOf(handlers);
    if (index >= 0) bound.splice(index, 1);
  };
}
