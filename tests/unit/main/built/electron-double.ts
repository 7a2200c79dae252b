// A recording double of the `electron` module for the main process, small and typed against
// Electron's own definitions: a member Electron lacks does not compile. It enforces what Electron
// enforces (schemes before ready, windows and protocol handlers after, one handler per channel).
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Electron, Like, OnlyElectron } from './electron-types';
import { Recorder, type DialogKind } from './recorder';
import { browserWindowClass, electronEvent, type BrowserWindowDouble } from './window-double';

class AppDouble extends EventEmitter implements Like<Electron.App> {
  #recorder: Recorder;
  #ready: Promise<void>;
  #becomeReady: () => void = () => undefined;

  constructor(recorder: Recorder) {
    super();
    this.#recorder = recorder;
    this.#ready = new Promise((resolve) => (this.#becomeReady = resolve));
  }

  get isPackaged(): boolean {
    return this.#recorder.isPackaged;
  }

  requestSingleInstanceLock(): boolean {
    this.#recorder.lockRequests += 1;
    return this.#recorder.lockGranted;
  }

  whenReady(): Promise<void> {
    return this.#ready;
  }

  isReady(): boolean {
    return this.#recorder.ready;
  }

  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    const folder = this.#recorder.paths[name];
    if (!folder) throw new Error(`the test gave no path for ${name}`);
    return folder;
  }

  /** Electron's order: before-quit, every window closes (any may refuse), will-quit, quit. */
  quit(): void {
    const recorder = this.#recorder;
    recorder.quitCalls.push(recorder.next());
    if (!recorder.ready) return void (recorder.quitted = true);
    if (recorder.quitting || recorder.quitted) return;
    const beforeQuit = electronEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    recorder.quitting = true;
    for (const record of recorder.liveWindows()) record.window.close();
    recorder.quitting = false;
    if (recorder.liveWindows().length > 0) return;
    const willQuit = electronEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    recorder.quitted = true;
    this.emit('quit', electronEvent(), 0);
  }

  /** The test's side: Electron has finished launching. */
  static becomeReady(app: AppDouble, recorder: Recorder): void {
    recorder.ready = true;
    app.emit('ready', electronEvent(), {});
    app.#becomeReady();
  }
}

class MenuDouble implements Like<Electron.Menu> {
  readonly items: Electron.MenuItemConstructorOptions[];
  constructor(items: Electron.MenuItemConstructorOptions[]) {
    this.items = items;
  }
}

function menuClass(recorder: Recorder) {
  return class Menu extends MenuDouble {
    static buildFromTemplate(template: Array<Electron.MenuItemConstructorOptions | Electron.MenuItem>): MenuDouble {
      const items = template as Electron.MenuItemConstructorOptions[];
      recorder.menus.push({ at: recorder.next(), template: items });
      return new MenuDouble(items);
    }

    static setApplicationMenu(menu: MenuDouble | null): void {
      recorder.applicationMenu = menu?.items ?? null;
    }
  };
}

