// The window's title, written here only. Each part of the window says its part of it: the view which
// window this is, the deck view the deck's title, the editor whether its text is unsaved. The title
// is made from all of them, so a render of the deck can never drop the editor's "unsaved" mark, and a
// preview of the next slide can never rename the speaker's window.

export interface WindowTitleParts {
  /** The presenter's own window is told from the audience's in the task bar. */
  window: 'audience' | 'speaker';
  /** The deck's title (its front matter), null when it has none or no deck is shown yet. */
  deckTitle: string | null;
  /** The deck file's name, once the editor holds it: the window is named by it when the deck has no title. */
  fileName: string | null;
  /** The editor's text differs from the file on disk. */
  unsaved: boolean;
}

export function windowTitle(parts: WindowTitleParts): string {
  if (parts.window === 'speaker') return `Speaker view — ${parts.deckTitle ?? 'Docent'}`;
  const name = parts.deckTitle ?? parts.fileName;
  if (name === null) return 'Docent';
  return `${parts.unsaved ? '• ' : ''}${name} — Docent`;
}

let parts: WindowTitleParts = { window: 'audience', deckTitle: null, fileName: null, unsaved: false };

/** Changes some parts of the title and writes the whole title again. */
export function setWindowTitle(change: Partial<WindowTitleParts>): void {
  parts = { ...parts, ...change };
  document.title = windowTitle(parts);
}
