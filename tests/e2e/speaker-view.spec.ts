// The speaker view at /speaker and the audience page, in one browser through the browser host: each
// follows the other, the next-step preview, notes set as quotations, the timer, blackout.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { startDocentServer, type DocentServer } from './support/docent-server';
import { currentIndices, openDeck, watchOffAppRequests } from './support/present';

// A server for each test: a talk left blacked out or half-way by one test must not start the next.
let server: DocentServer;
test.beforeEach(async () => {
  server = await startDocentServer('tests/fixtures/decks/speaker');
});
test.afterEach(async () => server.stop());

async function openBoth(context: BrowserContext, docent: DocentServer, options: { fakeClock?: boolean } = {}): Promise<{ audience: Page; speaker: Page }> {
  const audience = await context.newPage();
  await openDeck(audience, docent.url);
  const speaker = await context.newPage();
  if (options.fakeClock) await speaker.clock.install();
  await openDeck(speaker, `${docent.origin}/speaker#token=${docent.token}`);
  return { audience, speaker };
}

/** The current-slide preview's position, as reveal.js marks it. */
function speakerAt(speaker: Page): Promise<{ h: number; v: number; f: number }> {
  return speaker.evaluate(() => {
    const deck = document.querySelector('.speaker-current .reveal');
    const stacks = Array.from(deck?.querySelectorAll(':scope > .slides > section') ?? []);
    const h = stacks.findIndex((section) => section.classList.contains('present'));
    const inner = Array.from(stacks[h]?.querySelectorAll(':scope > section') ?? []);
    const v = Math.max(0, inner.findIndex((section) => section.classList.contains('present')));
    const f = deck?.querySelectorAll('.slides section.present .fragment.visible').length ?? 0;
    return { h, v, f: f - 1 };
  });
}

test('the audience page and the speaker view follow each other', async ({ context }) => {
  const { audience, speaker } = await openBoth(context, server);
  await expect(speaker.locator('.speaker-position')).toHaveText('Slide 1 of 5');
  // The two windows are told apart in the task bar; the previews of the deck never rename the speaker's.
  await expect(audience).toHaveTitle('Speaker view deck — Docent');
  await expect(speaker).toHaveTitle('Speaker view — Speaker view deck');

  await audience.keyboard.press('ArrowRight');
  await expect.poll(() => speakerAt(speaker)).toEqual({ h: 1, v: 0, f: -1 });
  await expect(speaker.locator('.speaker-position')).toHaveText('Slide 2 of 5');

  // Fragments travel too: two steps on the speaker view show both points to the audience.
  await speaker.keyboard.press('ArrowRight');
  await speaker.keyboard.press('ArrowRight');
  await expect.poll(() => audience.locator('.reveal .slides section.present .fragment.visible').count()).toBe(2);
  await speaker.keyboard.press('ArrowRight');
  await expect.poll(() => currentIndices(audience)).toEqual({ h: 2, v: 0 });
  await speaker.keyboard.press('ArrowDown');
  await expect.poll(() => currentIndices(audience)).toEqual({ h: 2, v: 1 });

  await audience.keyboard.press('Home');
  await expect.poll(() => speakerAt(speaker)).toEqual({ h: 0, v: 0, f: -1 });

  // Overview mirrors as well.
  await speaker.keyboard.press('o');
  await expect(audience.locator('.reveal')).toHaveClass(/overview/);
  await audience.keyboard.press('Escape');
  await expect(speaker.locator('.speaker-current .reveal')).not.toHaveClass(/overview/);
});

test('the next preview shows the next step: the next fragment, then the next slide', async ({ context }) => {
  const { audience, speaker } = await openBoth(context, server);
  const next = speaker.locator('.speaker-next .reveal');
  await expect(next).toHaveAttribute('data-step', '1/0/-1');
  await audience.keyboard.press('ArrowRight');
  // On the slide with two fragments, nothing shown yet: next is its first fragment.
  await expect(next).toHaveAttribute('data-step', '1/0/0');
  await expect(next.locator('section.present .fragment.visible')).toHaveText(['First point']);
  await audience.keyboard.press('ArrowRight');
  await expect(next).toHaveAttribute('data-step', '1/0/1');
  await audience.keyboard.press('ArrowRight');
  await expect(next).toHaveAttribute('data-step', '2/0/-1');
  await expect(next.locator('section.present h2').first()).toHaveText('What the researcher said');
  await audience.keyboard.press('End');
  await expect(speaker.locator('.speaker-next-end')).toBeVisible();
  await expect(speaker.locator('.speaker-next-end')).toHaveText('End of the deck');
});

