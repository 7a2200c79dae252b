// Pairing a phone as a remote: the presenter's QR code carries a one-time link with a fresh random
// token that expires; a phone that presents it gets a device key of its own, which every later
// request must carry. A token works for as many phones as the presenter allowed (one by default),
// once each; an expired, reused or unknown token gets a refusal and nothing else.
import { randomBytes, timingSafeEqual } from 'node:crypto';

export interface PairedDevice {
  id: string;
  /** What the phone calls itself ("Android phone"), for the presenter's list. */
  name: string;
  pairedAt: number;
}

export type PairingRefusal = 'unknown' | 'expired' | 'used';

export const refusalText: Record<PairingRefusal | 'unpaired', string> = {
  unknown: 'Docent: this pairing link is not valid. Scan the QR code in the speaker view.',
  expired: 'Docent: this pairing link has expired. Ask the presenter for a new QR code.',
  used: 'Docent: this pairing link was already used. Ask the presenter for a new QR code.',
  unpaired: 'Docent: this device is not paired (or was disconnected). Scan the QR code in the speaker view.',
};

interface Offer {
  token: string;
  expiresAt: number;
  /** Phones the token may still pair. */
  left: number;
}

const secret = (bytes: number) => randomBytes(bytes).toString('base64url');

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export class RemotePairing {
  private offer: Offer | null = null;
  private readonly devices = new Map<string, PairedDevice & { key: string }>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** A fresh token (the last one stops working). */
  issue(options: { devices: number; ttlMs: number }): { token: string; expiresAt: number } {
    const offer = { token: secret(24), expiresAt: this.now() + options.ttlMs, left: Math.max(1, Math.floor(options.devices)) };
    this.offer = offer;
    return { token: offer.token, expiresAt: offer.expiresAt };
  }

  get offerExpiresAt(): number | null {
    return this.offer && this.offer.expiresAt > this.now() && this.offer.left > 0 ? this.offer.expiresAt : null;
  }

  pair(token: string, name: string): { key: string; device: PairedDevice } | { refused: PairingRefusal } {
    const offer = this.offer;
    if (!offer || !same(token, offer.token)) return { refused: 'unknown' };
    if (this.now() >= offer.expiresAt) return { refused: 'expired' };
    if (offer.left <= 0) return { refused: 'used' };
    offer.left -= 1;
    const device = { id: secret(6), name: name.replace(/[^\p{L}\p{N} ._()-]/gu, '').slice(0, 60) || 'Phone', pairedAt: this.now() };
    const key = secret(32);
    this.devices.set(device.id, { ...device, key });
    return { key, device };
  }

  /** The paired device a request's key belongs to, or null. */
  deviceFor(key: string | null | undefined): PairedDevice | null {
    if (!key) return null;
    for (const device of this.devices.values()) {
      if (same(key, device.key)) return { id: device.id, name: device.name, pairedAt: device.pairedAt };
    }
    return null;
  }

  list(): PairedDevice[] {
    return [...this.devices.values()].map(({ id, name, pairedAt }) => ({ id, name, pairedAt }));
  }

  /** The presenter cuts a device off: its key stops working at once. */
  disconnect(id: string): boolean {
    return this.devices.delete(id);
  }

  /** Everything forgotten: the offer and every device (the listener closed). */
  clear(): void {
    this.offer = null;
    this.devices.clear();
  }
}
