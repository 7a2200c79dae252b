import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type DocentServices } from '../../../src/host/docent-services';
import { startBrowserHost, type RunningBrowserHost } from '../../../src/host/http/browser-host';

let host: RunningBrowserHost;
let services: DocentServices;
let deck: string;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'docent-host-'));
  const renderer = path.join(work, 'renderer');
  mkdirSync(renderer);
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>app</title>');
  mkdirSync(path.join(renderer, '.vite'));
  writeFileSync(path.join(renderer, '.vite', 'manifest.json'), '{}');
  mkdirSync(path.join(renderer, 'assets'));
  writeFileSync(path.join(renderer, 'assets', 'index-B2x9Qk_a.js'), 'export {};');
  writeFileSync(path.join(renderer, 'assets', 'theme.css'), 'body {}');
  deck = path.join(work, 'deck');
  mkdirSync(deck);
  writeFileSync(path.join(deck, 'deck.md'), '# Deck\n');
  writeFileSync(path.join(deck, 'pic.png'), 'png');
  writeFileSync(path.join(work, 'secret.txt'), 'secret');
  symlinkSync(path.join(work, 'secret.txt'), path.join(deck, 'link.png'));
  mkdirSync(path.join(deck, 'folder.png'));
  execFileSync('mkfifo', [path.join(deck, 'pipe.png')]);
  writeFileSync(path.join(deck, 'huge.png'), '');
  truncateSync(path.join(deck, 'huge.png'), 200 * 1024 * 1024);
  // Another folder that a page could try to make "the deck" (its notes.md would then be served and written).
  mkdirSync(path.join(work, 'private'));
  writeFileSync(path.join(work, 'private', 'notes.md'), '# My notes\n');
  services = createServices({ settingsFolder: null, watch: false });
  await services.openChosenDeck(deck);
  host = await startBrowserHost({ services, rendererRoot: renderer, token: 'test-token-123' });
});
afterAll(async () => {
  await host.close();
  await services.close();
});

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** Raw HTTP, so tests can send the Host and Origin headers a browser or an attacker would. */
function send(method: string, pathname: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  const url = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ agent: false, host: url.hostname, port: url.port, method, path: pathname, headers: { Host: url.host, ...headers } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text, headers: response.headers }));
    });
    request.on('error', reject);
    if (body !== undefined) request.write(body);
    request.end();
  });
}

const token = 'test-token-123';
const json = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };

async function assetBase(): Promise<string> {
  const reply = await send('POST', '/api/session', json, '{}');
  expect(reply.status).toBe(200);
  return (JSON.parse(reply.body) as { value: { assetBase: string } }).value.assetBase;
}

