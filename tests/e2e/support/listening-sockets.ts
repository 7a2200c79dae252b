// The TCP addresses a process listens on, read from Linux's /proc: its open sockets (fd links
// "socket:[inode]") matched against the kernel's table of listening sockets. A real reader of what
// is open, not the program's own account of it.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

function hexToIPv4(hex: string): string {
  // /proc/net/tcp writes the address as a little-endian 32-bit number.
  return [3, 2, 1, 0].map((index) => parseInt(hex.slice(index * 2, index * 2 + 2), 16)).join('.');
}

export function listeningAddresses(pid: number): string[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match?.[1]) inodes.add(match[1]);
    } catch {
      // The descriptor closed while we looked.
    }
  }
  const found: string[] = [];
  for (const table of ['tcp', 'tcp6']) {
    let text: string;
    try {
      text = readFileSync(`/proc/${pid}/net/${table}`, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const [, local, , state, , , , , , inode] = fields;
      // 0A is TCP_LISTEN.
      if (!local || state !== '0A' || !inode || !inodes.has(inode)) continue;
      const [address = '', port = ''] = local.split(':');
      found.push(`${table === 'tcp' ? hexToIPv4(address) : `[${address}]`}:${parseInt(port, 16)}`);
    }
  }
  return found.sort();
}
