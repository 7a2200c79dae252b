// The typed bridge: window.docent exposes exactly three functions. No Node, no raw ipcRenderer.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DocentBridge } from './bridge-types';

const bridge: DocentBridge = {
  invoke: (name, request) => ipcRenderer.invoke(`docent:${name}`, request),
  on(event, listener) {
    const handler = (_event: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on('docent:event', handler);
    return () => ipcRenderer.off('docent:event', handler);
  },
  onCommand(listener) {
    const handler = (_event: IpcRendererEvent, command: string, argument?: unknown) => listener(command, argument);
    ipcRenderer.on('docent:command', handler);
    return () => ipcRenderer.off('docent:command', handler);
  },
};

contextBridge.exposeInMainWorld('docent', bridge);
