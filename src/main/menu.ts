// The application menu. Commands that concern the slides are sent to the focused window's renderer.
import { Menu, type MenuItemConstructorOptions, BrowserWindow } from 'electron';
import type { RecentDeck } from '../shared/api';

export interface MenuActions {
  openDeck(): void;
  openRecent(folder: string): void;
  /** File → Export PDF…: asks for options and a file, then exports in the background. */
  exportPdf(): void;
  recent(): Promise<RecentDeck[]>;
}

function sendCommand(command: string): void {
  BrowserWindow.getFocusedWindow()?.webContents.send('docent:command', command);
}

export async function buildMenu(actions: MenuActions): Promise<void> {
  const recent = await actions.recent();
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Deck…', accelerator: 'CmdOrCtrl+O', click: () => actions.openDeck() },
        {
          label: 'Open Recent',
          submenu: recent.length ? recent.map((deck) => ({ label: deck.title, sublabel: deck.folder, click: () => actions.openRecent(deck.folder) })) : [{ label: 'No recent decks', enabled: false }],
        },
        { type: 'separator' },
        { label: 'Export PDF…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportPdf() },
        { type: 'separator' },
        { role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { label: 'Fullscreen', accelerator: process.platform === 'darwin' ? 'Ctrl+Cmd+F' : 'F11', click: () => { const window = BrowserWindow.getFocusedWindow(); window?.setFullScreen(!window.isFullScreen()); } },
        { label: 'Overview', accelerator: 'O', registerAccelerator: false, click: () => sendCommand('overview') },
        { label: 'Edit', accelerator: 'E', registerAccelerator: false, click: () => sendCommand('edit') },
        { type: 'separator' },
        { role: 'toggleDevTools' },
      ],
    },
    { label: 'Help', submenu: [{ label: 'Keyboard Shortcuts', accelerator: '?', registerAccelerator: false, click: () => sendCommand('help') }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
