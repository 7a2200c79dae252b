// The deck's markdown as a CodeMirror 6 editor: highlighting, search and replace, undo/redo, line
// numbers, soft wrap, and marks on the lines that have a problem. Knows nothing about saving.
import { EditorState, StateEffect, StateField, Transaction, type Extension } from '@codemirror/state';
import { Decoration, EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { markdown } from '@codemirror/lang-markdown';
import type { DeckProblem } from '../../core/deck/check-deck';

export interface MarkdownEditorEvents {
  /** The text changed (typing, undo, replace, or a reload). */
  changed(text: string): void;
  /** The line holding the cursor changed (1-based). */
  cursorLine(line: number): void;
  save(): void;
}

const setProblems = StateEffect.define<DeckProblem[]>();
const problemLine = Decoration.line({ class: 'cm-docent-problem-line' });

const problemField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(setProblems)) continue;
      const lines = [...new Set(effect.value.map((problem) => problem.line))].filter((line) => line >= 1 && line <= transaction.state.doc.lines).sort((a, b) => a - b);
      next = Decoration.set(lines.map((line) => problemLine.range(transaction.state.doc.line(line).from)));
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/**
 * Markdown reads a deck's front matter as a heading underlined by its closing "---"; it is YAML.
 * Its lines get a class of their own so they are shown as plain text.
 */
const frontMatterLine = Decoration.line({ class: 'cm-docent-front-matter' });

function frontMatterMarks(state: EditorState): DecorationSet {
  const doc = state.doc;
  if (doc.lines < 2 || doc.line(1).text.trimEnd() !== '---') return Decoration.none;
  // Scans to the closing line only; a front matter is a few lines long.
  for (let n = 2; n <= doc.lines; n++) {
    const text = doc.line(n).text.trimEnd();
    if (text === '---' || text === '...') {
      return Decoration.set(Array.from({ length: n }, (_, i) => frontMatterLine.range(doc.line(i + 1).from)));
    }
  }
  return Decoration.none;
}

const frontMatterField = StateField.define<DecorationSet>({
  create: frontMatterMarks,
  update: (marks, transaction) => (transaction.docChanged ? frontMatterMarks(transaction.state) : marks),
  provide: (field) => EditorView.decorations.from(field),
});

/** Where the reload and programmatic moves come from, so listeners can tell them from typing. */
const programmatic = 'docent.programmatic';

export class MarkdownEditor {
  readonly view: EditorView;
  private lastCursorLine = 0;
  private readonly extensions: Extension[];

  constructor(parent: HTMLElement, text: string, events: MarkdownEditorEvents) {
    const listener = EditorView.updateListener.of((update) => {
      if (update.docChanged) events.changed(update.state.doc.toString());
      if (update.selectionSet || update.docChanged) {
        const line = update.state.doc.lineAt(update.state.selection.main.head).number;
        const moved = update.transactions.some((transaction) => transaction.isUserEvent(programmatic));
        if (line !== this.lastCursorLine) {
          this.lastCursorLine = line;
          if (!moved) events.cursorLine(line);
        }
      }
    });
    const extensions: Extension[] = [
      lineNumbers(),
      highlightActiveLineGutter(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      bracketMatching(),
      highlightSelectionMatches(),
      search({ top: true }),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      markdown(),
      EditorView.lineWrapping,
      frontMatterField,
      problemField,
      keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => (events.save(), true) }, ...searchKeymap, ...historyKeymap, ...defaultKeymap, indentWithTab]),
      EditorView.contentAttributes.of({ 'aria-label': 'Deck markdown', spellcheck: 'true' }),
      listener,
    ];
    this.extensions = extensions;
    this.view = new EditorView({ parent, state: EditorState.create({ doc: text, extensions }) });
  }

  /** Starts over with another deck's text: a fresh undo history, so undo cannot bring back another deck. */
  reset(text: string): void {
    this.lastCursorLine = 1;
    this.view.setState(EditorState.create({ doc: text, extensions: this.extensions }));
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  get cursorLine(): number {
    const state = this.view.state;
    return state.doc.lineAt(state.selection.main.head).number;
  }

  /**
   * Replaces the text with another version (a reload from disk, a recovered copy) as one undoable
   * change touching only the part that differs, so the cursor stays where it was.
   */
  replaceText(next: string): void {
    const current = this.view.state.doc.toString();
    if (current === next) return;
    let start = 0;
    const shortest = Math.min(current.length, next.length);
    while (start < shortest && current.charCodeAt(start) === next.charCodeAt(start)) start++;
    let end = 0;
    while (end < shortest - start && current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
    this.view.dispatch({
      changes: { from: start, to: current.length - end, insert: next.slice(start, next.length - end) },
      annotations: [Transaction.userEvent.of(programmatic), Transaction.addToHistory.of(true)],
    });
  }

  /** Puts the cursor at the start of a line and scrolls it into view, without taking the focus. */
  goToLine(line: number): void {
    const doc = this.view.state.doc;
    const target = doc.line(Math.min(Math.max(1, line), doc.lines));
    this.lastCursorLine = target.number;
    this.view.dispatch({
      selection: { anchor: target.from },
      effects: EditorView.scrollIntoView(target.from, { y: 'start', yMargin: 24 }),
      annotations: Transaction.userEvent.of(programmatic),
    });
  }

  showProblems(problems: DeckProblem[]): void {
    this.view.dispatch({ effects: setProblems.of(problems) });
  }

  focus(): void {
    this.view.focus();
  }

  destroy(): void {
    this.view.destroy();
  }
}
