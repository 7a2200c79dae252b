// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindKeys } from '../../../../src/renderer/keys/keyboard';
import { isTyping } from '../../../../src/renderer/keys/is-typing';

const unbinds: Array<() => void> = [];
afterEach(() => {
  unbinds.splice(0).forEach((unbind) => unbind());
  document.body.replaceChildren();
});

function press(target: EventTarget, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('isTyping', () => {
  it('is true in fields, text areas, selects and editable elements, false elsewhere', () => {
    expect(isTyping(document.createElement('input'))).toBe(true);
    expect(isTyping(document.createElement('textarea'))).toBe(true);
    expect(isTyping(document.createElement('select'))).toBe(true);
    const editable = document.createElement('div');
    // jsdom has no isContentEditable of its own; a browser sets it for contenteditable elements (CodeMirror's).
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(isTyping(editable)).toBe(true);
    expect(isTyping(document.createElement('div'))).toBe(false);
    expect(isTyping(document)).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});

describe('bindKeys', () => {
  it('calls the bound handler, and the key goes no further', () => {
    const edit = vi.fn();
    unbinds.push(bindKeys({ edit }));
    const later = vi.fn();
    document.addEventListener('keydown', later);
    const event = press(document.body, 'e');
    document.removeEventListener('keydown', later);
    expect(edit).toHaveBeenCalledOnce();
    expect(event.defaultPrevented).toBe(true);
    expect(later).not.toHaveBeenCalled();
  });

  it('leaves keys typed into an editable element alone', () => {
    const edit = vi.fn();
    unbinds.push(bindKeys({ edit }));
    const editable = document.body.appendChild(document.createElement('div'));
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    const event = press(editable, 'e');
    press(document.body.appendChild(document.createElement('input')), 'e');
    expect(edit).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });

  it('passes a key on when its handler returns false: to an earlier handler, then to reveal.js', () => {
    const general = vi.fn(() => false);
    const own = vi.fn(() => false);
    unbinds.push(bindKeys({ dismiss: general }), bindKeys({ dismiss: own }));
    const event = press(document.body, 'Escape');
    expect(own).toHaveBeenCalledOnce();
    expect(general).toHaveBeenCalledOnce();
    expect(event.defaultPrevented).toBe(false);
  });

  it('does not answer keys with other modifiers, nor keys after unbinding', () => {
    const edit = vi.fn();
    const unbind = bindKeys({ edit });
    press(document.body, 'e', { ctrlKey: true });
    press(document.body, 'e', { altKey: true });
    unbind();
    press(document.body, 'e');
    expect(edit).not.toHaveBeenCalled();
  });
});
