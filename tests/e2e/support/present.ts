// Helpers shared by the end-to-end specs: open a deck page, watch every request it makes.
import type { Page } from '@playwright/test';

export async function openDeck(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-docent-ready="true"]');
}

/** Records every request that does not go to `origin` (data: and blob: URLs stay in the page). */
export function watchOffAppRequests(page: Page, origin: string): string[] {
  const offApp: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) offApp.push(url);
  });
  return offApp;
}

export async function slideCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('.reveal .slides > section:not(.stack), .reveal .slides > section.stack > section').length);
}

export async function currentIndices(page: Page): Promise<{ h: number; v: number }> {
  return page.evaluate(() => {
    const present = document.querySelector('.reveal .slides > section.present');
    const sections = Array.from(document.querySelectorAll('.reveal .slides > section'));
    const h = present ? sections.indexOf(present) : -1;
    const inner = present?.querySelectorAll(':scope > section') ?? [];
    const v = Array.from(inner).findIndex((section) => section.classList.contains('present'));
    return { h, v: Math.max(v, 0) };
  });
}
