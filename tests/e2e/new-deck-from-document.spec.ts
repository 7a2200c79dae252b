// New Deck from Document… in the browser host: the page's ☰ menu opens the dialog, a Word report uploaded
// there becomes a new deck folder under --new-decks and opens at its title slide; a scanned PDF shows OCR
// progress and can be cancelled; a bad file gets its one line; without --new-decks the item says why.
// The dialog and its progress are kept as screenshots with the test's output.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDocentServer, type DocentServer } from './support/docent-server';
import { openDeck, watchOffAppRequests } from './support/present';

const root = path.resolve(import.meta.dirname, '../..');
const office = path.join(root, 'tests/fixtures/documents/office');

let server: DocentServer;
test.beforeAll(async () => {
  server = await startDocentServer('tests/fixtures/decks/basic', {}, { newDecks: true });
});
test.afterAll(async () => server.stop());

async function openMenuItem(page: Page): Promise<void> {
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await page.getByRole('button', { name: '☰ Docent' }).click();
  await page.getByRole('menuitem', { name: 'New Deck from Document…' }).click();
}

test('a Word report picked in the dialog becomes a new deck that opens at its title slide', async ({ page }, testInfo) => {
  const offApp = watchOffAppRequests(page, server.origin);
  await openDeck(page, server.url);
  await openMenuItem(page);
  const dialog = page.getByRole('dialog', { name: 'New deck from document' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(server.newDecksFolder ?? '');
  await page.screenshot({ path: testInfo.outputPath('new-deck-dialog.png') });

  await dialog.getByLabel('Document').setInputFiles(path.join(office, 'river-report.docx'));
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  const title = page.locator('.reveal .slides > section').first().locator('h1');
  await expect(title).toHaveText('Spring flood report for the middle Rhine');
  await expect(page.locator('.reveal .slides section.present h1')).toHaveText('Spring flood report for the middle Rhine');
  const folder = path.join(server.newDecksFolder ?? '', 'river-report deck');
  expect(readdirSync(server.newDecksFolder ?? '')).toEqual(['river-report deck']);
  expect(readFileSync(path.join(folder, 'deck.md'), 'utf8')).toMatch(/^# Spring flood report for the middle Rhine$/m);
  await expect(page.locator('.docent-notice')).toHaveText(`Opened ${folder}`);
  // Its pictures are served from the new deck's folder.
  const pictures = page.locator('.reveal .slides img');
  await expect(pictures).toHaveCount(2);
  await expect.poll(() => pictures.first().evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
  expect(offApp).toEqual([]);
});

test('a scanned PDF shows its OCR progress, and Cancel stops it with nothing written', async ({ page }, testInfo) => {
  await openDeck(page, server.url);
  const before = readdirSync(server.newDecksFolder ?? '');
  await openMenuItem(page);
  const dialog = page.getByRole('dialog', { name: 'New deck from document' });
  await dialog.getByLabel('Document').setInputFiles(path.join(office, 'scanned-page.pdf'));
  const message = dialog.locator('.docent-new-deck-message');
  await expect(message).toContainText('with OCR', { timeout: 30_000 });
  await expect(dialog.locator('progress')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('new-deck-progress.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Cancelled; nothing was written.');
  // Closed on the host too: another document can be taken at once.
  await expect.poll(async () => (await page.evaluate(() => document.querySelector('.docent-new-deck')?.getAttribute('data-state')))).toBe('choosing');
  expect(readdirSync(server.newDecksFolder ?? '')).toEqual(before);
});

test('a bad file gets one line naming it and what is wrong, and nothing is written', async ({ page }, testInfo) => {
  await openDeck(page, server.url);
  const before = readdirSync(server.newDecksFolder ?? '');
  await openMenuItem(page);
  const dialog = page.getByRole('dialog', { name: 'New deck from document' });
  await dialog.getByLabel('Document').setInputFiles({ name: 'letter.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('Just some text, saved with the wrong name.') });
  const alert = dialog.getByRole('alert');
  await expect(alert).toHaveText('letter.docx: the file is not a Word document (its content is not in that format)');
  await page.screenshot({ path: testInfo.outputPath('new-deck-bad-file.png') });
  expect(readdirSync(server.newDecksFolder ?? '')).toEqual(before);
  // The deck that was open is still shown.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('a document dropped on the window becomes a deck too, in a folder of its own', async ({ page }) => {
  await openDeck(page, server.url);
  const before = readdirSync(server.newDecksFolder ?? '');
  const bytes = readFileSync(path.join(office, 'river-report.odt')).toString('base64');
  const transfer = await page.evaluateHandle((data) => {
    const files = new DataTransfer();
    files.items.add(new File([Uint8Array.from(atob(data), (char) => char.charCodeAt(0))], 'river-report.odt'));
    return files;
  }, bytes);
  await page.dispatchEvent('.reveal', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('.reveal', 'drop', { dataTransfer: transfer });
  // The .docx test's "river-report deck" is taken: the next name, never that folder.
  const made = () => readdirSync(server.newDecksFolder ?? '').filter((name) => !before.includes(name));
  await expect.poll(made, { timeout: 30_000 }).toHaveLength(1);
  const [folder] = made();
  expect(folder).toMatch(/^river-report deck \d+$/);
  await expect(page.locator('.docent-notice')).toHaveText(`Opened ${path.join(server.newDecksFolder ?? '', folder ?? '')}`);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('without --new-decks the menu item is unavailable and says why', async ({ page }, testInfo) => {
  const plain = await startDocentServer('tests/fixtures/decks/basic');
  try {
    await openDeck(page, plain.url);
    await page.mouse.move(300, 300);
    await page.getByRole('button', { name: '☰ Docent' }).click();
    const item = page.getByRole('menuitem', { name: 'New Deck from Document…' });
    await expect(item).toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator('.docent-app-menu-why')).toContainText('docent serve --new-decks <folder>');
    await page.screenshot({ path: testInfo.outputPath('new-deck-unavailable.png') });
    // Playwright will not click an aria-disabled item; a user still can, and nothing opens.
    await item.dispatchEvent('click');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  } finally {
    await plain.stop();
  }
});
