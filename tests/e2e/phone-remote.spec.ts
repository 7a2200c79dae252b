// The phone as a remote, through the browser host: a second browser context with a phone's viewport
// and touch stands in for the phone. It pairs with the link decoded from the QR code the speaker view
// shows (jsQR reads a screenshot of it), moves the audience and speaker views, sees the notes with
// their quotes and the timer, blacks the screen out. Security: nothing but loopback listens until the
// presenter asks, the listener closes with the speaker view, and every request without a valid
// pairing gets a one-line refusal; the token is never in the audience window, the speaker view's
// text, the address bar or the server's output. Tests listen on loopback only (127.0.0.1).
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startDocentServer, type DocentServer } from './support/docent-server';
import { currentIndices, openDeck } from './support/present';
import { listeningAddresses } from './support/listening-sockets';

let server: DocentServer;
test.afterEach(async () => server.stop());

const phoneOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } as const;

async function openBoth(context: BrowserContext): Promise<{ audience: Page; speaker: Page }> {
  const audience = await context.newPage();
  await openDeck(audience, server.url);
  const speaker = await context.newPage();
  await openDeck(speaker, `${server.origin}/speaker#token=${server.token}`);
  return { audience, speaker };
}

/** Opens "Use phone as remote" on loopback and reads the pairing link out of the QR code's pixels. */
async function pairingLinkFromQr(speaker: Page, phones = 1): Promise<string> {
  await speaker.getByRole('button', { name: 'Use phone as remote' }).click();
  const panel = speaker.getByRole('dialog', { name: 'Phone as remote' });
  await panel.getByLabel('Network the phone is on').selectOption('127.0.0.1');
  await panel.getByLabel('Phones that may pair').fill(String(phones));
  await panel.getByRole('button', { name: 'Show pairing code' }).click();
  const qr = panel.getByRole('img', { name: /Pairing code/ });
  await expect(qr).toBeVisible();
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!decoded) throw new Error('the QR code did not decode');
  return decoded.data;
}

async function phonePage(browser: Browser, url: string): Promise<{ phone: Page; context: BrowserContext }> {
  const context = await browser.newContext(phoneOptions);
  const phone = await context.newPage();
  await phone.goto(url);
  await phone.waitForSelector('html[data-remote]');
  return { phone, context };
}

