// The browser the presenting figures use: the system Chromium driven by Playwright, with the same
// flags the end-to-end tests use, and the in-page checks that say a slide is really on screen.
/* global document, getComputedStyle */
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './paths.mjs';

export async function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

export async function newDeckPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  return context.newPage();
}

/**
 * Resolves with the wall-clock time (ms since the epoch) of the animation frame in which the
 * current slide first has text and a size on screen: checked every frame, so the frame that
 * paints it is the one measured.
 */
export async function firstSlidePaintedAt(page, timeoutMs = 60_000) {
  const handle = await page.waitForFunction(
    () => {
      const slide = document.querySelector('.reveal .slides section.present');
      if (!slide || !slide.textContent?.trim()) return false;
      const box = slide.getBoundingClientRect();
      const style = getComputedStyle(slide);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.display === 'none') return false;
      return performance.timeOrigin + performance.now();
    },
    null,
    { polling: 'raf', timeout: timeoutMs },
  );
  return handle.jsonValue();
}

/** Index of the current horizontal slide, as reveal.js marks it in the DOM. */
export async function presentIndex(page) {
  return page.evaluate(() => {
    const slides = Array.from(document.querySelectorAll('.reveal .slides > section'));
    return slides.findIndex((slide) => slide.classList.contains('present'));
  });
}
