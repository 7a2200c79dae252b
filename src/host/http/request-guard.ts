// Who may talk to the browser host: requests for this host name (no DNS rebinding), from this
// origin (no other web page), carrying this run's token (no other local program or user).
import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

export interface GuardOptions {
  token: string;
  /** host:port values this server answers to. */
  allowedHosts: Set<string>;
}

export function allowedHostsFor(boundHost: string, port: number): Set<string> {
  const names = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  if (boundHost !== '127.0.0.1' && boundHost !== 'localhost' && boundHost !== '::1') {
    names.add(boundHost.includes(':') ? `[${boundHost}]:${port}` : `${boundHost}:${port}`);
  }
  return names;
}

export function hostIsAllowed(request: IncomingMessage, options: GuardOptions): boolean {
  const host = request.headers.host;
  return host !== undefined && options.allowedHosts.has(host.toLowerCase());
}

/** A browser always sends Origin on POST and on cross-origin requests; when it does, it must be ours. */
export function originIsAllowed(request: IncomingMessage, options: GuardOptions): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && options.allowedHosts.has(url.host.toLowerCase());
  } catch {
    return false;
  }
}

export function tokenMatches(candidate: string | null | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The token from the Authorization header ("Bearer <token>"). Never from a cookie: cookies are not
 * separated by port, so every other server on this host would receive it.
 */
export function requestToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header) : null;
  return match?.[1] ?? null;
}
