// Presenting the hand-written basic deck in Chromium through the browser host.
import { expect, test } from '@playwright/test';
import { startDocentServer, type DocentServer } from './support/docent-server';
import { currentIndices, openDeck, slideCount, watchOffAppRequests } from './support/present';

let server: DocentServer;
test.beforeAll(async () => {
  server = await startDocentServer('tests/fixtures/decks/basic');
});
test.afterAll(async () => server.stop());

test('renders every slide of the deck, with notes where the deck has them', async ({ page }) => {
  await openDeck(page, server.url);
  expect(await slideCount(page)).toBe(5);
  await expect(page.locator('.reveal .slides section h1')).toHaveText('A basic deck');
  const notes = page.locator('.reveal aside.notes');
  await expect(notes).toHaveCount(2);
  await expect(notes.first()).toContainText('Notes for the second slide.');
  await expect(page).toHaveTitle('A basic deck — Docent');
});

test('keys move through the deck as presenters expect', async ({ page }) => {
  await openDeck(page, server.url);
  // Polled: a key's move shows once reveal.js has handled the event, not at the instant it was sent.
  const at = () => currentIndices(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(at).toEqual({ h: 1, v: 0 });
  await page.keyboard.press('ArrowDown');
  await expect.poll(at).toEqual({ h: 1, v: 1 });
  await page.keyboard.press('End');
  await expect.poll(at).toEqual({ h: 3, v: 0 });
  await page.keyboard.press('Home');
  await expect.poll(at).toEqual({ h: 0, v: 0 });
  await page.keyboard.press('Space');
  await expect.poll(async () => (await at()).h).toBe(1);
  // reveal.js re-enters a stack at the vertical slide last seen there, so Space may land on (1, 1);
  // PageUp goes to the slide before in reading order either way.
  const afterSpace = await at();
  await page.keyboard.press('PageUp');
  await expect.poll(at).toEqual(afterSpace.v > 0 ? { h: 1, v: afterSpace.v - 1 } : { h: 0, v: 0 });
  // "4" then Enter: the fourth slide in order (the vertical one counts).
  await page.keyboard.press('4');
  await page.keyboard.press('Enter');
  await expect.poll(at).toEqual({ h: 2, v: 0 });
});

test('overview, blackout and the help overlay toggle from the keyboard', async ({ page }) => {
  await openDeck(page, server.url);
  const reveal = page.locator('.reveal');
  await page.keyboard.press('o');
  await expect(reveal).toHaveClass(/overview/);
  await page.keyboard.press('Escape');
  await expect(reveal).not.toHaveClass(/overview/);
  await page.keyboard.press('b');
  await expect(reveal).toHaveClass(/paused/);
  await page.keyboard.press('b');
  await expect(reveal).not.toHaveClass(/paused/);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(page.getByRole('dialog')).toContainText('go to that slide');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});

test('the slide keeps 16:9 and scales to the window', async ({ page }) => {
  for (const [width, height] of [[1280, 720], [1920, 1080], [900, 700]] as const) {
    await page.setViewportSize({ width, height });
    await openDeck(page, server.url);
    const box = await page.locator('.reveal .slides').boundingBox();
    expect(box).not.toBeNull();
    expect(Math.abs(box!.width / box!.height - 16 / 9)).toBeLessThan(0.01);
    expect(box!.width).toBeLessThanOrEqual(width);
    expect(box!.height).toBeLessThanOrEqual(height);
  }
});

test('no request leaves the app while presenting', async ({ page }) => {
  const offApp = watchOffAppRequests(page, server.origin);
  await openDeck(page, server.url);
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  expect(offApp).toEqual([]);
});
