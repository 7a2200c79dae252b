// What the Electron double saw, in order, for the test to read. Every record carries `at`, a step
// number shared by all of them, so "registered before the first window loaded" is a comparison.
import type { EventEmitter } from 'node:events';
import type { Electron } from './electron-types';
import type { PageBehaviour, WindowRecord } from './window-double';

export type DialogKind = 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox' | 'showMessageBoxSync';

export interface DialogRecord {
  at: number;
  kind: DialogKind;
  options: Electron.MessageBoxOptions | Electron.OpenDialogOptions | Electron.SaveDialogOptions;
  /** The window the dialog was attached to, if any. */
  window: number | null;
  /** False when the test had not said what the user would answer (the dialog was cancelled). */
  expected: boolean;
}

export interface DisplayRecord {
  id: number;
  bounds: Electron.Rectangle;
  workArea: Electron.Rectangle;
  internal: boolean;
}

export class Recorder {
  /** The app double, which hears window-all-closed. */
  app!: EventEmitter;
  private step = 0;
  ready = false;
  lockGranted = true;
  lockRequests = 0;
  quitCalls: number[] = [];
  quitted = false;
  /** Windows are closing because the app quits (Electron then skips window-all-closed). */
  quitting = false;
  /** app.getPath answers. */
  paths: Partial<Record<string, string>> = {};
  isPackaged = false;
  schemes: { at: number; ready: boolean; schemes: Electron.CustomScheme[] }[] = [];
  handlers = new Map<string, { at: number; listener: (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown }>();
  /** Every ipcMain.handle call, including refused second registrations. */
  handleCalls: { at: number; channel: string }[] = [];
  protocols = new Map<string, { at: number; handler: (request: Request) => Response | Promise<Response> }>();
  windows: WindowRecord[] = [];
  focused: WindowRecord | null = null;
  menus: { at: number; template: Electron.MenuItemConstructorOptions[] }[] = [];
  applicationMenu: Electron.MenuItemConstructorOptions[] | null = null;
  dialogs: DialogRecord[] = [];
  /** What the user answers, dialog kind by kind, first in first out. */
  answers: Record<DialogKind, unknown[]> = { showOpenDialog: [], showSaveDialog: [], showMessageBox: [], showMessageBoxSync: [] };
  errorBoxes: { title: string; content: string }[] = [];
  external: string[] = [];
  /** What the page at a URL does (the renderer is not run); the test may change a window's page later. */
  pageFor: (url: string) => PageBehaviour = () => ({});
  displays: DisplayRecord[] = [];
  primaryDisplay = 0;

  next(): number {
    return ++this.step;
  }

  answer(kind: DialogKind, ...answers: unknown[]): void {
    this.answers[kind].push(...answers);
  }

  liveWindows(): WindowRecord[] {
    return this.windows.filter((record) => !record.destroyed);
  }
}
