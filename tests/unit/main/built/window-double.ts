// BrowserWindow and its webContents, as far as the main process can tell them apart from the real
// ones: loading goes through the app's registered protocol handler, the preload runs sandboxed,
// closing asks the page (which may refuse to unload) and IPC reaches ipcMain's handlers.
import { EventEmitter } from 'node:events';
import type { Electron, Like, OnlyElectron } from './electron-types';
import type { Recorder } from './recorder';
import { deliver, runSandboxedPreload, type PreloadRun } from './sandboxed-preload';

/** What the test makes a page do: the renderer itself is not run here. */
export interface PageBehaviour {
  /** The page's beforeunload handler refuses (the editor holds unsaved text). */
  refusesUnload?: boolean;
  /** Answers webContents.executeJavaScript. */
  evaluate?(expression: string): unknown;
  /** Answers webContents.printToPDF. */
  pdf?(): Promise<Uint8Array>;
}

export interface WindowRecord {
  id: number;
  at: number;
  options: Electron.BrowserWindowConstructorOptions;
  window: BrowserWindowDouble;
  contents: WebContentsDouble;
  loads: { at: number; url: string; status: number; headers: Headers }[];
  windowOpenHandler: ((details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse) | null;
  permissionHandler: unknown;
  preload: PreloadRun | null;
  preloadError: string | null;
  sent: { channel: string; args: unknown[] }[];
  page: PageBehaviour;
  visible: boolean;
  fullScreen: boolean;
  maximized: boolean;
  bounds: Electron.Rectangle;
  progress: number[];
  backgroundThrottling: boolean;
  destroyed: boolean;
}

/** Electron's Event: listeners may call preventDefault. */
export function electronEvent(): Electron.Event & { defaultPrevented: boolean } {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

let nextId = 1;

export class WebContentsDouble extends EventEmitter implements Like<Electron.WebContents> {
  readonly id: number;
  readonly session: Like<Electron.Session>;
  #record: () => WindowRecord;

  constructor(record: () => WindowRecord) {
    super();
    this.#record = record;
    this.id = nextId++;
    this.session = {
      setPermissionRequestHandler: (handler) => {
        this.#record().permissionHandler = handler;
      },
    };
  }

  setWindowOpenHandler(handler: (details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse): void {
    this.#record().windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    const record = this.#record();
    if (record.destroyed) throw new Error('Object has been destroyed');
    record.sent.push({ channel, args: structuredClone(args) });
    if (record.preload) deliver(record.preload, channel, args);
  }

  setBackgroundThrottling(allowed: boolean): void {
    this.#record().backgroundThrottling = allowed;
  }

  async executeJavaScript(code: string): Promise<unknown> {
    const { page } = this.#record();
    if (!page.evaluate) throw new Error(`this test's page does not evaluate scripts: ${code}`);
    return structuredClone(await page.evaluate(code));
  }

  async printToPDF(options: Electron.PrintToPDFOptions): Promise<Buffer> {
    const { page } = this.#record();
    if (!page.pdf) throw new Error('this test\'s page does not print');
    void options;
    return Buffer.from(await page.pdf());
  }

  isDestroyed(): boolean {
    return this.#record().destroyed;
  }

  getURL(): string {
    return this.#record().loads.at(-1)?.url ?? '';
  }

}

/** A call from a window's page, as ipcRenderer.invoke makes it: ipcMain's handler answers, or Electron's error. */
export async function invokeFrom(recorder: Recorder, record: WindowRecord, channel: string, args: unknown[]): Promise<unknown> {
  const handler = recorder.handlers.get(channel);
  if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
  const url = record.loads.at(-1)?.url ?? '';
  const event = { sender: record.contents, senderFrame: { url }, frameId: 1, processId: 1 } as unknown as Electron.IpcMainInvokeEvent;
  return handler.listener(event, ...args);
}

/** The instance side; `browserWindowClass` binds it to a recorder and adds Electron's statics. */
export class BrowserWindowDouble extends EventEmitter implements Like<Electron.BrowserWindow> {
  readonly id: number;
  readonly webContents: WebContentsDouble;
  #record: WindowRecord;
  #recorder: Recorder;

  constructor(recorder: Recorder, options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    this.#recorder = recorder;
    if (!recorder.ready) throw new Error('Cannot create BrowserWindow before app is ready');
    this.id = nextId++;
    this.webContents = new WebContentsDouble(() => this.#record);
    this.#record = {
      id: this.id,
      at: recorder.next(),
      options: structuredClone(options),
      window: this,
      contents: this.webContents,
      loads: [],
      windowOpenHandler: null,
      permissionHandler: null,
      preload: null,
      preloadError: null,
      sent: [],
      page: {},
      visible: options.show ?? true,
      fullScreen: false,
      maximized: false,
      bounds: { x: 0, y: 0, width: options.width ?? 800, height: options.height ?? 600 },
      progress: [],
      backgroundThrottling: true,
      destroyed: false,
    };
    recorder.windows.push(this.#record);
    if (this.#record.visible) recorder.focused = this.#record;
  }

  async loadURL(url: string): Promise<void> {
    const recorder = this.#recorder;
    const record = this.#record;
    const at = recorder.next();
    const scheme = new URL(url).protocol.replace(/:$/, '');
    const handler = recorder.protocols.get(scheme);
    if (!handler) throw new Error(`ERR_UNKNOWN_URL_SCHEME (-302) loading '${url}'`);
    const response = await handler.handler(new Request(url));
    if (record.destroyed) throw new Error(`ERR_ABORTED (-3) loading '${url}'`);
    record.loads.push({ at, url, status: response.status, headers: response.headers });
    record.page = recorder.pageFor(url);
    if (!response.ok) throw new Error(`ERR_FILE_NOT_FOUND (-6) loading '${url}'`);
    // The preload runs before the page's scripts, in every page the window loads.
    const preload = record.options.webPreferences?.preload;
    record.preload = null;
    record.preloadError = null;
    if (preload) {
      try {
        record.preload = runSandboxedPreload(preload, (channel, args) => invokeFrom(recorder, record, channel, args));
      } catch (error) {
        // Electron logs a failed preload and goes on loading the page, which then has no bridge.
        record.preloadError = String(error);
      }
    }
    this.webContents.emit('did-finish-load');
  }

  isDestroyed(): boolean {
    return this.#record.destroyed;
  }

  /** Like a click on the window's close button: the page may refuse to unload, main may override. */
  close(): void {
    const record = this.#record;
    if (record.destroyed) return;
    const closing = electronEvent();
    this.emit('close', closing);
    if (closing.defaultPrevented) return;
    if (record.page.refusesUnload) {
      const overriding = electronEvent();
      this.webContents.emit('will-prevent-unload', overriding);
      if (!overriding.defaultPrevented) return;
    }
    this.destroy();
  }

  destroy(): void {
    const recorder = this.#recorder;
    const record = this.#record;
    if (record.destroyed) return;
    record.destroyed = true;
    if (recorder.focused === record) recorder.focused = [...recorder.liveWindows()].reverse().find((each) => each.visible) ?? null;
    this.emit('closed');
    this.webContents.emit('destroyed');
    if (recorder.liveWindows().length === 0 && !recorder.quitting) recorder.app.emit('window-all-closed');
  }

  show(): void {
    this.#record.visible = true;
    this.#recorder.focused = this.#record;
  }

  focus(): void {
    this.#recorder.focused = this.#record;
  }

  isVisible(): boolean {
    return this.#record.visible;
  }

  isFullScreen(): boolean {
    return this.#record.fullScreen;
  }

  setFullScreen(flag: boolean): void {
    this.#record.fullScreen = flag;
  }

  isMaximized(): boolean {
    return this.#record.maximized;
  }

  unmaximize(): void {
    this.#record.maximized = false;
  }

  setBounds(bounds: Partial<Electron.Rectangle>): void {
    // Electron refuses to move a full-screen window (on macOS it silently stays where it is).
    if (this.#record.fullScreen) throw new Error('a full-screen window was moved');
    this.#record.bounds = { ...this.#record.bounds, ...bounds };
  }

  getBounds(): Electron.Rectangle {
    return { ...this.#record.bounds };
  }

  setProgressBar(progress: number): void {
    this.#record.progress.push(progress);
  }
}

/** The BrowserWindow class the app gets: new windows and Electron's static look-ups over one recorder. */
export function browserWindowClass(recorder: Recorder) {
  return class BrowserWindow extends BrowserWindowDouble {
    constructor(options?: Electron.BrowserWindowConstructorOptions) {
      super(recorder, options);
    }

    static getAllWindows(): BrowserWindowDouble[] {
      return recorder.liveWindows().map((record) => record.window);
    }

    static getFocusedWindow(): BrowserWindowDouble | null {
      const focused = recorder.focused;
      return focused && !focused.destroyed ? focused.window : null;
    }
  };
}

// The compiler holds the double to Electron's names.
export const checkedWindow: OnlyElectron<BrowserWindowDouble, Electron.BrowserWindow> = true;
export const checkedWindowStatics: OnlyElectron<ReturnType<typeof browserWindowClass>, typeof Electron.BrowserWindow> = true;
export const checkedContents: OnlyElectron<WebContentsDouble, Electron.WebContents> = true;
