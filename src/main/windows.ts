// Docent's windows: locked down (context isolation, sandbox, no Node), no navigation, no popups.
import { BrowserWindow, shell } from 'electron';
import { fileURLToPath } from 'node:url';
import { appOrigin, isAppUrl } from './app-protocol';
import { askBeforeClosingUnsaved } from './unsaved-edits';

const preload = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

export const secureWebPreferences = {
  preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
} as const;

export function createDeckWindow(page: '/' | '/speaker' = '/', options: { show?: boolean } = {}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 760,
    minWidth: 480,
    minHeight: 300,
    backgroundColor: '#111111',
    show: options.show ?? true,
    title: 'Docent',
    webPreferences: secureWebPreferences,
  });
  lockDown(window);
  askBeforeClosingUnsaved(window);
  window.loadURL(`${appOrigin}${page}`).catch((error: unknown) => {
    // A window closed while it loads aborts its load: nothing to report. Anything else is a broken build.
    if (!window.isDestroyed()) console.error(`Docent could not load ${page}:`, error);
  });
  return window;
}

/** No popups (web links go to the browser), no navigation away from the app, no <webview>, no permissions but full screen. */
export function lockDown(window: BrowserWindow): void {
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    // Links in a deck open in the user's browser, never inside Docent.
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === 'fullscreen'));
}
