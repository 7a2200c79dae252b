// The presenter's tools through the browser host: the laser pointer lands at the same place on the
// slide in the audience window as in the speaker view (measured, at two window sizes), a stroke drawn
// in one window appears in the other, belongs to its step, is kept next to the deck and is printed
// by `docent export --annotations`; zoom mirrors and Esc returns.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { startDocentServer, type DocentServer } from './support/docent-server';
import { openDeck } from './support/present';
import { hexToRgb, pageImage, pixelsNear, runExport } from './support/pdf-pages';

let server: DocentServer;
test.beforeEach(async () => {
  server = await startDocentServer('tests/fixtures/decks/speaker');
});
test.afterEach(async () => server.stop());

async function openBoth(context: BrowserContext): Promise<{ audience: Page; speaker: Page }> {
  const audience = await context.newPage();
  await openDeck(audience, server.url);
  const speaker = await context.newPage();
  await openDeck(speaker, `${server.origin}/speaker#token=${server.token}`);
  return { audience, speaker };
}

/** The box of the present slide's canvas (reveal.js's .slides) in a deck root. */
function slidesBox(page: Page, root: string): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate((selector) => {
    const box = document.querySelector(`${selector} .slides`)?.getBoundingClientRect();
    if (!box) throw new Error(`no slides in ${selector}`);
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  }, root);
}

/** The laser dot's centre in the window, or null while it is hidden. */
function laserCentre(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const dot = document.querySelector<SVGCircleElement>('.docent-laser');
    if (!dot || dot.style.display === 'none') return null;
    const box = dot.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
}

test('the laser dot lands where the speaker points, within 2 px, at two audience window sizes', async ({ context }) => {
  const { audience, speaker } = await openBoth(context);
  const speakerBox = await slidesBox(speaker, '.speaker-current');
  // A third of the way across and two thirds down the speaker's preview of the slide.
  const at = { x: speakerBox.x + speakerBox.width / 3, y: speakerBox.y + (speakerBox.height * 2) / 3 };
  await speaker.mouse.move(at.x, at.y);
  await speaker.keyboard.down('l');
  await speaker.mouse.move(at.x + 1, at.y);
  await speaker.mouse.move(at.x, at.y);
  await expect.poll(() => laserCentre(speaker)).not.toBeNull();

  for (const size of [{ width: 1280, height: 720 }, { width: 900, height: 760 }]) {
    await audience.setViewportSize(size);
    // The speaker moves again after the audience window changed size.
    await speaker.mouse.move(at.x + 2, at.y + 2);
    await speaker.mouse.move(at.x, at.y);
    const box = await slidesBox(audience, 'body > .reveal');
    const expected = { x: box.x + box.width / 3, y: box.y + (box.height * 2) / 3 };
    await expect
      .poll(async () => {
        const dot = await laserCentre(audience);
        return dot ? Math.max(Math.abs(dot.x - expected.x), Math.abs(dot.y - expected.y)) : Infinity;
      }, { message: `audience ${size.width}×${size.height}` })
      .toBeLessThanOrEqual(2);
    const dot = await laserCentre(audience);
    test.info().annotations.push({ type: 'laser offset', description: `${size.width}×${size.height}: dx ${((dot?.x ?? 0) - expected.x).toFixed(2)} px, dy ${((dot?.y ?? 0) - expected.y).toFixed(2)} px` });
  }
  await speaker.keyboard.up('l');
  await expect.poll(() => laserCentre(audience)).toBeNull();
  await expect.poll(() => laserCentre(speaker)).toBeNull();
});

/** The strokes a deck root shows, in slide units. */
function strokes(page: Page, root: string): Promise<string[]> {
  return page.evaluate((selector) => Array.from(document.querySelectorAll(`${selector} .docent-slide-layer polyline`)).map((line) => line.getAttribute('points') ?? ''), root);
}

async function drawLine(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) await page.mouse.move(from.x + ((to.x - from.x) * step) / 10, from.y + ((to.y - from.y) * step) / 10);
  await page.mouse.up();
}

