// The one answer to "is the user typing?": keys typed into a field, a text area, a select or an
// editable element (CodeMirror's editor is contenteditable) belong to it, not to the deck.
export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const element = target as HTMLElement;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}