test('notes show attributed quotes with the speaker, role and outlet, and their size changes with + and -', async ({ context }) => {
  const { audience, speaker } = await openBoth(context, server);
  const notes = speaker.locator('.speaker-notes-text');
  await expect(notes).toHaveText('Welcome everyone.');
  await audience.keyboard.press('3');
  await audience.keyboard.press('Enter');
  const quotes = notes.locator('.speaker-quote');
  await expect(quotes).toHaveCount(3);
  await expect(quotes.first().locator('blockquote')).toHaveText('Cooperation would not happen without approval.');
  await expect(quotes.first().locator('.speaker-name')).toHaveText('Jane Doe');
  await expect(quotes.first().locator('.speaker-role')).toHaveText('a researcher at the University of Somewhere');
  await expect(quotes.first().locator('.speaker-outlet')).toHaveText('to the Example News');
  await expect(quotes.nth(1).locator('.speaker-name')).toHaveText('John Roe');
  await expect(quotes.nth(1).locator('.speaker-role')).toHaveText('an analyst');
  await expect(notes).toContainText('The second statement, reported:');
  // The generator's form: the kind as a label before the words, the attribution after a dash.
  await expect(quotes.nth(2)).toHaveAttribute('data-kind', 'reported');
  await expect(quotes.nth(2).locator('blockquote')).toHaveText('Talks will resume in spring');
  await expect(quotes.nth(2).locator('.speaker-name')).toHaveText('A ministry');
  await expect(quotes.nth(2).locator('.speaker-outlet')).toHaveText('to reporters');

  const size = () => notes.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  const before = await size();
  await speaker.keyboard.press('+');
  await speaker.keyboard.press('+');
  expect(await size()).toBe(before + 4);
  // Remembered: a reopened speaker view keeps the size.
  await speaker.reload();
  await speaker.waitForSelector('html[data-docent-ready="true"]');
  expect(await size()).toBe(before + 4);
  await speaker.keyboard.press('-');
  expect(await size()).toBe(before + 2);
});

test('the timer runs, pauses, resets, and paces the talk against the deck’s planned minutes', async ({ context }) => {
  const { audience, speaker } = await openBoth(context, server, { fakeClock: true });
  const elapsed = speaker.locator('.speaker-elapsed');
  // Stop the page's time, start the talk from zero, then let exactly 65 seconds pass.
  await speaker.clock.pauseAt((await speaker.evaluate(() => Date.now())) + 1000);
  await speaker.getByRole('button', { name: 'Reset' }).click();
  await speaker.clock.runFor(65_000);
  await expect(elapsed).toHaveText('1:05');
  // 10 minutes over 5 slides: 2 minutes a slide. At 1:05 on slide 1, on time.
  await expect(speaker.locator('.speaker-pacing')).toHaveText('8:55 left · on time');

  await speaker.getByRole('button', { name: 'Pause' }).click();
  await speaker.clock.runFor(30_000);
  await expect(elapsed).toHaveText('1:05');
  await expect(elapsed).toHaveClass(/paused/);
  await speaker.keyboard.press('t');
  await speaker.clock.runFor(200_000);
  await expect(elapsed).toHaveText('4:25');
  // Still on slide 1 after 4:25: 2:25 past its share.
  await expect(speaker.locator('.speaker-pacing')).toHaveAttribute('data-verdict', 'behind');
  await expect(speaker.locator('.speaker-pacing')).toHaveText('5:35 left · 2:25 behind');
  await audience.keyboard.press('End');
  await expect(speaker.locator('.speaker-pacing')).toHaveAttribute('data-verdict', 'ahead');

  await speaker.getByRole('button', { name: 'Reset' }).click();
  await expect(elapsed).toHaveText('0:00');
  await speaker.clock.runFor(3_000);
  await expect(elapsed).toHaveText('0:03');
  // The wall clock shows the time of day.
  await expect(speaker.locator('.speaker-clock')).toHaveText(/\d{1,2}:\d{2}/);
});

test('blackout mirrors both ways, and the presenter still sees the slide', async ({ context }) => {
  const { audience, speaker } = await openBoth(context, server);
  await audience.keyboard.press('b');
  await expect(speaker.locator('.speaker-blackout')).toBeVisible();
  await expect(speaker.locator('.speaker-current .reveal')).toHaveClass(/paused/);
  await speaker.keyboard.press('b');
  await expect(audience.locator('.reveal')).not.toHaveClass(/paused/);
  await expect(speaker.locator('.speaker-blackout')).toBeHidden();
  await speaker.keyboard.press('.');
  await expect(audience.locator('.reveal')).toHaveClass(/paused/);
});

