// One run of the built main process against a fresh Electron double, with what a test needs to
// drive it as a user would: the menu, the page's bridge, second instances, screens.
import type { DocentBridge } from '../../../../src/preload/bridge-types';
import { createElectronDouble, type ElectronDouble } from './electron-double';
import type { Electron } from './electron-types';
import { loadBuiltMain } from './load-built-main';
import type { DisplayRecord, Recorder } from './recorder';
import { electronEvent, type WindowRecord } from './window-double';

export interface SessionOptions {
  bundle: string;
  userData: string;
  /** process.argv as Electron would give it to the main process. */
  argv: string[];
  displays: DisplayRecord[];
  lockGranted?: boolean;
  isPackaged?: boolean;
  /** Unhandled rejections are this session's alone (a deliberately broken app): the test runner does not hear them. */
  keepRejections?: boolean;
}

export class AppSession {
  readonly double: ElectronDouble;
  readonly recorder: Recorder;
  readonly rejections: unknown[] = [];
  private readonly onRejection = (reason: unknown) => this.rejections.push(reason);
  private savedArgv = process.argv;
  private otherRejectionListeners: NodeJS.UnhandledRejectionListener[] = [];

  private constructor(options: SessionOptions) {
    this.double = createElectronDouble();
    this.recorder = this.double.recorder;
    this.recorder.paths.userData = options.userData;
    this.recorder.displays = options.displays;
    this.recorder.primaryDisplay = options.displays[0]?.id ?? 0;
    this.recorder.lockGranted = options.lockGranted ?? true;
    this.recorder.isPackaged = options.isPackaged ?? false;
  }

  /** Loads the bundle: its top level runs, as before Electron's `ready`. */
  static async start(options: SessionOptions): Promise<AppSession> {
    const session = new AppSession(options);
    if (options.keepRejections) {
      session.otherRejectionListeners = process.listeners('unhandledRejection');
      process.removeAllListeners('unhandledRejection');
    }
    process.on('unhandledRejection', session.onRejection);
    // The main process reads its command line after `ready`; it stays in place until the session ends.
    process.argv = options.argv;
    await loadBuiltMain(options.bundle, session.double);
    return session;
  }

  end(): void {
    process.argv = this.savedArgv;
    process.off('unhandledRejection', this.onRejection);
    for (const listener of this.otherRejectionListeners.splice(0)) process.on('unhandledRejection', listener);
  }

  ready(): void {
    this.double.becomeReady();
  }

  get windows(): WindowRecord[] {
    return this.recorder.liveWindows();
  }

  window(page: '/' | '/speaker'): WindowRecord {
    const found = this.windows.find((record) => new URL(record.loads.at(-1)?.url ?? 'app://none/').pathname === page);
    if (!found) throw new Error(`no open window shows ${page}`);
    return found;
  }

  /** window.docent in that window's page, as its preload exposed it. */
  bridge(record: WindowRecord): DocentBridge {
    const bridge = record.preload?.exposed.get('docent');
    if (!bridge) throw new Error(`window ${record.id} has no bridge (${record.preloadError ?? 'the preload did not expose one'})`);
    return bridge as DocentBridge;
  }

  /** Calls the API from the audience window's page and unwraps the bridge's result. */
  async call(name: Parameters<DocentBridge['invoke']>[0], request: unknown = {}, record = this.window('/')): Promise<unknown> {
    const result = await this.bridge(record).invoke(name, request);
    if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
    return result.value;
  }

  async deckFolder(): Promise<string> {
    return ((await this.call('getDeck')) as { folder: string }).folder;
  }

  /** Clicks File → Open Deck… and the like, in the application menu as last set. */
  clickMenu(...labels: string[]): void {
    let items = this.recorder.applicationMenu ?? [];
    let item: Electron.MenuItemConstructorOptions | undefined;
    for (const label of labels) {
      item = items.find((each) => each.label === label || each.role === label);
      if (!item) throw new Error(`no menu item ${labels.join(' → ')} (at ${label}: ${items.map((each) => each.label ?? each.role).join(', ')})`);
      items = Array.isArray(item.submenu) ? (item.submenu as Electron.MenuItemConstructorOptions[]) : [];
    }
    if (item?.enabled === false) throw new Error(`${labels.join(' → ')} is disabled`);
    if (item?.role === 'quit') return void this.double.electron.app.quit();
    if (!item?.click) throw new Error(`${labels.join(' → ')} does nothing`);
    (item.click as () => void)();
  }

  /** Another `docent` process was started with this command line and handed it over. */
  secondInstance(argv: string[]): void {
    this.double.electron.app.emit('second-instance', electronEvent(), argv, process.cwd(), {});
  }

  displaysChange(event: 'display-added' | 'display-removed', displays: DisplayRecord[], changed: DisplayRecord): void {
    this.recorder.displays = displays;
    this.double.electron.screen.emit(event, electronEvent(), changed);
  }

  /** Waits (polling) until `check` holds; fails naming what was awaited. */
  async until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await check()) return;
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

export function display(id: number, x: number, width: number, height: number, internal: boolean): DisplayRecord {
  const bounds = { x, y: 0, width, height };
  return { id, bounds, workArea: { ...bounds, height: height - 40 }, internal };
}
