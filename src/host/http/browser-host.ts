// The browser host: the Docent UI and API over HTTP on loopback, so a deck can be presented from
// any browser. It can write files, so every API call needs this run's token (an Authorization
// header, never a cookie), a Host header naming this server (no DNS rebinding) and, from a browser,
// this server's Origin.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { DocentError, isDocentError, toWireError, type ErrorCode } from '../../core/errors';
import { api, eventNames, isApiName, newDeckNameHeader, uploads, type EventName } from '../../shared/api';
import type { DocentServices } from '../docent-services';
import { cachePolicyFor, securityHeaders } from './security-headers';
import { allowedHostsFor, hostIsAllowed, originIsAllowed, requestToken, tokenMatches, type GuardOptions } from './request-guard';
import { contentTypeFor, readStatic, resolveStatic } from './static-files';
import { readJsonBody, readRawBody } from './read-body';
import { AssetCapabilities } from './asset-capabilities';
import { openRegularFile } from '../regular-file';

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
/** No deck picture is larger; a bigger file (or a sparse one posing as a picture) is refused. */
export const maxAssetBytes = 64 * 1024 * 1024;
const pagePaths = new Set(['/', '/index.html', '/speaker', '/print', '/editor']);
const statusByCode: Partial<Record<ErrorCode, number>> = {
  REQUEST_INVALID: 400,
  PATH_OUTSIDE_DECK: 403,
  DECK_NOT_FOUND: 404,
  DECK_CHANGED_ON_DISK: 409,
  DECK_TOO_LARGE: 413,
  DECK_INVALID: 422,
  DOCUMENT_TOO_LARGE: 413,
  GENERATE_CANCELLED: 409,
};

export async function startBrowserHost(options: BrowserHostOptions): Promise<RunningBrowserHost> {
  const token = options.token ?? randomBytes(18).toString('base64url');
  const boundHost = options.host ?? '127.0.0.1';
  const guard: GuardOptions = { token, allowedHosts: new Set() };
  const streams = new Set<ServerResponse>();
  const assets = new AssetCapabilities();

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => sendError(response, error));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    if (!hostIsAllowed(request, guard) || !originIsAllowed(request, guard)) {
      return sendJson(response, 403, { ok: false, error: new DocentError('REQUEST_INVALID', 'this server only answers its own pages').toWire() });
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url);
    if (url.pathname.startsWith('/deck-asset/')) return handleDeckAsset(request, response, url);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, { ok: false });
    // Pages are the public app bundle: the token arrives in the URL's fragment, which the page reads
    // (src/renderer/host-client/browser-session.ts) and no request ever carries.
    if (pagePaths.has(url.pathname)) return sendFile(response, await resolveStatic(options.rendererRoot, 'index.html'));
    return sendFile(response, await resolveStatic(options.rendererRoot, url.pathname));
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const authorized = tokenMatches(requestToken(request), token);
    if (url.pathname === '/api/events' && request.method === 'GET') {
      if (!authorized) return sendJson(response, 401, { ok: false });
      return openEventStream(response);
    }
    if (request.method !== 'POST') return sendJson(response, 405, { ok: false });
    // A header, which no form post, link or image of another page can add.
    if (!authorized) {
      return sendJson(response, 401, { ok: false, error: new DocentError('REQUEST_INVALID', 'missing or wrong access token').toWire() });
    }
    const name = url.pathname.slice('/api/'.length);
    if (name === 'newDeckFromDocument') return handleNewDeckUpload(request, response);
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new DocentError('REQUEST_INVALID', 'requests must be JSON');
    }
    if (name === 'session') return sendJson(response, 200, { ok: true, value: { assetBase: `/deck-asset/${assets.issue()}/` } });
    if (!isApiName(name)) throw new DocentError('REQUEST_INVALID', `no such call: ${name}`);
    const parsed = api[name].request.safeParse(await readJsonBody(request, maxBodyBytes));
    if (!parsed.success) throw new DocentError('REQUEST_INVALID', `bad ${name} request: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const call = options.services[name] as (request: unknown) => Promise<unknown>;
    sendJson(response, 200, { ok: true, value: await call(parsed.data) });
  }

  /** New Deck from Document…: the document is the body; the deck is made, opened and returned. */
  async function handleNewDeckUpload(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!(request.headers['content-type'] ?? '').startsWith('application/octet-stream')) {
      throw new DocentError('REQUEST_INVALID', 'a document is sent as application/octet-stream');
    }
    let fileName: string;
    try {
      fileName = decodeURIComponent(String(request.headers[newDeckNameHeader] ?? ''));
    } catch {
      throw new DocentError('REQUEST_INVALID', 'the document name cannot be read');
    }
    const parsed = uploads.newDeckFromDocument.request.safeParse({ fileName });
    if (!parsed.success) throw new DocentError('REQUEST_INVALID', `bad document name: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    // Refused before a byte of the document is read: no new decks here, or one is being made.
    options.services.newDecks.assertAvailable(fileName);
    const limit = options.services.newDecks.status().maxBytes;
    const bytes = await readRawBody(request, limit, () => new DocentError('DOCUMENT_TOO_LARGE', `the document is larger than ${limit / 1024 / 1024} MB`, { file: fileName }));
    // The page going away (its Cancel aborts the upload) stops the making too.
    const gone = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) gone.abort();
    });
    const deck = await options.services.newDecks.make({ fileName: parsed.data.fileName, bytes }, gone.signal);
    sendJson(response, 200, { ok: true, value: deck });
  }

  async function handleDeckAsset(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, { ok: false });
    const rest = url.pathname.slice('/deck-asset/'.length);
    const slash = rest.indexOf('/');
    if (slash < 0 || !assets.allows(rest.slice(0, slash))) return sendJson(response, 401, { ok: false });
    let relative: string;
    try {
      relative = decodeURIComponent(rest.slice(slash + 1));
    } catch {
      throw new DocentError('REQUEST_INVALID', 'bad asset path');
    }
    const file = await options.services.store.assetPath(relative);
    const { handle, size } = await openRegularFile(file, { maxBytes: maxAssetBytes, notFound: 'DECK_NOT_FOUND', tooLarge: 'DECK_TOO_LARGE' });
    response.setHeader('Content-Type', contentTypeFor(file, true));
    response.setHeader('Content-Length', String(size));
    // An SVG could carry script if opened directly; as a deck asset it may only be drawn.
    response.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    if (request.method === 'HEAD') {
      await handle.close();
      response.end();
      return;
    }
    // Streamed: a large picture never sits whole in the host's memory.
    const stream = handle.createReadStream({ start: 0, end: Math.max(size - 1, 0), autoClose: true });
    await pipeline(stream, response).catch(() => response.destroy());
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
    // The token in the fragment: the browser never sends it, so no request or log holds it.
    url: `${origin}/#token=${token}`,
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
  response.setHeader('Cache-Control', cachePolicyFor(file));
  response.end(await readStatic(file));
}

function sendError(response: ServerResponse, error: unknown): void {
  if (response.headersSent) {
    response.end();
    return;
  }
  // The request body may not have been read to its end: do not reuse this connection.
  response.setHeader('Connection', 'close');
  sendJson(response, isDocentError(error) ? (statusByCode[error.code] ?? 400) : 500, { ok: false, error: toWireError(error) });
}
