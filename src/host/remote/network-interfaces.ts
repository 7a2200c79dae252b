// The addresses the phone remote may listen on: this machine's own IPv4 interfaces, never a
// wildcard. The presenter picks one (the Wi-Fi the phone is on); loopback is offered for trying it
// out on this computer.
import os from 'node:os';

export interface NetworkChoice {
  name: string;
  address: string;
  /** Loopback: reachable from this computer only. */
  internal: boolean;
}

export function networkChoices(interfaces = os.networkInterfaces()): NetworkChoice[] {
  const choices: NetworkChoice[] = [];
  for (const [name, addresses] of Object.entries(interfaces)) {
    for (const address of addresses ?? []) {
      if (address.family !== 'IPv4') continue;
      choices.push({ name, address: address.address, internal: address.internal });
    }
  }
  // The networks a phone can be on first; loopback last.
  return choices.sort((a, b) => Number(a.internal) - Number(b.internal) || a.name.localeCompare(b.name));
}

export function isOwnAddress(address: string, interfaces = os.networkInterfaces()): boolean {
  return networkChoices(interfaces).some((choice) => choice.address === address);
}
