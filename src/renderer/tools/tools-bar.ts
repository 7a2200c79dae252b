// The tools' buttons: laser, pen, highlighter, eraser, undo, clear, the pen's colours and "keep
// drawings". The same bar serves the speaker view (in its current-slide pane) and the audience
// window (in a corner, shown while the mouse moves).
import { keyMap, keysLabel, type KeyId } from '../../shared/key-map';
import { penColours } from './strokes';

export type ToolName = 'laser' | 'pen' | 'highlighter' | 'eraser';

export interface ToolsBarActions {
  choose(tool: ToolName): void;
  undo(): void;
  clear(): void;
  colour(colour: string): void;
  keep(): void;
}

export interface ToolsBar {
  element: HTMLElement;
  show(state: { tool: ToolName | null; colour: string }): void;
}

function button(label: string, text: string, key?: KeyId): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = 'docent-tool';
  node.textContent = text;
  node.setAttribute('aria-label', label);
  node.title = key ? `${label} (${keysLabel(keyMap[key])})` : label;
  return node;
}

export function buildToolsBar(actions: ToolsBarActions): ToolsBar {
  const element = document.createElement('div');
  element.className = 'docent-tools';
  element.setAttribute('role', 'toolbar');
  element.setAttribute('aria-label', 'Presenter tools');
  const tools: Array<[ToolName, string, string, KeyId]> = [
    ['laser', 'Laser pointer', '●', 'laser'],
    ['pen', 'Pen', '✎', 'pen'],
    ['highlighter', 'Highlighter', '▰', 'highlighter'],
    ['eraser', 'Eraser', '⌫', 'eraser'],
  ];
  const toolButtons = new Map<ToolName, HTMLButtonElement>();
  for (const [tool, label, text, key] of tools) {
    const node = button(label, text, key);
    node.dataset.tool = tool;
    node.addEventListener('click', () => actions.choose(tool));
    toolButtons.set(tool, node);
    element.append(node);
  }
  const undo = button('Undo drawing', '↶', 'undo');
  undo.addEventListener('click', () => actions.undo());
  const clear = button('Clear drawings', '✕', 'clear');
  clear.addEventListener('click', () => actions.clear());
  element.append(undo, clear);
  const swatches = penColours.map((colour) => {
    const node = button(`Pen colour ${colour}`, '');
    node.classList.add('docent-swatch');
    node.style.setProperty('--swatch', colour);
    node.dataset.colour = colour;
    node.addEventListener('click', () => actions.colour(colour));
    element.append(node);
    return node;
  });
  const keep = button('Keep drawings with the deck', 'Keep');
  keep.classList.add('docent-tool-keep');
  keep.addEventListener('click', () => actions.keep());
  element.append(keep);
  // Clicks on the bar are not clicks on the slide.
  element.addEventListener('pointerdown', (event) => event.stopPropagation());
  return {
    element,
    show({ tool, colour }) {
      for (const [name, node] of toolButtons) node.setAttribute('aria-pressed', String(name === tool));
      for (const node of swatches) node.setAttribute('aria-pressed', String(node.dataset.colour === colour));
    },
  };
}
