// The phone remote's listener: started only when the presenter asks ("Use phone as remote"), on the
// one address the presenter chose, closed when the talk stops. It serves the remote page's code, the
// pairing call and, to paired devices only, the talk's state and next / previous / blackout. It logs
// nothing, so no token or key can end up in a log.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { remoteCommandSchema, type RemoteState } from '../../shared/api';
import { securityHeaders } from '../http/security-headers';
import { readJsonBody } from '../http/read-body';
import { contentTypeFor, readStatic, resolveStatic } from '../http/static-files';
import { refusalText, type RemotePairing } from './pairing';

export interface RemoteServerOptions {
  address: string;
  port?: number;
  rendererRoot: string;
  pairing: RemotePairing;
  state(): RemoteState;
  command(command: z.infer<typeof remoteCommandSchema>): void;
}

export interface RunningRemoteServer {
  address: string;
  port: number;
  origin: string;
  close(): Promise<void>;
}

const pairRequest = z.object({ token: z.string().min(1).max(200), name: z.string().max(200) }).strict();
const commandRequest = z.object({ command: remoteCommandSchema }).strict();

export async function startRemoteServer(options: RemoteServerOptions): Promise<RunningRemoteServer> {
  const { pairing } = options;
  let origin = '';
  const server = createServer((request, response) => {
    handle(request, response).catch(() => refuse(response, 400, 'Docent: bad request.'));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    // No DNS rebinding, no other web page: only requests for this address, from this origin.
    if (request.headers.host !== new URL(origin).host || (request.headers.origin !== undefined && request.headers.origin !== origin)) {
      return refuse(response, 403, 'Docent: this server only answers its own remote page.');
    }
    const url = new URL(request.url ?? '/', origin);
    if (request.method === 'GET' && url.pathname === '/remote') return sendFile(response, await resolveStatic(options.rendererRoot, 'index.html'));
    // The page's own code (the same for everyone, no deck in it).
    if (request.method === 'GET' && url.pathname.startsWith('/assets/')) return sendFile(response, await resolveStatic(options.rendererRoot, url.pathname));
    if (request.method !== 'POST' || !(request.headers['content-type'] ?? '').startsWith('application/json')) return refuse(response, 404, 'Docent: nothing here.');
    if (url.pathname === '/remote/pair') {
      const parsed = pairRequest.safeParse(await readJsonBody(request, 4096));
      if (!parsed.success) return refuse(response, 400, refusalText.unknown);
      const paired = pairing.pair(parsed.data.token, parsed.data.name);
      if ('refused' in paired) return refuse(response, 403, refusalText[paired.refused]);
      return sendJson(response, { key: paired.key });
    }
    const key = request.headers['x-docent-device'];
    if (!pairing.deviceFor(typeof key === 'string' ? key : null)) return refuse(response, 401, refusalText.unpaired);
    if (url.pathname === '/remote/api/state') return sendJson(response, options.state());
    if (url.pathname === '/remote/api/command') {
      const parsed = commandRequest.safeParse(await readJsonBody(request, 4096));
      if (!parsed.success) return refuse(response, 400, 'Docent: unknown command.');
      options.command(parsed.data.command);
      return sendJson(response, {});
    }
    return refuse(response, 404, 'Docent: nothing here.');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.address, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${options.address}:${port}`;
  return {
    address: options.address,
    port,
    origin,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function refuse(response: ServerResponse, status: number, line: string): void {
  if (response.headersSent) return void response.end();
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.setHeader('Connection', 'close');
  response.end(`${line}\n`);
}

function sendJson(response: ServerResponse, body: unknown): void {
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

async function sendFile(response: ServerResponse, file: string | null): Promise<void> {
  if (!file) return refuse(response, 404, 'Docent: nothing here.');
  response.setHeader('Content-Type', contentTypeFor(file));
  response.end(await readStatic(file));
}
