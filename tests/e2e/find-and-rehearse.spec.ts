// Find a slide and rehearse, in the speaker view through the browser host: Ctrl+F or / filters the
// slides and jumps (the audience follows the jump, never sees the box); a rehearsal records each
// slide's time on the app's clock (Playwright's fake clock here), keeps it per deck, and the speaker
// view then shows each slide's time against the rehearsed one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { startDocentServer, type DocentServer } from './support/docent-server';
import { currentIndices, openDeck } from './support/present';

let server: DocentServer;
test.beforeEach(async () => {
  server = await startDocentServer('tests/fixtures/decks/speaker');
});
test.afterEach(async () => server.stop());

async function openBoth(context: BrowserContext, fakeClock = false): Promise<{ audience: Page; speaker: Page }> {
  const audience = await context.newPage();
  await openDeck(audience, server.url);
  const speaker = await context.newPage();
  if (fakeClock) await speaker.clock.install();
  await openDeck(speaker, `${server.origin}/speaker#token=${server.token}`);
  return { audience, speaker };
}

test('Ctrl+F and / find a slide by title or text and jump there; the audience sees only the jump', async ({ context }) => {
  const { audience, speaker } = await openBoth(context);
  await speaker.keyboard.press('Control+f');
  const box = speaker.getByRole('dialog', { name: 'Find a slide' });
  await expect(box).toBeVisible();
  await speaker.keyboard.type('researcher');
  await expect(box.locator('li .speaker-find-title')).toHaveText(['What the researcher said']);
  await speaker.keyboard.press('Enter');
  await expect(box).toBeHidden();
  await expect.poll(() => currentIndices(audience)).toEqual({ h: 2, v: 0 });
  await expect(speaker.locator('.speaker-position')).toHaveText('Slide 3 of 5');
  // Typing into the box moved nothing on the way (letters like "r" and "s" are keys elsewhere).
  await expect(audience.locator('.speaker-find')).toHaveCount(0);

  // "/" opens it too; text (not only titles) is searched; ↓ chooses the next match.
  await speaker.keyboard.press('/');
  await speaker.keyboard.type('point');
  await expect(box.locator('li .speaker-find-title')).toHaveText(['Built up step by step']);
  await speaker.keyboard.press('Enter');
  await expect.poll(() => currentIndices(audience)).toEqual({ h: 1, v: 0 });
  // Esc closes it without moving.
  await speaker.keyboard.press('/');
  await speaker.keyboard.type('deck');
  await speaker.keyboard.press('Escape');
  await expect(box).toBeHidden();
  await expect.poll(() => currentIndices(audience)).toEqual({ h: 1, v: 0 });
});

test('a rehearsal records each slide’s time on the app’s clock, is kept per deck, and paces the next talk', async ({ context }) => {
  const { speaker } = await openBoth(context, true);
  // The page's clock stands still from here and moves only when the test moves it.
  await speaker.clock.pauseAt(Date.now() + 5_000);
  await speaker.keyboard.press('r');
  await expect(speaker.locator('.speaker-slide-time')).toHaveAttribute('data-mode', 'rehearsing');
  await speaker.clock.runFor(40_000);
  await speaker.keyboard.press('ArrowRight');
  // Two fragment steps on the second slide count as the same slide.
  await speaker.clock.runFor(30_000);
  await speaker.keyboard.press('ArrowRight');
  await speaker.clock.runFor(50_000);
  await speaker.keyboard.press('ArrowRight');
  await speaker.keyboard.press('ArrowRight');
  await speaker.clock.runFor(20_000);
  await speaker.keyboard.press('r');
  await expect(speaker.locator('.speaker-slide-time')).not.toHaveAttribute('data-mode', 'rehearsing');

  // Kept per deck with the presenter's memory (the settings folder docent serve was given).
  const memoryFile = path.join(path.dirname(server.deckFolder), 'settings', 'presentations.json');
  const slidesOf = () => {
    try {
      const memory = JSON.parse(readFileSync(memoryFile, 'utf8')) as Record<string, { rehearsal?: { slides: Record<string, number> } }>;
      return Object.values(memory)[0]?.rehearsal?.slides ?? null;
    } catch {
      return null;
    }
  };
  await expect.poll(slidesOf, { timeout: 10_000 }).toEqual({ '0/0': 40_000, '1/0': 80_000, '2/0': 20_000 });

  // A new speaker view (the next talk) shows each slide's time against the rehearsal and paces by it.
  await speaker.close();
  const again = await context.newPage();
  // The clock is the context's: it runs again while the page loads, then stands still.
  await context.clock.resume();
  await openDeck(again, `${server.origin}/speaker#token=${server.token}`);
  await again.clock.pauseAt((await again.evaluate(() => Date.now())) + 1_000);
  await again.keyboard.press('Home');
  await again.getByRole('button', { name: 'Reset' }).click();
  await expect(again.locator('.speaker-slide-time')).toContainText('of 0:40 rehearsed');
  await again.keyboard.press('ArrowRight');
  await expect(again.locator('.speaker-slide-time')).toContainText('of 1:20 rehearsed');
  // At 0:00 on the second slide: 0:40 ahead of the rehearsal (the deck's 10 minutes shared equally would say 2:00).
  await expect(again.locator('.speaker-pacing')).toHaveText('2:20 left · 0:40 ahead');
});