function dialogDouble(recorder: Recorder) {
  type WindowThenOptions<Options> = [Electron.BaseWindow, Options] | [Options];
  const ask = <Options extends object>(kind: DialogKind, args: WindowThenOptions<Options>, cancelled: (options: Options) => unknown) => {
    const [window, options] = args.length === 2 ? args : [null, args[0]];
    const expected = recorder.answers[kind].length > 0;
    recorder.dialogs.push({
      at: recorder.next(),
      kind,
      options: options as never,
      window: window ? (window as unknown as BrowserWindowDouble).id : null,
      expected,
    });
    return expected ? recorder.answers[kind].shift() : cancelled(options);
  };
  const cancelButton = (options: Electron.MessageBoxOptions) => options.cancelId ?? options.buttons?.length ?? 0;
  return {
    showOpenDialog: async (...args: WindowThenOptions<Electron.OpenDialogOptions>) => ask('showOpenDialog', args, () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: async (...args: WindowThenOptions<Electron.SaveDialogOptions>) => ask('showSaveDialog', args, () => ({ canceled: true, filePath: '' })),
    showMessageBox: async (...args: WindowThenOptions<Electron.MessageBoxOptions>) =>
      ask('showMessageBox', args, (options) => ({ response: cancelButton(options), checkboxChecked: false })),
    showMessageBoxSync: (...args: WindowThenOptions<Electron.MessageBoxSyncOptions>) => ask('showMessageBoxSync', args, cancelButton) as number,
    showErrorBox(title: string, content: string) {
      recorder.errorBoxes.push({ title, content });
    },
  } satisfies Like<Electron.Dialog>;
}

class ScreenDouble extends EventEmitter implements Like<Electron.Screen> {
  #recorder: Recorder;
  constructor(recorder: Recorder) {
    super();
    this.#recorder = recorder;
  }

  getAllDisplays() {
    if (!this.#recorder.ready) throw new Error("The 'screen' module can't be used before the app 'ready' event");
    return structuredClone(this.#recorder.displays);
  }

  getPrimaryDisplay() {
    const primary = this.getAllDisplays().find((display) => display.id === this.#recorder.primaryDisplay);
    if (!primary) throw new Error('the test has no primary display');
    return primary;
  }
}

export function createElectronDouble(recorder = new Recorder()) {
  const app = new AppDouble(recorder);
  recorder.app = app;
  const electron = {
    app,
    BrowserWindow: browserWindowClass(recorder),
    Menu: menuClass(recorder),
    dialog: dialogDouble(recorder),
    screen: new ScreenDouble(recorder),
    ipcMain: {
      handle(channel: string, listener: (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown) {
        recorder.handleCalls.push({ at: recorder.next(), channel });
        if (recorder.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        recorder.handlers.set(channel, { at: recorder.next(), listener });
      },
      removeHandler(channel: string) {
        recorder.handlers.delete(channel);
      },
    } satisfies Like<Electron.IpcMain>,
    protocol: {
      registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]) {
        if (recorder.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
        recorder.schemes.push({ at: recorder.next(), ready: recorder.ready, schemes: structuredClone(schemes) });
      },
      handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
        if (!recorder.ready) throw new Error("The 'protocol' module can't be used before the app 'ready' event");
        if (recorder.protocols.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
        recorder.protocols.set(scheme, { at: recorder.next(), handler });
      },
    } satisfies Like<Electron.Protocol>,
    net: {
      // Docent is offline: only files are fetched; anything else fails as it would without a network.
      async fetch(input: string | Request) {
        const url = typeof input === 'string' ? input : input.url;
        if (!url.startsWith('file:')) throw new TypeError(`net::ERR_INTERNET_DISCONNECTED fetching ${url}`);
        return new Response(await readFile(fileURLToPath(url)));
      },
    } satisfies Like<Electron.Net>,
    shell: {
      async openExternal(url: string) {
        recorder.external.push(url);
      },
    } satisfies Like<Electron.Shell>,
  };
  return {
    recorder,
    electron: electron satisfies Like<typeof Electron>,
    /** Electron has finished launching: `ready` and whenReady(). */
    becomeReady: () => AppDouble.becomeReady(app, recorder),
  };
}

export type ElectronDouble = ReturnType<typeof createElectronDouble>;

// The compiler holds the double to Electron's names.
export const checked: [
  OnlyElectron<AppDouble, Electron.App>,
  OnlyElectron<ScreenDouble, Electron.Screen>,
  OnlyElectron<ReturnType<typeof menuClass>, typeof Electron.Menu>,
  OnlyElectron<ReturnType<typeof dialogDouble>, Electron.Dialog>,
  OnlyElectron<ReturnType<typeof createElectronDouble>['electron'], typeof Electron>,
] = [true, true, true, true, true];
