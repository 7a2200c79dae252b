// Runs a preload bundle the way a sandboxed renderer does: as a CommonJS function in its own
// context, whose `require` knows only 'electron', and 'electron' offers only contextBridge and
// ipcRenderer. What the script exposes with contextBridge is what the page would see.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { EventEmitter } from 'node:events';
import type { Electron, Like } from './electron-types';

/** Answers ipcRenderer.invoke in place of the main process. */
export type InvokeRoute = (channel: string, args: unknown[]) => Promise<unknown>;

export interface PreloadRun {
  /** contextBridge.exposeInMainWorld calls: key → the value the page's window gets. */
  exposed: Map<string, unknown>;
  /** Every module the script asked `require` for. */
  required: string[];
  /** Channels the script listens on (ipcRenderer.on), with their listeners. */
  renderer: EventEmitter;
}

/** A message from main (webContents.send) to a window's preload listeners. */
export function deliver(run: PreloadRun, channel: string, args: unknown[]): void {
  // Electron passes the event first; arguments arrive structured-cloned.
  run.renderer.emit(channel, { sender: null }, ...structuredClone(args));
}

export function runSandboxedPreload(file: string, invoke: InvokeRoute): PreloadRun {
  const run: PreloadRun = { exposed: new Map(), required: [], renderer: new EventEmitter() };
  const contextBridge = {
    exposeInMainWorld(apiKey: string, api: unknown) {
      if (run.exposed.has(apiKey)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${apiKey}`);
      run.exposed.set(apiKey, api);
    },
  } satisfies Like<Electron.ContextBridge>;
  type Listener = Parameters<Electron.IpcRenderer['on']>[1];
  const ipcRenderer: Like<Electron.IpcRenderer> = {
    invoke: (channel: string, ...args: unknown[]) => invoke(channel, structuredClone(args)).then((value) => structuredClone(value)),
    on(channel: string, listener: Listener) {
      run.renderer.on(channel, listener);
      return ipcRenderer;
    },
    off(channel: string, listener: Listener) {
      run.renderer.off(channel, listener);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: Listener) {
      run.renderer.removeListener(channel, listener);
      return ipcRenderer;
    },
  };
  const electron = Object.freeze({ contextBridge, ipcRenderer });

  const require = (name: string): unknown => {
    run.required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`module not found: ${name} (a sandboxed preload can require only electron)`);
  };
  const module = { exports: {} as unknown };
  // A fresh context: none of this test's globals (process, Buffer, require) leak into it.
  const context = vm.createContext({ console });
  const wrapper = vm.runInContext(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, context, { filename: file }) as (
    ...args: unknown[]
  ) => void;
  wrapper(module.exports, require, module, file, file.replace(/[\\/][^\\/]*$/, ''));
  return run;
}