test('a speaker view opened late joins the talk where it is; S on the audience page opens it', async ({ context }) => {
  const audience = await context.newPage();
  await openDeck(audience, server.url);
  await audience.keyboard.press('ArrowRight');
  await audience.keyboard.press('ArrowRight');
  const popup = context.waitForEvent('page');
  await audience.keyboard.press('s');
  const speaker = await popup;
  await speaker.waitForSelector('html[data-docent-ready="true"]');
  expect(new URL(speaker.url()).pathname).toBe('/speaker');
  await expect.poll(() => speakerAt(speaker)).toEqual({ h: 1, v: 0, f: 0 });
  // Back: first the point that was shown goes, then the slide.
  await speaker.keyboard.press('ArrowLeft');
  await expect(audience.locator('.reveal .slides section.present .fragment.visible')).toHaveCount(0);
  await speaker.keyboard.press('ArrowLeft');
  await expect.poll(() => currentIndices(audience)).toEqual({ h: 0, v: 0 });
});

test('reopening the deck offers to resume at the slide where the talk stopped, with its timer', async ({ context }) => {
  const { audience, speaker } = await openBoth(context, server);
  await audience.keyboard.press('4');
  await audience.keyboard.press('Enter');
  await expect.poll(() => currentIndices(audience)).toEqual({ h: 2, v: 1 });
  await speaker.getByRole('button', { name: 'Pause' }).click();
  const elapsedThen = await speaker.locator('.speaker-elapsed').textContent();
  await server.restart();
  const again = await context.newPage();
  await openDeck(again, server.url);
  const offer = again.getByRole('dialog', { name: 'Resume' });
  await expect(offer).toContainText('Last time you stopped at slide 4.');
  await offer.getByRole('button', { name: 'Resume at slide 4' }).click();
  await expect.poll(() => currentIndices(again)).toEqual({ h: 2, v: 1 });
  // The timer waits, paused, at the time it had.
  const speakerAgain = await context.newPage();
  await openDeck(speakerAgain, `${server.origin}/speaker#token=${server.token}`);
  await expect(speakerAgain.locator('.speaker-elapsed')).toHaveText(elapsedThen ?? '');
  await expect(speakerAgain.locator('.speaker-elapsed')).toHaveClass(/paused/);
});

test('presenting from two pages makes no request outside the app', async ({ context }) => {
  const audience = await context.newPage();
  const offApp = watchOffAppRequests(audience, server.origin);
  await openDeck(audience, server.url);
  const speaker = await context.newPage();
  offApp.push(...watchOffAppRequests(speaker, server.origin));
  await openDeck(speaker, `${server.origin}/speaker#token=${server.token}`);
  for (let step = 0; step < 8; step += 1) await speaker.keyboard.press('ArrowRight');
  await expect.poll(() => currentIndices(audience)).toEqual({ h: 3, v: 0 });
  expect(offApp).toEqual([]);
});

test('on the default deck, the speaker view sets Korolev’s statement as a quotation with his role and the BBC', async ({ context }) => {
  const docent = await startDocentServer('slides/russia-china-north-korea');
  try {
    const { audience, speaker } = await openBoth(context, docent);
    // The slide whose notes quote him, counted as the slide counter counts.
    const number = await audience.evaluate(() => {
      const slides = Array.from(document.querySelectorAll('.reveal .slides > section:not(.stack), .reveal .slides > section.stack > section'));
      return slides.findIndex((slide) => /Korolev/.test(slide.querySelector(':scope > aside.notes')?.textContent ?? '')) + 1;
    });
    expect(number).toBeGreaterThan(0);
    for (const digit of String(number)) await speaker.keyboard.press(digit);
    await speaker.keyboard.press('Enter');
    await expect(speaker.locator('.speaker-position')).toHaveText(new RegExp(`^Slide ${number} of `));
    const quote = speaker.locator('.speaker-notes-text .speaker-quote').filter({ has: speaker.locator('.speaker-name', { hasText: 'Korolev' }) }).first();
    await expect(quote.locator('.speaker-name')).toHaveText('Alexander Korolev');
    await expect(quote.locator('.speaker-role')).toContainText('University of New South Wales');
    await expect(quote.locator('.speaker-outlet')).toContainText('BBC');
    // The audience went there too.
    await expect(audience.locator('.reveal .slides section.present aside.notes').first()).toContainText('Korolev');
  } finally {
    await docent.stop();
  }
});

test('a map slide draws in both previews of the speaker view, at their sizes', async ({ context }) => {
  const docent = await startDocentServer('tests/fixtures/decks/map-basic');
  try {
    const { speaker } = await openBoth(context, docent);
    // Slide 1 is the title: the map is the next step, then the current slide.
    await expect(speaker.locator('.speaker-next .reveal section.present [data-map-ready="true"]')).toHaveCount(1, { timeout: 20_000 });
    await speaker.keyboard.press('ArrowRight');
    const map = speaker.locator('.speaker-current .reveal section.present [data-map-ready="true"]');
    await expect(map).toHaveCount(1, { timeout: 20_000 });
    // Drawn at the preview's scale: the map fills its figure rather than a 0×0 box.
    const box = await map.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    expect(box?.height ?? 0).toBeGreaterThan(50);
  } finally {
    await docent.stop();
  }
});
