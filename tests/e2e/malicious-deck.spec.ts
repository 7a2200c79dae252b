// A hostile deck: script, event handlers, javascript: links, remote images, frames, forms. Nothing
// may run (a trap records any call) and nothing may be fetched from outside the app.
import { expect, test } from '@playwright/test';
import { startDocentServer, type DocentServer } from './support/docent-server';
import { openDeck, slideCount, watchOffAppRequests } from './support/present';

let server: DocentServer;
test.beforeAll(async () => {
  server = await startDocentServer('tests/fixtures/decks/malicious');
});
test.afterAll(async () => server.stop());

test('a malicious deck neither runs script nor loads anything', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.defineProperty(window, '__trapCalls', { value: calls });
    Object.defineProperty(window, '__trap', { value: (what: string) => calls.push(what) });
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const offApp = watchOffAppRequests(page, server.origin);
  await openDeck(page, server.url);
  const total = await slideCount(page);
  expect(total).toBe(4);
  for (let i = 0; i < total; i++) {
    // Hover and click what the slide shows, the way a presenter's mouse might.
    await page.mouse.move(640, 360);
    await page.locator('.reveal .slides section.present a').first().click({ trial: false, timeout: 500 }).catch(() => undefined);
    await page.keyboard.press('ArrowRight');
  }
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __trapCalls: string[] }).__trapCalls)).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(offApp).toEqual([]);
  expect(page.url().startsWith(server.origin)).toBe(true);
  // The deck still shows something sensible: headings render as text.
  await expect(page.locator('.reveal .slides h2').first()).toHaveText('Links and frames');
  expect(await page.locator('.reveal .slides script, .reveal .slides iframe, .reveal .slides object, .reveal .slides embed, .reveal .slides form').count()).toBe(0);
  // Remote images are replaced by a visible note saying what was left out.
  expect(await page.locator('.docent-blocked-image').count()).toBeGreaterThanOrEqual(3);
});

test('deck content cannot reach the host API', async ({ page }) => {
  await openDeck(page, server.url);
  // Even script in the page (which the deck cannot run) would need the bearer token, which only the app's own code holds.
  const status = await page.evaluate(async () => (await fetch('/api/getDeck', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status);
  expect(status).toBe(401);
});
