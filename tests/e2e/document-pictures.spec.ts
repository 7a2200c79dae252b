// Decks made from a Word report and from a PDF (both made by LibreOffice) show the documents' pictures:
// `docent generate` copies them into the deck, the browser host serves them, and each picture slide shows
// its picture whole, with its caption, in Chromium. The screenshots are kept with the test's output.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDocentServer, type DocentServer } from './support/docent-server';
import { openDeck, watchOffAppRequests } from './support/present';

const root = path.resolve(import.meta.dirname, '../..');
const office = path.join(root, 'tests/fixtures/documents/office');

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'docent-document-pictures-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Where each picture slide is: its stack's index and its place in the stack. */
async function pictureSlides(page: Page): Promise<Array<{ h: number; v: number }>> {
  return page.evaluate(() => {
    const stacks = Array.from(document.querySelectorAll('.reveal .slides > section'));
    return stacks.flatMap((stack, h) => {
      const inner = Array.from(stack.querySelectorAll(':scope > section'));
      const slides = inner.length > 0 ? inner : [stack];
      return slides.flatMap((slide, v) => (slide.querySelector('img') ? [{ h, v }] : []));
    });
  });
}

for (const [name, shot] of [
  ['river-report.docx', 'deck-from-word'],
  ['river-report.pdf', 'deck-from-pdf'],
] as const) {
  test(`a deck from ${name} shows its pictures with their captions`, async ({ page }, testInfo) => {
    const deck = path.join(work, shot);
    execFileSync(process.execPath, [path.join(root, 'bin/docent.mjs'), 'generate', path.join(office, name), '--out', deck]);
    expect(readdirSync(path.join(deck, 'pictures'))).toHaveLength(2);
    let server: DocentServer | undefined;
    try {
      server = await startDocentServer(path.relative(root, deck));
      const offApp = watchOffAppRequests(page, server.origin);
      await openDeck(page, server.url);
      const slides = await pictureSlides(page);
      expect(slides).toHaveLength(2);
      for (const [i, slide] of slides.entries()) {
        await page.keyboard.press('Home');
        for (let n = 0; n < slide.h; n++) await page.keyboard.press('ArrowRight');
        for (let n = 0; n < slide.v; n++) await page.keyboard.press('ArrowDown');
        const picture = page.locator('.reveal .slides section.present img');
        await expect(picture).toBeVisible();
        await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(480);
        // Whole on the slide once the slide transition has settled.
        await expect
          .poll(async () => {
            const box = await picture.boundingBox();
            return box !== null && box.x >= 0 && box.x + box.width <= 1280 && box.y >= 0 && box.y + box.height <= 720 && box.width > 200;
          })
          .toBe(true);
        await expect(page.locator('.reveal .slides section.present em').last()).toHaveText(i === 0 ? /Mayor Jonas Weber and engineer Lena Fischer/ : /River level at the Bonn gauge/);
        await page.waitForTimeout(300);
        await page.screenshot({ path: testInfo.outputPath(`${shot}-picture-${i + 1}.png`) });
      }
      expect(offApp).toEqual([]);
    } finally {
      await server?.stop();
    }
  });
}
