// The browser host: the Docent UI and API over HTTP on loopback, so a deck can be presented from
// any browser. It can write files, so every API call needs this run's token, a Host header naming
// this server (no DNS rebinding) and, from a browser, this server's Origin.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { DocentError, isDocentError, type ErrorCode } from '../../core/errors';
import { api, eventNames, isApiName, type EventName } from '../../shared/api';
import type { DocentServices } from '../docent-services';
import { securityHeaders } from './security-headers';
import { allowedHostsFor, hostIsAllowed, originIsAllowed, requestToken, tokenMatches, type GuardOptions } from './request-guard';
import { contentTypeFor, readStatic, resolveStatic } from './static-files';
import { readJsonBody } from './read-body';

export interface BrowserHostOptions {
  services: DocentServices;
  /** The built renderer (out/renderer). */
  rendererRoot: string;
  host?: string;
  port?: number;
  /** Fixed token (tests); random per run otherwise. */
  token?: string;
}

export interface RunningBrowserHost {
  url: string;
  origin: string;
  token: string;
  server: Server;
  close(): Promise<void>;
}

const maxBodyBytes = 11 * 1024 * 1024;
const pagePaths = new Set(['/', '/index.html', '/speaker', '/print', '/editor']);
const statusByCode: Partial<Record<ErrorCode, number>> = {
  REQUEST_INVALID: 400,
  PATH_OUTSIDE_DECK: 403,
  DECK_NOT_FOUND: 404,
  DECK_CHANGED_ON_DISK: 409,
  DECK_TOO_LARGE: 413,
  DECK_INVALID: 422,
};

export async function startBrowserHost(options: BrowserHostOptions): Promise<RunningBrowserHost> {
  const token = options.token ?? randomBytes(18).toString('base64url');
  const boundHost = options.host ?? '127.0.0.1';
  const guard: GuardOptions = { token, allowedHosts: new Set() };
  const streams = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => sendError(response, error));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    if (!hostIsAllowed(request, guard) || !originIsAllowed(request, guard)) {
      return sendJson(response, 403, { ok: false, error: { code: 'REQUEST_INVALID', message: 'this server only answers its own pages' } });
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url);
    if (url.pathname.startsWith('/deck-asset/')) return handleDeckAsset(request, response, url);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, { ok: false });
    if (pagePaths.has(url.pathname)) {
      // The page URL carries the token once; a strict same-site cookie carries it for <img> and events.
      const offered = url.searchParams.get('token');
      if (tokenMatches(offered, token)) {
        response.setHeader('Set-Cookie', `docent_token=${token}; HttpOnly; SameSite=Strict; Path=/`);
      } else if (!tokenMatches(requestToken(request), token)) {
        return sendText(response, 401, 'Docent: open the URL printed by "docent serve" (it carries the access token).');
      }
      return sendFile(response, await resolveStatic(options.rendererRoot, 'index.html'));
    }
    return sendFile(response, await resolveStatic(options.rendererRoot, url.pathname));
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/api/events' && request.method === 'GET') {
      if (!tokenMatches(requestToken(request), token)) return sendJson(response, 401, { ok: false });
      return openEventStream(response);
    }
    if (request.method !== 'POST') return sendJson(response, 405, { ok: false });
    // The header, not the cookie: a cookie would be sent by a forged form post too.
    const header = request.headers['x-docent-token'];
    if (!tokenMatches(typeof header === 'string' ? header : null, token)) {
      return sendJson(response, 401, { ok: false, error: { code: 'REQUEST_INVALID', message: 'missing or wrong access token' } });
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new DocentError('REQUEST_INVALID', 'requests must be JSON');
    }
    const name = url.pathname.slice('/api/'.length);
    if (!isApiName(name)) throw new DocentError('REQUEST_INVALID', `no such call: ${name}`);
    const parsed = api[name].request.safeParse(await readJsonBody(request, maxBodyBytes));
    if (!parsed.success) throw new DocentError('REQUEST_INVALID', `bad ${name} request: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const call = options.services[name] as (request: unknown) => Promise<unknown>;
    sendJson(response, 200, { ok: true, value: await call(parsed.data) });
  }

  async function handleDeckAsset(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (!tokenMatches(requestToken(request), token)) return sendJson(response, 401, { ok: false });
    const relative = decodeURIComponent(url.pathname.slice('/deck-asset/'.length));
    const file = await options.services.store.assetPath(relative);
    response.setHeader('Content-Type', contentTypeFor(file, true));
    // An SVG could carry script if opened directly; as a deck asset it may only be drawn.
    response.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    response.end(await readStatic(file).catch(() => {
      throw new DocentError('DECK_NOT_FOUND', `no file ${relative} in the deck`);
    }));
  }

  function openEventStream(response: ServerResponse): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
    response.write(': connected\n\n');
    streams.add(response);
    response.on('close', () => streams.delete(response));
  }

  const forward = (event: EventName) => (payload: unknown) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  };
  const unsubscribe = eventNames.map((event) => options.services.events.on(event, forward(event)));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, boundHost, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  guard.allowedHosts = allowedHostsFor(boundHost, port);
  const hostForUrl = boundHost.includes(':') ? `[${boundHost}]` : boundHost;
  const origin = `http://${hostForUrl}:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    server,
    async close() {
      unsubscribe.forEach((stop) => stop());
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end(text);
}

async function sendFile(response: ServerResponse, file: string | null): Promise<void> {
  if (!file) return sendText(response, 404, 'not found');
  response.setHeader('Content-Type', contentTypeFor(file));
  response.end(await readStatic(file));
}

function sendError(response: ServerResponse, error: unknown): void {
  if (response.headersSent) {
    response.end();
    return;
  }
  // The request body may not have been read to its end: do not reuse this connection.
  response.setHeader('Connection', 'close');
  if (isDocentError(error)) {
    sendJson(response, statusByCode[error.code] ?? 400, { ok: false, error: { code: error.code, message: error.message, ...error.location } });
  } else {
    sendJson(response, 500, { ok: false, error: { code: 'IO_FAILED', message: error instanceof Error ? error.message : String(error) } });
  }
}
