// The browser host's credential, as an outside team attacked it: another server on another local
// port (a dev server, a page a link or redirect leads to) must never receive the token, the page
// must not keep it in its address, two `docent serve` runs must not disturb each other, and a page
// holding the token still cannot make another folder "the deck".
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDocentServer, type DocentServer } from './support/docent-server';
import { openDeck } from './support/present';

let first: DocentServer;
let second: DocentServer;
let listener: Server;
let listenerOrigin: string;
const seenByListener: IncomingHttpHeaders[] = [];

test.beforeAll(async () => {
  [first, second] = await Promise.all([startDocentServer('tests/fixtures/decks/with-picture'), startDocentServer('tests/fixtures/decks/basic')]);
  // Some other program's server on this host: it records every header a browser sends it.
  listener = createServer((request, response) => {
    seenByListener.push(request.headers);
    response.setHeader('Content-Type', 'text/html');
    response.end('<!doctype html><title>another local server</title><p>hello');
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  listenerOrigin = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await Promise.all([first.stop(), second.stop()]);
  await new Promise((resolve) => listener.close(resolve));
});

/** Every image of the deck page answered, by status. */
function assetStatuses(page: Page): number[] {
  const statuses: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/deck-asset/')) statuses.push(response.status());
  });
  return statuses;
}

test('no other local port receives the token, and the page does not keep it in its address', async ({ context }) => {
  const page = await context.newPage();
  const statuses = assetStatuses(page);
  await openDeck(page, first.url);
  // The picture loads (its asset path came from an authorized call, not from a cookie).
  await expect.poll(() => statuses).toContain(200);
  expect(await page.locator('.reveal img').first().evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(200);
  // The token left the address bar and this history entry at once.
  expect(page.url()).toBe(`${first.origin}/`);
  expect(await context.cookies()).toEqual([]);

  // The same browser then visits another server of this host, as a link or a redirect would take it.
  const other = await context.newPage();
  await other.goto(`${listenerOrigin}/landing`);
  await other.goto(`${listenerOrigin}/again`);
  expect(seenByListener.length).toBeGreaterThanOrEqual(2);
  for (const headers of seenByListener) {
    expect(JSON.stringify(headers)).not.toContain(first.token);
    expect(headers.cookie).toBeUndefined();
  }
  // Script of that other origin reads nothing of Docent's storage either (it is scoped by port).
  expect(await other.evaluate(() => [sessionStorage.length, localStorage.length, document.cookie])).toEqual([0, 0, '']);
});

test('two servers at once do not disturb each other', async ({ context }) => {
  const a = await context.newPage();
  const aStatuses = assetStatuses(a);
  await openDeck(a, first.url);
  const b = await context.newPage();
  await openDeck(b, second.url);
  await expect(b.locator('.reveal .slides h1').first()).toHaveText('A basic deck');
  // The first tab, after the second server's page loaded, still reaches its own server: a reload
  // keeps its session (this tab's storage for this origin), and its picture loads again.
  aStatuses.length = 0;
  await a.reload();
  await a.waitForSelector('html[data-docent-ready="true"]');
  await expect(a.locator('.reveal .slides h1').first()).toHaveText('A deck with a picture');
  await expect.poll(() => aStatuses).toEqual([200]);
  await b.reload();
  await b.waitForSelector('html[data-docent-ready="true"]');
  await expect(b.locator('.reveal .slides h1').first()).toHaveText('A basic deck');
});

test('a page with the token cannot open a folder the user did not choose', async ({ page }) => {
  // Another folder with markdown in it: what a taken-over page would like to make "the deck".
  const elsewhere = path.join(path.dirname(first.deckFolder), 'private');
  mkdirSync(elsewhere, { recursive: true });
  writeFileSync(path.join(elsewhere, 'notes.md'), '# Private notes\n');
  await openDeck(page, first.url);
  const tried = await page.evaluate(
    async (targets) => {
      // As script running in the page could: it holds the session's token.
      const token = sessionStorage.getItem('docent-token') ?? '';
      const results: number[] = [];
      for (const target of targets) {
        const response = await fetch('/api/openDeck', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ path: target }) });
        results.push(response.status);
      }
      return results;
    },
    [elsewhere, path.join(elsewhere, 'notes.md'), second.deckFolder, '/etc'],
  );
  expect(tried).toEqual([403, 403, 403, 403]);
  // The deck given on the command line is still the one open.
  await page.reload();
  await page.waitForSelector('html[data-docent-ready="true"]');
  await expect(page.locator('.reveal .slides h1').first()).toHaveText('A deck with a picture');
});

test('a page opened without the token says how to get in, and reaches nothing', async ({ page }) => {
  const apiStatuses: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/')) apiStatuses.push(response.status());
  });
  await page.goto(`${first.origin}/`);
  await expect(page.locator('body')).toContainText('docent serve');
  expect(apiStatuses.every((status) => status === 401)).toBe(true);
});