test('a stroke drawn in the audience window appears in the speaker view, stays with its step, is kept with the deck and printed', async ({ context }) => {
  // Two PDF exports through Chromium.
  test.setTimeout(180_000);
  const { audience, speaker } = await openBoth(context);
  await audience.keyboard.press('d');
  await expect(audience.locator('.docent-tool[data-tool="pen"]')).toHaveAttribute('aria-pressed', 'true');
  const box = await slidesBox(audience, 'body > .reveal');
  // Across the middle of the title slide, a quarter to three quarters of its width.
  await drawLine(audience, { x: box.x + box.width * 0.25, y: box.y + box.height * 0.8 }, { x: box.x + box.width * 0.75, y: box.y + box.height * 0.8 });
  await expect.poll(() => strokes(speaker, '.speaker-current')).toHaveLength(1);
  const [shown] = await strokes(speaker, '.speaker-current');
  const points = (shown ?? '').split(' ').map((pair) => pair.split(',').map(Number));
  // In slide units (1280×720): from x≈320 to x≈960 at y≈576, whatever the speaker preview's size.
  expect(points[0]?.[0]).toBeCloseTo(320, -1);
  expect(points.at(-1)?.[0]).toBeCloseTo(960, -1);
  expect(points[0]?.[1]).toBeCloseTo(576, -1);
  expect(await strokes(audience, 'body > .reveal')).toEqual([shown]);

  // The stroke belongs to the first slide: gone on the next, back on return, in both windows.
  await audience.keyboard.press('Escape');
  await speaker.keyboard.press('ArrowRight');
  await expect.poll(() => strokes(audience, 'body > .reveal')).toEqual([]);
  await expect.poll(() => strokes(speaker, '.speaker-current')).toEqual([]);
  await speaker.keyboard.press('ArrowLeft');
  await expect.poll(() => strokes(audience, 'body > .reveal')).toEqual([shown]);

  // Undo in the speaker view takes it back everywhere; undo is per step, and the audience's history is its own.
  await speaker.keyboard.press('c');
  await expect.poll(() => strokes(audience, 'body > .reveal')).toEqual([]);
  await speaker.keyboard.press('u');
  await expect.poll(() => strokes(audience, 'body > .reveal')).toEqual([shown]);

  // Kept: written next to the deck.
  await speaker.getByRole('button', { name: 'Keep drawings with the deck' }).click();
  const file = path.join(server.deckFolder, 'deck.drawings.json');
  await expect.poll(() => existsSync(file)).toBe(true);
  const kept = JSON.parse(readFileSync(file, 'utf8')) as { drawings: Record<string, unknown[]> };
  expect(Object.keys(kept.drawings)).toEqual(['0/0/-1']);

  await audience.screenshot({ path: 'test-results/screenshots/drawn-slide.png' });

  // docent export --annotations prints it: red pixels along the stroke, none without the flag.
  const pdf = path.join(os.tmpdir(), `docent-drawn-${process.pid}.pdf`);
  for (const annotations of [true, false]) {
    const run = await runExport([server.deckFolder, '--pdf', pdf, '--range', '1', ...(annotations ? ['--annotations'] : [])]);
    expect(run.status, run.stderr).toBe(0);
    const image = pageImage(pdf, 1, 72, annotations ? 'test-results/screenshots/drawn-slide-pdf.png' : undefined);
    // 72 dpi: a 1280×720 px slide prints 960×540 points, one pixel per point.
    const along = { left: Math.round(image.width * 0.3), right: Math.round(image.width * 0.7), top: Math.round(image.height * 0.78), bottom: Math.round(image.height * 0.82) };
    const red = pixelsNear(image, hexToRgb('#e11d48'), 40, along);
    if (annotations) expect(red.count).toBeGreaterThan(200);
    else expect(red.count).toBe(0);
  }
});

test('Alt+click zooms into that part of the slide in both windows; Esc returns', async ({ context }) => {
  const { audience, speaker } = await openBoth(context);
  const box = await slidesBox(speaker, '.speaker-current');
  await speaker.keyboard.down('Alt');
  await speaker.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.3);
  await speaker.keyboard.up('Alt');
  const scale = (page: Page, root: string) => page.evaluate((selector) => document.querySelector<HTMLElement>(selector)?.style.transform ?? '', root);
  await expect.poll(() => scale(audience, 'body > .reveal')).toBe('scale(2.5)');
  await expect.poll(() => scale(speaker, '.speaker-current .reveal')).toBe('scale(2.5)');
  // The point zoomed into stays put on the audience's screen: the slide's (0.2, 0.3) before and after.
  const audienceBox = await slidesBox(audience, 'body > .reveal');
  await expect
    .poll(async () => {
      const zoomed = await slidesBox(audience, 'body > .reveal');
      return Math.abs(zoomed.x + zoomed.width * 0.2 - (audienceBox.x + audienceBox.width * 0.2)) < 2 && zoomed.width > audienceBox.width * 2;
    })
    .toBe(true);
  await speaker.keyboard.press('Escape');
  await expect.poll(() => scale(audience, 'body > .reveal')).toBe('');
  await expect.poll(() => scale(speaker, '.speaker-current .reveal')).toBe('');
  // Esc with nothing to leave is still reveal.js's overview.
  await speaker.keyboard.press('Escape');
  await expect(audience.locator('.reveal')).toHaveClass(/overview/);
});