describe('browser host', () => {
  it('listens on loopback only by default and prints the token only in the URL fragment', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // The fragment is never sent in a request: not to this server, not in a Referer, not to a proxy.
    expect(host.url).toBe(`${host.origin}/#token=${token}`);
  });

  it('answers API calls that carry the token as a bearer header', async () => {
    const reply = await send('POST', '/api/getDeck', json, '{}');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).value.text).toBe('# Deck\n');
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    expect((await send('POST', '/api/getDeck', { 'Content-Type': 'application/json' }, '{}')).status).toBe(401);
    expect((await send('POST', '/api/getDeck', { ...json, Authorization: 'Bearer nope' }, '{}')).status).toBe(401);
    expect((await send('POST', '/api/getDeck', { ...json, Authorization: token }, '{}')).status).toBe(401);
    // The old header and the old cookie authorize nothing any more.
    expect((await send('POST', '/api/getDeck', { 'Content-Type': 'application/json', 'X-Docent-Token': token }, '{}')).status).toBe(401);
    expect((await send('POST', '/api/getDeck', { 'Content-Type': 'application/json', Cookie: `docent_token=${token}` }, '{}')).status).toBe(401);
  });

  it('never sets a cookie and never takes the token from one (cookies reach every port of the host)', async () => {
    for (const page of ['/', `/?token=${token}`, '/speaker', `/print?token=${token}`]) {
      const reply = await send('GET', page);
      expect(reply.status).toBe(200);
      expect(reply.headers['set-cookie']).toBeUndefined();
      expect(reply.headers['content-security-policy']).toMatch(/default-src 'self'/);
    }
    const cookie = { Cookie: `docent_token=${token}` };
    expect((await send('GET', '/api/events', cookie)).status).toBe(401);
    expect((await send('GET', '/deck-asset/pic.png', cookie)).status).toBe(401);
    expect((await send('POST', '/api/session', { ...cookie, 'Content-Type': 'application/json' }, '{}')).status).toBe(401);
  });

  it('refuses another Host (DNS rebinding) and another Origin (other web pages, other local ports)', async () => {
    expect((await send('POST', '/api/getDeck', { ...json, Host: 'evil.example:80' }, '{}')).status).toBe(403);
    expect((await send('POST', '/api/getDeck', { ...json, Origin: 'http://evil.example' }, '{}')).status).toBe(403);
    const otherPort = `http://127.0.0.1:${Number(new URL(host.origin).port) === 8000 ? 8001 : 8000}`;
    expect((await send('POST', '/api/getDeck', { ...json, Origin: otherPort }, '{}')).status).toBe(403);
    expect((await send('POST', '/api/getDeck', { ...json, Origin: host.origin }, '{}')).status).toBe(200);
  });

  it('validates requests against the schema and limits their size', async () => {
    expect((await send('POST', '/api/openDeck', json, '{"path": 42}')).status).toBe(400);
    expect((await send('POST', '/api/getDeck', json, '{"extra": true}')).status).toBe(400);
    expect((await send('POST', '/api/nope', json, '{}')).status).toBe(400);
    expect((await send('POST', '/api/getDeck', json, 'not json')).status).toBe(400);
    const huge = JSON.stringify({ text: 'x'.repeat(12 * 1024 * 1024), baseVersion: 'v' });
    expect((await send('POST', '/api/saveDeck', json, huge)).status).toBe(400);
  });

  it('opens over the API only a deck the user chose, never a folder a page names', async () => {
    const refused = await send('POST', '/api/openDeck', json, JSON.stringify({ path: path.join(work, 'private') }));
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).error.code).toBe('PATH_OUTSIDE_DECK');
    expect((await send('POST', '/api/openDeck', json, JSON.stringify({ path: path.join(work, 'private', 'notes.md') }))).status).toBe(403);
    expect((await send('POST', '/api/openDeck', json, JSON.stringify({ path: 'deck' }))).status).toBe(403);
    expect(services.store.folder).toBe(deck);
    // The deck given on the command line can be reopened.
    expect((await send('POST', '/api/openDeck', json, JSON.stringify({ path: deck }))).status).toBe(200);
  });

  it('serves deck assets only under a per-page asset path the token bought', async () => {
    const base = await assetBase();
    expect(base).toMatch(/^\/deck-asset\/[A-Za-z0-9_-]{20,}\/$/);
    expect(base).not.toContain(token);
    const picture = await send('GET', `${base}pic.png`);
    expect(picture.status).toBe(200);
    expect(picture.body).toBe('png');
    expect((await send('GET', '/deck-asset/pic.png')).status).toBe(401);
    expect((await send('GET', `/deck-asset/${token}/pic.png`)).status).toBe(401);
    expect((await send('GET', '/deck-asset/made-up-key/pic.png')).status).toBe(401);
    // Each page gets its own path; an earlier page's stays good.
    const second = await assetBase();
    expect(second).not.toBe(base);
    expect((await send('GET', `${base}pic.png`)).status).toBe(200);
  });

  it('serves only regular files inside the deck: no climbing out, symlinks out, folders, pipes or huge files', async () => {
    const base = await assetBase();
    expect((await send('GET', `${base}..%2Fsecret.txt`)).status).toBe(403);
    expect((await send('GET', `${base}link.png`)).status).toBe(403);
    expect((await send('GET', `${base}folder.png`)).status).toBe(404);
    // A named pipe would block a plain read for ever (and with it every later file operation).
    expect((await send('GET', `${base}pipe.png`)).status).toBe(404);
    // A sparse 200 MB "picture" is refused before a byte is read.
    expect((await send('GET', `${base}huge.png`)).status).toBe(413);
    expect((await send('GET', `${base}pic.png`)).status).toBe(200);
  });

  it('lets the browser keep the build\'s content-named files, and nothing else', async () => {
    const chunk = await send('GET', '/assets/index-B2x9Qk_a.js');
    expect(chunk.status).toBe(200);
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const pathname of ['/', '/speaker', '/assets/theme.css']) {
      const reply = await send('GET', pathname);
      expect(reply.status).toBe(200);
      expect(reply.headers['cache-control']).toBe('no-store');
    }
    const asset = (await send('POST', '/api/session', { Authorization: 'Bearer test-token-123', 'Content-Type': 'application/json', Origin: host.origin }, '{}')).body;
    const base = (JSON.parse(asset) as { value: { assetBase: string } }).value.assetBase;
    expect((await send('GET', `${base}pic.png`)).headers['cache-control']).toBe('no-store');
  });

  it('never serves files outside the renderer folder', async () => {
    expect((await send('GET', '/../secret.txt')).status).toBe(404);
    expect((await send('GET', '/%2e%2e/secret.txt')).status).toBe(404);
  });

  it('serves no hidden file of the renderer folder (the build manifest is for tests, not pages)', async () => {
    expect((await send('GET', '/.vite/manifest.json')).status).toBe(404);
    expect((await send('GET', '/%2evite/manifest.json')).status).toBe(404);
    expect((await send('GET', '/index.html')).status).toBe(200);
  });
});

describe('two browser hosts at once', () => {
  it('each has its own token, and neither accepts the other\'s', async () => {
    const other = await startBrowserHost({ services, rendererRoot: path.join(work, 'renderer') });
    try {
      const otherToken = new URL(other.url).hash.replace('#token=', '');
      expect(otherToken).not.toBe(token);
      expect(otherToken.length).toBeGreaterThanOrEqual(24);
      const url = new URL(other.origin);
      const reply = await new Promise<number>((resolve, reject) => {
        const request = httpRequest(
          { agent: false, host: url.hostname, port: url.port, method: 'POST', path: '/api/getDeck', headers: { Host: url.host, ...json } },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        request.on('error', reject);
        request.end('{}');
      });
      expect(reply).toBe(401);
    } finally {
      await other.close();
    }
  });
});
