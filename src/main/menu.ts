// The application menu. Commands that concern the slides are sent to the focused window's renderer.
import { Menu, type MenuItemConstructorOptions, BrowserWindow } from 'electron';
import type { RecentDeck } from '../shared/api';
import { keyIds, keyMap, menuAccelerator, type KeyBinding, type MenuEntry } from '../shared/key-map';

export interface MenuActions {
  openDeck(): void;
  /** File → New Deck from Document…: generates a deck from a .docx, .pdf, web page… and opens it. */
  newDeckFromDocument(): void;
  openRecent(folder: string): void;
  /** View → Speaker View (S): the presenter's window with notes, next slide and timer. */
  openSpeakerView(): void;
  /** View → Start Presenting: audience full screen on the external display, speaker view on the laptop's. */
  startPresenting(): void;
  stopPresenting(): void;
  /** File → Export → PDF…: asks for options and a file, then exports in the background. */
  exportPdf(): void;
  /** File → Export → PowerPoint… (.pptx), HTML (one file)… and Images (PNG)…: asks where, then exports in the background. */
  exportPptx(): void;
  exportHtml(): void;
  exportPng(): void;
  recent(): Promise<RecentDeck[]>;
}

function sendCommand(command: string): void {
  BrowserWindow.getFocusedWindow()?.webContents.send('docent:command', command);
}

/** The key map's items for one menu. The renderer answers the keys; the menu only shows them and sends the command. */
function keyMapItems(menu: MenuEntry['menu'], own: Partial<Record<string, () => void>> = {}): MenuItemConstructorOptions[] {
  return keyIds.flatMap((id) => {
    const binding = keyMap[id] as KeyBinding;
    if (binding.menu?.menu !== menu) return [];
    const { command, label } = binding.menu;
    const accelerator = menuAccelerator(id);
    return [{ label, ...(accelerator ? { accelerator, registerAccelerator: false } : {}), click: own[command] ?? (() => sendCommand(command)) }];
  });
}

export async function buildMenu(actions: MenuActions): Promise<void> {
  const recent = await actions.recent();
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Deck from Document…', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newDeckFromDocument() },
        { label: 'Open Deck…', accelerator: 'CmdOrCtrl+O', click: () => actions.openDeck() },
        {
          label: 'Open Recent',
          submenu: recent.length ? recent.map((deck) => ({ label: deck.title, sublabel: deck.folder, click: () => actions.openRecent(deck.folder) })) : [{ label: 'No recent decks', enabled: false }],
        },
        { type: 'separator' },
        {
          label: 'Export',
          submenu: [
            { label: 'PDF…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportPdf() },
            { label: 'PowerPoint…', click: () => actions.exportPptx() },
            { label: 'HTML (one file)…', click: () => actions.exportHtml() },
            { label: 'Images (PNG)…', click: () => actions.exportPng() },
          ],
        },
        { type: 'separator' },
        { role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { label: 'Fullscreen', accelerator: process.platform === 'darwin' ? 'Ctrl+Cmd+F' : 'F11', click: () => { const window = BrowserWindow.getFocusedWindow(); window?.setFullScreen(!window.isFullScreen()); } },
        ...keyMapItems('View', { speaker: () => actions.openSpeakerView() }),
        { type: 'separator' },
        { id: 'start-presenting', label: 'Start Presenting', accelerator: 'F5', click: () => actions.startPresenting() },
        { id: 'stop-presenting', label: 'Stop Presenting', accelerator: 'Shift+F5', click: () => actions.stopPresenting() },
        { type: 'separator' },
        { role: 'toggleDevTools' },
      ],
    },
    { label: 'Tools', submenu: keyMapItems('Tools') },
    { label: 'Help', submenu: keyMapItems('Help') },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
