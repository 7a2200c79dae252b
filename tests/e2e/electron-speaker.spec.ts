// The speaker view as a second window of the desktop app, and "Start presenting" on two displays
// (simulated with DOCENT_SIMULATED_DISPLAYS where the machine has one). Runs where an Electron
// binary exists; elsewhere it says in one line why it was skipped.
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinary, launchDocentApp } from './support/electron-binary';

const binary = electronBinary();

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1280, height: 800 }, workArea: { x: 0, y: 0, width: 1280, height: 770 }, internal: true };
const projector = { id: 2, bounds: { x: 1280, y: 0, width: 1920, height: 1080 }, internal: false };

test.describe('Electron speaker view', () => {
  test.skip('skip' in binary, 'skip' in binary ? binary.skip : '');
  let app: ElectronApplication;
  let audience: Page;

  test.beforeAll(async () => {
    if (!('path' in binary)) return;
    app = await launchDocentApp(binary.path, 'tests/fixtures/decks/speaker', { DOCENT_SIMULATED_DISPLAYS: JSON.stringify([laptop, projector]) });
    audience = await app.firstWindow();
    await audience.waitForSelector('html[data-docent-ready="true"]');
  });
  test.afterAll(async () => app?.close());

  async function speakerWindow(): Promise<Page> {
    const existing = app.windows().find((page) => page.url().endsWith('/speaker'));
    const speaker = existing ?? (await app.waitForEvent('window', { predicate: (page) => page.url().endsWith('/speaker') }));
    await speaker.waitForSelector('html[data-docent-ready="true"]');
    return speaker;
  }

  test('S opens the speaker view as a second window, and the two follow each other', async () => {
    await audience.keyboard.press('s');
    const speaker = await speakerWindow();
    expect(app.windows().filter((page) => page.url().endsWith('/speaker'))).toHaveLength(1);
    await audience.keyboard.press('ArrowRight');
    await expect(speaker.locator('.speaker-position')).toHaveText('Slide 2 of 5');
    await expect(speaker.locator('.speaker-next .reveal')).toHaveAttribute('data-step', '1/0/0');
    await speaker.keyboard.press('End');
    await expect(audience.locator('.reveal .slides > section.present h2')).toHaveText('The end');
    await speaker.keyboard.press('b');
    await expect(audience.locator('.reveal')).toHaveClass(/paused/);
    await speaker.keyboard.press('b');
  });

  test('Start presenting puts the audience full screen on the external display and the speaker view on the laptop', async () => {
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('start-presenting')?.click());
    const speaker = await speakerWindow();
    const placed = async () =>
      app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((window) => ({ page: new URL(window.webContents.getURL()).pathname, bounds: window.getBounds(), fullscreen: window.isFullScreen() })),
      );
    const centreOn = (bounds: { x: number; width: number }, display: { bounds: { x: number; width: number } }) => {
      const centre = bounds.x + bounds.width / 2;
      return centre >= display.bounds.x && centre < display.bounds.x + display.bounds.width;
    };
    await expect.poll(async () => (await placed()).find((window) => window.page === '/')?.fullscreen).toBe(true);
    const windows = await placed();
    const audienceWindow = windows.find((window) => window.page === '/');
    const speakerPlaced = windows.find((window) => window.page === '/speaker');
    expect(audienceWindow && centreOn(audienceWindow.bounds, projector)).toBe(true);
    expect(speakerPlaced && centreOn(speakerPlaced.bounds, laptop)).toBe(true);
    // The slide survived the move.
    await expect(speaker.locator('.speaker-position')).toHaveText('Slide 5 of 5');
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('stop-presenting')?.click());
  });
});
