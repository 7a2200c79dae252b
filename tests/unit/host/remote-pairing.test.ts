import type { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { RemotePairing } from '../../../src/host/remote/pairing';
import { networkChoices, isOwnAddress } from '../../../src/host/remote/network-interfaces';
import { PhoneRemote } from '../../../src/host/remote/phone-remote';

describe('RemotePairing', () => {
  it('pairs one phone per link by default, once, and refuses the link after', () => {
    const pairing = new RemotePairing(() => 1000);
    const { token } = pairing.issue({ devices: 1, ttlMs: 60_000 });
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const paired = pairing.pair(token, 'Android phone');
    if ('refused' in paired) throw new Error('refused');
    expect(pairing.deviceFor(paired.key)).toMatchObject({ name: 'Android phone' });
    expect(pairing.pair(token, 'Another')).toEqual({ refused: 'used' });
    expect(pairing.pair('x'.repeat(32), 'Another')).toEqual({ refused: 'unknown' });
    expect(pairing.deviceFor('nope')).toBeNull();
    expect(pairing.deviceFor(token)).toBeNull();
  });

  it('refuses an expired link, and an older link once a new one is issued', () => {
    let now = 0;
    const pairing = new RemotePairing(() => now);
    const old = pairing.issue({ devices: 1, ttlMs: 10_000 }).token;
    const fresh = pairing.issue({ devices: 1, ttlMs: 10_000 }).token;
    expect(fresh).not.toBe(old);
    expect(pairing.pair(old, 'Phone')).toEqual({ refused: 'unknown' });
    now = 10_000;
    expect(pairing.pair(fresh, 'Phone')).toEqual({ refused: 'expired' });
    expect(pairing.offerExpiresAt).toBeNull();
  });

  it('pairs as many phones as the presenter allowed; cutting one off or clearing ends its key', () => {
    const pairing = new RemotePairing(() => 0);
    const { token } = pairing.issue({ devices: 2, ttlMs: 60_000 });
    const first = pairing.pair(token, 'One');
    const second = pairing.pair(token, 'Two <script>');
    expect(pairing.pair(token, 'Three')).toEqual({ refused: 'used' });
    if ('refused' in first || 'refused' in second) throw new Error('refused');
    expect(pairing.list().map((device) => device.name)).toEqual(['One', 'Two script']);
    expect(pairing.disconnect(first.device.id)).toBe(true);
    expect(pairing.deviceFor(first.key)).toBeNull();
    expect(pairing.deviceFor(second.key)).not.toBeNull();
    pairing.clear();
    expect(pairing.deviceFor(second.key)).toBeNull();
  });
});

describe('network choices', () => {
  const interfaces = {
    lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '255.0.0.0', mac: '', cidr: null }],
    wlan0: [
      { address: '192.168.1.20', family: 'IPv4', internal: false, netmask: '255.255.255.0', mac: '', cidr: null },
      { address: 'fe80::1', family: 'IPv6', internal: false, netmask: '', mac: '', cidr: null, scopeid: 1 },
    ],
  } as unknown as ReturnType<typeof networkInterfaces>;
  it('offers this machine’s IPv4 addresses, networks first and loopback last, and nothing else', () => {
    expect(networkChoices(interfaces)).toEqual([
      { name: 'wlan0', address: '192.168.1.20', internal: false },
      { name: 'lo', address: '127.0.0.1', internal: true },
    ]);
    expect(isOwnAddress('0.0.0.0', interfaces)).toBe(false);
    expect(isOwnAddress('192.168.1.20', interfaces)).toBe(true);
  });
});

describe('PhoneRemote', () => {
  it('listens nowhere until started, never on an address not this machine’s, and not after stop', async () => {
    const remote = new PhoneRemote({ rendererRoot: '/nonexistent', state: () => ({ title: null, slide: null, notes: null, paused: false, timer: null }), command: () => undefined });
    expect(remote.status().listening).toBe(false);
    await expect(remote.start('0.0.0.0', 1)).rejects.toThrow(/not an address of this computer/);
    expect(remote.status().listening).toBe(false);
    const offer = await remote.start('127.0.0.1', 1);
    expect(offer.pairUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/remote#pair=/);
    expect(offer.qrCode).toMatch(/^data:image\/png;base64,/);
    expect(remote.status()).toMatchObject({ listening: true, address: '127.0.0.1' });
    await remote.stop();
    expect(remote.status().listening).toBe(false);
    await expect(fetch(`http://127.0.0.1:${offer.port}/remote`)).rejects.toThrow();
  });
});
