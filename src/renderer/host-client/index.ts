// Picks the host the page runs in: Electron (preload bridge present) or the browser host.
import type { DocentHost } from '../../shared/api';
import type { DocentBridge } from '../../preload/bridge-types';
import { createBrowserHostClient } from './browser-host-client';
import { createElectronHostClient } from './electron-host-client';

export function connectToHost(): DocentHost {
  const bridge = (window as unknown as { docent?: DocentBridge }).docent;
  return bridge ? createElectronHostClient(bridge) : createBrowserHostClient();
}
