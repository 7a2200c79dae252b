import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type DocentServices } from '../../../src/host/docent-services';
import { startBrowserHost, type RunningBrowserHost } from '../../../src/host/http/browser-host';

let host: RunningBrowserHost;
let services: DocentServices;
let deck: string;

beforeAll(async () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'docent-host-'));
  const renderer = path.join(work, 'renderer');
  mkdirSync(renderer);
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>app</title>');
  deck = path.join(work, 'deck');
  mkdirSync(deck);
  writeFileSync(path.join(deck, 'deck.md'), '# Deck\n');
  writeFileSync(path.join(deck, 'pic.png'), 'png');
  writeFileSync(path.join(work, 'secret.txt'), 'secret');
  services = createServices({ settingsFolder: null, watch: false });
  await services.openDeck({ path: deck });
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

const json = { 'Content-Type': 'application/json', 'X-Docent-Token': 'test-token-123' };

describe('browser host', () => {
  it('listens on loopback only by default and prints a URL with the token', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/?token=test-token-123`);
  });

  it('answers API calls that carry the token', async () => {
    const reply = await send('POST', '/api/getDeck', json, '{}');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).value.text).toBe('# Deck\n');
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    expect((await send('POST', '/api/getDeck', { 'Content-Type': 'application/json' }, '{}')).status).toBe(401);
    expect((await send('POST', '/api/getDeck', { ...json, 'X-Docent-Token': 'nope' }, '{}')).status).toBe(401);
    // The cookie alone is not enough for a call (a forged form post would carry it).
    expect((await send('POST', '/api/getDeck', { 'Content-Type': 'application/json', Cookie: 'docent_token=test-token-123' }, '{}')).status).toBe(401);
  });

  it('refuses another Host (DNS rebinding) and another Origin (other web pages)', async () => {
    expect((await send('POST', '/api/getDeck', { ...json, Host: 'evil.example:80' }, '{}')).status).toBe(403);
    expect((await send('POST', '/api/getDeck', { ...json, Origin: 'http://evil.example' }, '{}')).status).toBe(403);
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

  it('serves deck assets only from inside the deck folder, and only with the token', async () => {
    expect((await send('GET', '/deck-asset/pic.png', { Cookie: 'docent_token=test-token-123' })).status).toBe(200);
    expect((await send('GET', '/deck-asset/pic.png')).status).toBe(401);
    expect((await send('GET', '/deck-asset/..%2Fsecret.txt', { Cookie: 'docent_token=test-token-123' })).status).toBe(403);
  });

  it('gives the page only with the token, and sets the session cookie strictly', async () => {
    expect((await send('GET', '/')).status).toBe(401);
    const page = await send('GET', '/?token=test-token-123');
    expect(page.status).toBe(200);
    expect(String(page.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });

  it('never serves files outside the renderer folder', async () => {
    expect((await send('GET', '/../secret.txt')).status).toBe(404);
    expect((await send('GET', '/%2e%2e/secret.txt')).status).toBe(404);
  });
});
