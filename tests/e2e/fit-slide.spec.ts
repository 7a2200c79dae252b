// Long headlines and dense slides shrink to fit the 16:9 slide instead of running off it.
import { expect, test, type Page } from '@playwright/test';
import { startDocentServer, type DocentServer } from './support/docent-server';
import { openDeck } from './support/present';

let server: DocentServer;
test.beforeAll(async () => {
  server = await startDocentServer('tests/fixtures/decks/long-text');
});
test.afterAll(async () => server.stop());

async function presentSlideFits(page: Page): Promise<{ fits: boolean; shrunk: boolean }> {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.reveal .slides > section.present')!;
    return { fits: slide.scrollHeight <= 720, shrunk: slide.classList.contains('docent-shrunk') };
  });
}

test('a long headline and a dense slide are shrunk until they fit', async ({ page }) => {
  await openDeck(page, server.url);
  await expect.poll(() => presentSlideFits(page)).toEqual({ fits: true, shrunk: true });
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => presentSlideFits(page)).toEqual({ fits: true, shrunk: true });
});