test('a phone pairs with the QR code’s link, moves both views, sees notes and timer, blacks out; cut off, it is refused', async ({ browser, context }) => {
  server = await startDocentServer('tests/fixtures/decks/speaker');
  const mainPort = new URL(server.origin).port;
  // Off by default: docent serve listens on loopback, on its one port, and nowhere else.
  expect(listeningAddresses(server.pid())).toEqual([`127.0.0.1:${mainPort}`]);
  const { audience, speaker } = await openBoth(context);
  expect(listeningAddresses(server.pid())).toEqual([`127.0.0.1:${mainPort}`]);

  const link = await pairingLinkFromQr(speaker);
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/remote#pair=[A-Za-z0-9_-]{32}$/);
  const token = link.split('#pair=')[1] ?? '';
  const remotePort = new URL(link).port;
  expect(listeningAddresses(server.pid()).sort()).toEqual([`127.0.0.1:${mainPort}`, `127.0.0.1:${remotePort}`].sort());

  const { phone } = await phonePage(browser, link);
  await expect(phone.locator('html')).toHaveAttribute('data-remote', 'paired');
  // The token left the address bar at once.
  expect(phone.url()).toBe(`http://127.0.0.1:${remotePort}/remote`);
  await expect(phone.locator('.remote-position')).toHaveText('1 / 5');
  await expect(phone.locator('.remote-notes')).toContainText('Welcome everyone.');
  await expect(phone.locator('.remote-timer')).toHaveText(/^\d+:\d\d$/);

  // Next: both views move; the phone follows with the slide's notes.
  await phone.getByRole('button', { name: 'Next ›' }).tap();
  await expect.poll(() => currentIndices(audience)).toEqual({ h: 1, v: 0 });
  await expect(speaker.locator('.speaker-position')).toHaveText('Slide 2 of 5');
  await expect(phone.locator('.remote-position')).toHaveText('2 / 5');
  await expect(phone.locator('.remote-notes')).toContainText('Reveal the two points one at a time.');
  for (let press = 0; press < 3; press++) await phone.getByRole('button', { name: 'Next ›' }).tap();
  await expect.poll(() => currentIndices(audience)).toEqual({ h: 2, v: 0 });
  // Quotes are set as in the speaker view: the words, then who said it.
  await expect(phone.locator('.remote-notes figure').first()).toContainText('Cooperation would not happen without approval.');
  await expect(phone.locator('.remote-notes figure').first()).toContainText('Jane Doe');
  await phone.screenshot({ path: 'test-results/screenshots/phone-remote.png' });

  // A swipe to the right is "previous" (back to the second slide's last step).
  const notes = await phone.locator('.remote-notes').boundingBox();
  if (!notes) throw new Error('no notes area');
  await phone.mouse.move(notes.x + 60, notes.y + 80);
  await phone.mouse.down();
  await phone.mouse.move(notes.x + 200, notes.y + 85, { steps: 5 });
  await phone.mouse.up();
  await expect.poll(() => currentIndices(audience)).toEqual({ h: 1, v: 0 });

  await phone.getByRole('button', { name: 'Blackout' }).tap();
  await expect(audience.locator('.reveal')).toHaveClass(/paused/);
  await expect(phone.getByRole('button', { name: 'Blackout' })).toHaveAttribute('aria-pressed', 'true');
  await phone.getByRole('button', { name: 'Blackout' }).tap();
  await expect(audience.locator('.reveal')).not.toHaveClass(/paused/);

  // Used once: the same link on another phone is refused with one line.
  const { phone: second } = await phonePage(browser, link);
  await expect(second.locator('.remote-refusal')).toHaveText('Docent: this pairing link was already used. Ask the presenter for a new QR code.');
  // No link at all: refused; the API without a device key: refused, one line, nothing else.
  const { phone: stranger } = await phonePage(browser, `http://127.0.0.1:${remotePort}/remote`);
  await expect(stranger.locator('.remote-refusal')).toHaveText('Docent: this device is not paired. Scan the QR code in the speaker view.');
  for (const [path, headers] of [
    ['/remote/api/state', {}],
    ['/remote/api/command', {}],
    ['/remote/api/state', { 'X-Docent-Device': 'not-a-key' }],
    ['/remote/api/state', { 'X-Docent-Device': token }],
  ] as const) {
    const refused = await stranger.request.post(`http://127.0.0.1:${remotePort}${path}`, { headers: { 'Content-Type': 'application/json', ...headers }, data: { command: 'next' } });
    expect(refused.status()).toBe(401);
    expect((await refused.text()).trim().split('\n')).toHaveLength(1);
  }
  // Nothing of the main server is reachable through the remote's port.
  for (const path of ['/', '/speaker', '/api/getDeck', `/?token=${server.token}`]) {
    const response = await stranger.request.get(`http://127.0.0.1:${remotePort}${path}`);
    expect(response.status(), path).toBe(404);
  }
  await expect.poll(() => currentIndices(audience)).toEqual({ h: 1, v: 0 });

  // The presenter sees the phone and cuts it off: its next request is refused.
  const device = speaker.locator('.speaker-remote-device');
  await expect(device).toHaveCount(1);
  await device.getByRole('button', { name: 'Cut off' }).click();
  await expect(phone.locator('.remote-refusal')).toHaveText('Docent: this device is not paired (or was disconnected). Scan the QR code in the speaker view.');

  // The token is nowhere but in the QR code's pixels.
  expect(await audience.content()).not.toContain(token);
  expect(await speaker.locator('body').innerText()).not.toContain(token);
  expect(server.output()).not.toContain(token);

  // Presenting stops (the speaker view closes): the listener goes with it.
  await speaker.close();
  await expect.poll(() => listeningAddresses(server.pid())).toEqual([`127.0.0.1:${mainPort}`]);
  await expect(stranger.request.get(`http://127.0.0.1:${remotePort}/remote`)).rejects.toThrow(/ECONNREFUSED/);
});

test('an expired pairing link is refused', async ({ browser, context }) => {
  server = await startDocentServer('tests/fixtures/decks/speaker', { DOCENT_REMOTE_PAIRING_SECONDS: '2' });
  const { speaker } = await openBoth(context);
  const expired = await pairingLinkFromQr(speaker);
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  const { phone } = await phonePage(browser, expired);
  await expect(phone.locator('.remote-refusal')).toHaveText('Docent: this pairing link has expired. Ask the presenter for a new QR code.');
  await expect(speaker.locator('.speaker-remote-device')).toHaveCount(0);
});
