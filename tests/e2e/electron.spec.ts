// The desktop app itself, through Playwright's Electron driver. Runs wherever an Electron binary
// exists; elsewhere it says in one line why it was skipped.
import path from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinary, launchDocentApp } from './support/electron-binary';

const root = path.resolve(import.meta.dirname, '../..');
const binary = electronBinary();
if ('skip' in binary) console.log(binary.skip);

test.describe('Electron app', () => {
  test.skip('skip' in binary, 'skip' in binary ? binary.skip : '');
  let app: ElectronApplication;
  let window: Page;

  test.beforeAll(async () => {
    if (!('path' in binary)) return;
    app = await launchDocentApp(binary.path, 'tests/fixtures/decks/basic');
    window = await app.firstWindow();
    await window.waitForSelector('html[data-docent-ready="true"]');
  });
  test.afterAll(async () => app?.close());

  test('launches on the first slide and moves to the next', async () => {
    await expect(window.locator('.reveal .slides > section.present h1')).toHaveText('A basic deck');
    await window.keyboard.press('ArrowRight');
    await expect(window.locator('.reveal .slides > section.present section.present h2, .reveal .slides > section.present > h2').first()).toHaveText('Second slide');
  });

  test('the page has no Node and reaches the host only through the frozen bridge', async () => {
    const page = await window.evaluate(() => {
      const g = globalThis as { require?: unknown; process?: unknown; docent?: object };
      return { require: typeof g.require, process: typeof g.process, bridgeFrozen: !!g.docent && Object.isFrozen(g.docent), bridgeKeys: Object.keys(g.docent ?? {}).sort() };
    });
    expect(page).toEqual({ require: 'undefined', process: 'undefined', bridgeFrozen: true, bridgeKeys: ['invoke', 'on', 'onCommand'] });
  });

  test('a page cannot open a deck the user did not choose; the chosen one reopens', async () => {
    const invoke = (deck: string) =>
      window.evaluate((target) => (window as unknown as { docent: { invoke(n: string, r: unknown): Promise<{ ok: boolean; error?: { code: string } }> } }).docent.invoke('openDeck', { path: target }), deck);
    // A compromised renderer naming another folder (here a real deck, so only the rule can refuse it).
    const refused = await invoke(path.join(root, 'tests/fixtures/decks/reveal-docs-example'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'PATH_OUTSIDE_DECK' } });
    await expect(window.locator('.reveal .slides h1').first()).toHaveText('A basic deck');
    expect(await invoke(path.join(root, 'tests/fixtures/decks/basic'))).toMatchObject({ ok: true });
  });
});
