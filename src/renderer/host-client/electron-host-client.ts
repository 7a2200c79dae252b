// DocentHost over the preload bridge (window.docent), which forwards each call to the main process.
import { apiNames, type ApiName, type DocentHost, type EventName, type EventPayload } from '../../shared/api';
import type { DocentBridge } from '../../preload/bridge-types';
import { DocentError } from '../../core/errors';

export function createElectronHostClient(bridge: DocentBridge): DocentHost {
  const call = async (name: ApiName, request: unknown): Promise<unknown> => {
    const result = await bridge.invoke(name, request ?? {});
    if (!result.ok) throw DocentError.fromWire(result.error, 'the app did not answer');
    return result.value;
  };
  const methods = Object.fromEntries(apiNames.map((name) => [name, (request: unknown) => call(name, request)]));
  return {
    ...(methods as unknown as Omit<DocentHost, 'on' | 'assetUrl' | 'kind'>),
    kind: 'electron',
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      return bridge.on(event, listener as (payload: unknown) => void);
    },
    assetUrl(relativePath: string) {
      return `docent-deck://deck/${relativePath.split('/').map(encodeURIComponent).join('/')}`;
    },
  };
}
