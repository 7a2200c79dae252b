// The browser host's upload route for New Deck from Document…: the same guards as every API call (token
// header, Host, Origin), a zod-checked name, a size limit, the CLI's one-line errors, and a new deck opened.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type DocentServices } from '../../../src/host/docent-services';
import { startBrowserHost, type RunningBrowserHost } from '../../../src/host/http/browser-host';

const office = new URL('../../fixtures/documents/office/', import.meta.url).pathname;
const token = 'upload-token-456';

interface Started {
  host: RunningBrowserHost;
  services: DocentServices;
}
let work: string;
let allowed: string;
let withFolder: Started;
let withoutFolder: Started;

async function start(newDecksFolder: string | null): Promise<Started> {
  const services = createServices({ settingsFolder: null, watch: false, newDecksFolder });
  await services.openChosenDeck(path.join(work, 'open'));
  return { services, host: await startBrowserHost({ services, rendererRoot: path.join(work, 'renderer'), token }) };
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'docent-upload-'));
  mkdirSync(path.join(work, 'renderer'));
  writeFileSync(path.join(work, 'renderer', 'index.html'), '<!doctype html><title>app</title>');
  mkdirSync(path.join(work, 'open'));
  writeFileSync(path.join(work, 'open', 'deck.md'), '# Open deck\n');
  allowed = path.join(work, 'decks');
  mkdirSync(allowed);
  withFolder = await start(allowed);
  withoutFolder = await start(null);
});
afterAll(async () => {
  for (const { host, services } of [withFolder, withoutFolder]) {
    await host.close();
    await services.close();
  }
});

interface Reply {
  status: number;
  body: { ok: boolean; value?: { folder: string; text: string }; error?: { code: string; message: string; file?: string } };
}

function upload(host: RunningBrowserHost, name: string, body: Uint8Array, headers: Record<string, string> = {}): Promise<Reply> {
  const url = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        agent: false,
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: '/api/newDeckFromDocument',
        headers: {
          Host: url.host,
          Origin: host.origin,
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/octet-stream',
          'X-Docent-Document-Name': encodeURIComponent(name),
          'Content-Length': String(body.length),
          ...headers,
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as Reply['body'] }));
      },
    );
    // A refused upload may be cut off before all of it is sent.
    request.on('error', reject);
    request.end(body);
  });
}

const docx = new Uint8Array(readFileSync(path.join(office, 'river-report.docx')));

describe('POST /api/newDeckFromDocument', () => {
  it('makes the uploaded Word report into a new deck under the allowed folder and opens it', async () => {
    const reply = await upload(withFolder.host, 'river-report.docx', docx);
    expect(reply.status).toBe(200);
    expect(reply.body.value?.folder).toBe(path.join(allowed, 'river-report deck'));
    expect(reply.body.value?.text).toMatch(/^# Spring flood report for the middle Rhine$/m);
    expect(withFolder.services.store.deck.folder).toBe(path.join(allowed, 'river-report deck'));
    // A second upload of the same name gets a folder of its own.
    const again = await upload(withFolder.host, 'river-report.docx', docx);
    expect(again.body.value?.folder).toBe(path.join(allowed, 'river-report deck 2'));
  });

  it('answers only with this run’s token, from this server’s own pages', async () => {
    expect((await upload(withFolder.host, 'a.docx', docx, { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await upload(withFolder.host, 'a.docx', docx, { Origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await upload(withFolder.host, 'a.docx', docx, { Host: 'docent.example' })).status).toBe(403);
    expect(readdirSync(allowed).filter((name) => name.startsWith('a '))).toEqual([]);
  });

  it.each([
    ['a path, not a name', '../escape.docx', {}, /bad document name: a file name, not a path/],
    ['a name with a backslash', '..\\escape.docx', {}, /bad document name/],
    ['no name', '', {}, /bad document name/],
    ['a JSON body', 'river-report.docx', { 'Content-Type': 'application/json' }, /application\/octet-stream/],
  ])('refuses %s with REQUEST_INVALID, writing nothing', async (_case, name, headers, message) => {
    const before = readdirSync(allowed);
    const reply = await upload(withFolder.host, name, docx, headers);
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({ code: 'REQUEST_INVALID' });
    expect(reply.body.error?.message).toMatch(message);
    expect(readdirSync(allowed)).toEqual(before);
    expect(readdirSync(work).sort()).toEqual(['decks', 'open', 'renderer']);
  });

  it('gives a bad document the command line’s one-line error, naming the file', async () => {
    const before = readdirSync(allowed);
    const reply = await upload(withFolder.host, 'letter.docx', new TextEncoder().encode('Just some text, saved with the wrong name.'));
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({ code: 'DOCUMENT_CORRUPT', file: 'letter.docx' });
    expect(reply.body.error?.message).toMatch(/^the file is not a Word document/);
    expect(readdirSync(allowed)).toEqual(before);
  });

  it('refuses a document over the limit from its declared length, before reading it', async () => {
    const reply = await upload(withFolder.host, 'huge.pdf', new Uint8Array(10), { 'Content-Length': String(65 * 1024 * 1024) }).catch(() => null);
    // Declared 65 MB but sent 10 bytes: the server answers at once, from the header alone.
    expect(reply?.status).toBe(413);
    expect(reply?.body.error).toMatchObject({ code: 'DOCUMENT_TOO_LARGE', file: 'huge.pdf', message: 'the document is larger than 64 MB' });
  });

  it('stops making the deck when the page goes away mid-way (its Cancel aborts the upload)', async () => {
    const before = readdirSync(allowed);
    const scan = new Uint8Array(readFileSync(path.join(office, 'scanned-page.pdf')));
    const url = new URL(withFolder.host.origin);
    const progress: string[] = [];
    const ended = new Promise<string>((resolve) => {
      withFolder.services.events.on('newDeckProgress', (event) => {
        progress.push(event.stage);
        if (event.stage === 'cancelled' || event.stage === 'done' || event.stage === 'failed') resolve(event.stage);
      });
    });
    const request = httpRequest({
      agent: false,
      host: url.hostname,
      port: url.port,
      method: 'POST',
      path: '/api/newDeckFromDocument',
      headers: { Host: url.host, Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream', 'X-Docent-Document-Name': 'scanned-page.pdf' },
    });
    request.on('error', () => undefined);
    request.end(scan);
    // Once it is reading, the page closes the connection.
    await expect.poll(() => progress.length, { timeout: 20_000 }).toBeGreaterThan(0);
    request.destroy();
    expect(await ended).toBe('cancelled');
    expect(readdirSync(allowed)).toEqual(before);
    expect(withFolder.services.newDecks.status().busy).toBe(false);
  }, 60_000);

  it('says why when the server was started without --new-decks, and writes nothing', async () => {
    const reply = await upload(withoutFolder.host, 'river-report.docx', docx);
    expect(reply.status).toBe(403);
    expect(reply.body.error?.message).toMatch(/--new-decks/);
    expect(withoutFolder.services.store.deck.folder).toBe(path.join(work, 'open'));
  });
});
