// The Electron IPC adapter: each API call is a channel "docent:<name>", validated by its schema and
// answered by the same services the browser host uses. Only the app's own pages may call.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { api, apiNames, eventNames, type EventName } from '../shared/api';
import { DocentError, toWireError } from '../core/errors';
import type { DocentServices } from '../host/docent-services';
import type { BridgeResult } from '../preload/bridge-types';
import { isAppUrl } from './app-protocol';

export function registerIpc(services: DocentServices, windows: () => WebContents[]): () => void {
  for (const name of apiNames) {
    ipcMain.handle(`docent:${name}`, async (event: IpcMainInvokeEvent, request: unknown): Promise<BridgeResult> => {
      if (!isAppUrl(event.senderFrame?.url ?? '')) return { ok: false, error: new DocentError('REQUEST_INVALID', 'only Docent pages may call Docent').toWire() };
      const parsed = api[name].request.safeParse(request);
      if (!parsed.success) return { ok: false, error: new DocentError('REQUEST_INVALID', `bad ${name} request: ${parsed.error.issues[0]?.message ?? ''}`).toWire() };
      try {
        const call = services[name] as (request: unknown) => Promise<unknown>;
        return { ok: true, value: await call(parsed.data) };
      } catch (error) {
        return { ok: false, error: toWireError(error) };
      }
    });
  }
  const forward = (event: EventName) => (payload: unknown) => {
    for (const contents of windows()) contents.send('docent:event', event, payload);
  };
  const stops = eventNames.map((event) => services.events.on(event, forward(event)));
  return () => {
    stops.forEach((stop) => stop());
    for (const name of apiNames) ipcMain.removeHandler(`docent:${name}`);
  };
}
