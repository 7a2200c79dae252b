// "Use phone as remote" on the host's side: one listener at a time, on the address the presenter
// chose (one of this machine's own), a pairing link per request, the devices paired with it, and
// what they may see and do. Nothing listens until the presenter asks; stop() closes it all.
import QRCode from 'qrcode';
import { DocentError } from '../../core/errors';
import type { RemoteCommand, RemoteState, RemoteStatus } from '../../shared/api';
import { isOwnAddress } from './network-interfaces';
import { RemotePairing } from './pairing';
import { startRemoteServer, type RunningRemoteServer } from './remote-server';

export interface PhoneRemoteOptions {
  rendererRoot: string;
  state(): RemoteState;
  command(command: RemoteCommand): void;
  /** How long a pairing link works (DOCENT_REMOTE_PAIRING_SECONDS overrides, for tests). */
  linkLifetimeMs?: number;
  isOwnAddress?: (address: string) => boolean;
}

const defaultLinkLifetimeMs = 5 * 60 * 1000;

export class PhoneRemote {
  private server: RunningRemoteServer | null = null;
  private readonly pairing = new RemotePairing();
  private starting: Promise<RunningRemoteServer> | null = null;

  constructor(private readonly options: PhoneRemoteOptions) {}

  async start(address: string, devices: number): Promise<{ pairUrl: string; qrCode: string; expiresAt: number; address: string; port: number }> {
    if (!(this.options.isOwnAddress ?? isOwnAddress)(address)) throw new DocentError('REQUEST_INVALID', `${address} is not an address of this computer`);
    if (this.server && this.server.address !== address) await this.stop();
    this.starting ??= startRemoteServer({
      address,
      rendererRoot: this.options.rendererRoot,
      pairing: this.pairing,
      state: this.options.state,
      command: this.options.command,
    });
    try {
      this.server = await this.starting;
    } finally {
      this.starting = null;
    }
    const seconds = Number(process.env.DOCENT_REMOTE_PAIRING_SECONDS);
    const lifetime = this.options.linkLifetimeMs ?? (seconds > 0 ? seconds * 1000 : defaultLinkLifetimeMs);
    const { token, expiresAt } = this.pairing.issue({ devices, ttlMs: lifetime });
    // The token rides in the fragment: browsers never send it in a request line, so no server or
    // proxy log can hold it; the page hands it over in a POST body and drops it from the address.
    const pairUrl = `${this.server.origin}/remote#pair=${token}`;
    const qrCode = await QRCode.toDataURL(pairUrl, { errorCorrectionLevel: 'M', margin: 2, scale: 6 });
    return { pairUrl, qrCode, expiresAt, address: this.server.address, port: this.server.port };
  }

  status(): RemoteStatus {
    return { listening: this.server !== null, address: this.server?.address ?? null, devices: this.pairing.list(), offerExpiresAt: this.server ? this.pairing.offerExpiresAt : null };
  }

  disconnect(id: string): boolean {
    return this.pairing.disconnect(id);
  }

  async stop(): Promise<void> {
    this.pairing.clear();
    const server = this.server;
    this.server = null;
    await server?.close();
  }
}
