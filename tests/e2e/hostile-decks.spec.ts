// Hostile decks: known XSS vectors (tests/e2e/hostile/xss-vectors.ts, from OWASP's XSS Filter
// Evasion Cheat Sheet and DOMPurify's test vectors; sources cited there) placed in markdown, front
// matter, notes, slide and element attributes, map blocks and file names. Each deck is presented
// slide by slide in Chromium through the browser host (and its editor, speaker and print views), and:
//   - no script runs: every payload calls the trap `__trap`, which records the call; no dialog opens;
//   - no request leaves the app, and the sanitizer stops every load itself (no CSP violation either:
//     the policy is the second line, it should never have to act);
//   - the host API is not reached from deck content (every API request is the app's own, carrying
//     the bearer token) and the deck folder is unchanged afterwards;
//   - every slide still renders something: its heading is shown.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDocentServer, type DocentServer } from './support/docent-server';
import { openDeck, slideCount, watchOffAppRequests } from './support/present';
import { fileNames, secondReviewMarker, writeAttributeDeck, writeFileNameDeck, writeMapDeck, writeMarkupDeck, writeSecondReviewDeck, type HostileDeck } from './hostile/hostile-decks';
import { attributeVectors, markdownVectors, markupVectors, textVectors, vectorCount } from './hostile/xss-vectors';

const root = path.resolve(import.meta.dirname, '../..');

interface Watch {
  dialogs: string[];
  offApp: string[];
  /** API requests the app did not make (no token header). */
  foreignApiCalls: string[];
  assetStatuses: Map<string, number>;
  /** Uncaught errors: a deck must not crash the page either. */
  pageErrors: string[];
  /** Deck elements found at the window's corners, outside every slide (nothing may cover the app). */
  covering: string[];
  trapCalls(): Promise<string[]>;
  cspViolations(): Promise<string[]>;
  /** The text of every <style> element the page ever had (reveal.js writes auto-animate CSS into one). */
  styleTexts(): Promise<string[]>;
}

async function watch(page: Page, origin: string): Promise<Watch> {
  await page.addInitScript(() => {
    const calls: string[] = [];
    const violations: string[] = [];
    Object.defineProperty(window, '__trapCalls', { value: calls });
    Object.defineProperty(window, '__trap', { value: (what: string) => calls.push(String(what)) });
    Object.defineProperty(window, '__cspViolations', { value: violations });
    const styles: string[] = [];
    Object.defineProperty(window, '__styleTexts', { value: styles });
    new MutationObserver((records) => {
      for (const record of records) {
        const style = record.target instanceof HTMLStyleElement ? record.target : record.target.parentElement;
        if (style instanceof HTMLStyleElement) styles.push(style.textContent ?? '');
        for (const node of Array.from(record.addedNodes)) if (node instanceof HTMLStyleElement) styles.push(node.textContent ?? '');
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
    // Only blocked loads count. Chromium also reports the handlers and <base> it meets while DOMPurify
    // parses a slide in an inert DOMParser document (nothing there can run), and zod's one-time
    // `new Function('')` probe; those are not attempts by the deck to do anything.
    document.addEventListener('securitypolicyviolation', (event) => {
      if (/^[a-z][a-z0-9+.-]*:/i.test(event.blockedURI)) violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  if (process.env.DOCENT_DEBUG) page.on('console', (message) => console.log(`[page] ${message.text()}`));
  const foreignApiCalls: string[] = [];
  const assetStatuses = new Map<string, number>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin || !url.pathname.startsWith('/api/')) return;
    // The app's own calls, the event stream included, carry the token as a bearer header.
    if (!/^Bearer /.test(request.headers()['authorization'] ?? '')) foreignApiCalls.push(`${request.method()} ${url.pathname}`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === origin && url.pathname.startsWith('/deck-asset/')) assetStatuses.set(decodeURIComponent(url.pathname.replace(/^\/deck-asset\/[^/]*\//, '')), response.status());
  });
  return {
    dialogs,
    offApp: watchOffAppRequests(page, origin),
    foreignApiCalls,
    assetStatuses,
    pageErrors,
    covering: [],
    styleTexts: () => page.evaluate(() => [...(window as unknown as { __styleTexts: string[] }).__styleTexts, ...Array.from(document.querySelectorAll('style'), (style) => style.textContent ?? '')]),
    trapCalls: () => page.evaluate(() => (window as unknown as { __trapCalls: string[] }).__trapCalls.slice()),
    cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.slice()),
  };
}

/** Deck elements at the window's corners, which lie outside the slide (the slide is scaled in with a margin). */
async function deckElementsAtCorners(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const { innerWidth: width, innerHeight: height } = window;
    for (const [x, y] of [[2, 2], [width - 3, 2], [2, height - 3], [width / 2, 2]] as const) {
      const element = document.elementFromPoint(x, y);
      if (element?.closest('.reveal .slides section')) found.push(`<${element.localName}> at (${x}, ${y}): ${(element.textContent ?? '').trim().slice(0, 40)}`);
    }
    return found;
  });
}

/** Steps through every slide and fragment (Space), returning each slide's source line and the text it showed. */
async function presentEverySlide(page: Page, seen?: Watch): Promise<Map<number, string>> {
  const total = await slideCount(page);
  const shown = new Map<number, string>();
  const fragments = await page.locator('.reveal .slides .fragment').count();
  for (let step = 0; step <= total + fragments + 1; step++) {
    const current = await page.evaluate(() => {
      const present = Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides section.present')).pop();
      return present ? { line: Number(present.dataset.sourceLine), text: present.innerText.trim() } : null;
    });
    if (current) shown.set(current.line, `${shown.get(current.line) ?? ''}${current.text}`);
    seen?.covering.push(...(await deckElementsAtCorners(page)));
    await page.mouse.move(320 + (step % 5) * 150, 200 + (step % 3) * 150);
    await page.keyboard.press('Space');
  }
  return shown;
}

/** What the sanitizer must have removed, checked on the live DOM (independently of the CSP). */
async function unsafeMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const reveal = document.querySelector('.reveal');
    if (!reveal) return ['no .reveal element'];
    const forbidden = 'script, style, iframe, frame, frameset, object, embed, form, input, button, textarea, select, link, meta, base, audio, video, source, track, portal, noscript';
    for (const element of Array.from(reveal.querySelectorAll('.slides ' + forbidden.split(', ').join(', .slides ')))) problems.push(`<${element.localName}> in a slide`);
    const sectionsInContent = reveal.querySelectorAll('.slides > section > :not(section) section, .slides > section > section > :not(section) section, .slides > section > section section section');
    if (sectionsInContent.length) problems.push(`${sectionsInContent.length} <section> elements inside slide content`);
    // Elements reveal.js and the map plugin make themselves (backgrounds, drawn maps) are not deck content.
    const appMade = '.backgrounds, .slide-background, .leaflet-container, [data-map-ready]';
    for (const element of Array.from(reveal.querySelectorAll('*'))) {
      if (element.closest(appMade)) continue;
      const isSlide = element.localName === 'section' && !!element.parentElement?.closest('.slides') && !element.parentElement.closest('.slides > section > :not(section)');
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value;
        const where = `<${element.localName} ${name}="${value.slice(0, 80)}">`;
        if (name.startsWith('on')) problems.push(`event handler ${where}`);
        if (['srcset', 'poster', 'background', 'action', 'formaction', 'ping', 'lowsrc', 'dynsrc', 'xlink:href'].includes(name)) problems.push(`URL attribute ${where}`);
        if (!isSlide && /^data-(background|src$|preview)/.test(name)) problems.push(`reveal.js loader attribute inside content ${where}`);
        if ((name === 'id' || name === 'name') && /^(__|docent)/i.test(value)) problems.push(`id clobbering an app global ${where}`);
        // Read as the URL and CSS parsers read it: without whitespace and controls, in any case.
        const squeezed = value.replace(/[\s\p{Cc}]+/gu, '').toLowerCase();
        if (name === 'src' && element.localName === 'img' && !value.startsWith('/deck-asset/') && !/^data:image\/(?!svg)/.test(squeezed)) problems.push(`image source ${where}`);
        if (!['href', 'src'].includes(name) && /url\((?!["']?#)/.test(squeezed)) problems.push(`attribute that loads ${where}`);
        if (name === 'data-auto-animate-easing' && /[;{}]/.test(value)) problems.push(`easing that escapes its declaration ${where}`);
        if (name === 'href' && element.localName === 'a' && !/^(https?:|mailto:|#)/i.test(value)) problems.push(`link ${where}`);
        if (name === 'href' && element.localName !== 'a' && !value.startsWith('#')) problems.push(`href ${where}`);
        if (name === 'style' && element.closest('.slides') && /url\s*\(|image-set|\\/i.test(value)) problems.push(`style that can load ${where}`);
      }
    }
    for (const background of Array.from(reveal.querySelectorAll<HTMLElement>('.backgrounds *, .slide-background, .slide-background *'))) {
      const image = background.style.backgroundImage;
      if (image && image !== 'none' && !image.includes('/deck-asset/')) problems.push(`slide background ${image.slice(0, 80)}`);
      if (background.querySelector('iframe, video')) problems.push('iframe or video in a slide background');
    }
    const globals = window as unknown as Record<string, unknown>;
    for (const name of ['docent', '__docentPrint', '__docentMapsReady']) if (globals[name] instanceof Element) problems.push(`window.${name} is a deck element`);
    return problems;
  });
}

function folderDigest(folder: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(folder).sort()) {
    hash.update(name);
    try {
      hash.update(readFileSync(path.join(folder, name)));
    } catch {
      hash.update('unreadable');
    }
  }
  return hash.digest('hex');
}

async function expectNothingHappened(page: Page, seen: Watch): Promise<void> {
  await page.waitForTimeout(300);
  expect(await seen.trapCalls(), 'script ran').toEqual([]);
  expect(seen.dialogs, 'dialogs opened').toEqual([]);
  expect(seen.offApp, 'requests left the app').toEqual([]);
  expect(seen.foreignApiCalls, 'deck content reached the host API').toEqual([]);
  expect(seen.pageErrors, 'the page threw').toEqual([]);
  expect(await seen.cspViolations(), 'the CSP had to block a load the sanitizer let through').toEqual([]);
  expect(await unsafeMarkup(page), 'unsafe markup reached the page').toEqual([]);
  expect(seen.covering, 'deck content covered the window outside its slide').toEqual([]);
  const leaked = (await seen.styleTexts()).filter((text) => /__trap|damaged|attacker/i.test(text));
  expect(leaked, 'deck text reached a style sheet').toEqual([]);
}

function describeDeck(name: string, build: () => HostileDeck, expectations: (page: Page, server: DocentServer, shown: Map<number, string>, seen: Watch) => Promise<void>): void {
  test.describe(name, () => {
    let deck: HostileDeck;
    let server: DocentServer;
    let before: string;
    test.beforeAll(async () => {
      deck = build();
      server = await startDocentServer(path.relative(root, deck.folder));
      before = folderDigest(server.deckFolder);
    });
    test.afterAll(async () => server?.stop());

    test('presenting every slide runs no script, loads nothing from outside and shows every slide', async ({ page }) => {
      const seen = await watch(page, server.origin);
      await openDeck(page, server.url);
      const total = await slideCount(page);
      const shown = await presentEverySlide(page, seen);
      expect(shown.size, `slides visited (placed: ${deck.placed.length})`).toBe(total);
      for (const [line, text] of shown) expect(text, `slide at deck.md line ${line} shows nothing`).not.toBe('');
      await expectNothingHappened(page, seen);
      await expectations(page, server, shown, seen);
      expect(folderDigest(server.deckFolder), 'the deck folder changed').toBe(before);
    });

    test('the editor shows the deck as text, and its live preview of a typed payload runs no script', async ({ page }) => {
      const seen = await watch(page, server.origin);
      await openDeck(page, server.url);
      await page.keyboard.press('e');
      const editor = page.locator('.cm-content');
      await editor.waitFor();
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.insertText(`\n\n---\n\n## Typed in the editor\n\n<img src=x onerror="__trap('typed-in-editor')"><svg><image href="https://attacker.example/typed.png"/></svg>\n`);
      await expect(page.locator('.reveal .slides')).toContainText('Typed in the editor');
      await expect(editor).toContainText(`<img src=x onerror="__trap('typed-in-editor')">`);
      await expectNothingHappened(page, seen);
      // Unsaved edits go to the recovery copy in the settings folder, never into the deck's folder.
      expect(folderDigest(server.deckFolder), 'the deck folder changed').toBe(before);
    });

    test('the speaker and print views of the deck run no script and load nothing from outside', async ({ page }) => {
      const seen = await watch(page, server.origin);
      await openDeck(page, server.url);
      await page.goto(`${server.origin}/speaker`);
      await page.waitForSelector('html[data-docent-ready="true"]');
      for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
      await page.goto(`${server.origin}/print?notes=1`);
      await page.waitForSelector('html[data-docent-ready="true"]');
      await page.evaluate(() => (window as unknown as { __docentPrint?: { ready: Promise<unknown> } }).__docentPrint?.ready.catch(() => undefined));
      await expectNothingHappened(page, seen);
      expect(folderDigest(server.deckFolder), 'the deck folder changed').toBe(before);
    });
  });
}

test('the corpus holds at least 50 known vectors', () => {
  expect(vectorCount).toBeGreaterThanOrEqual(50);
  expect(markupVectors.length + markdownVectors.length + attributeVectors.length + textVectors.length).toBe(vectorCount);
});

describeDeck('markup, markdown, notes and front matter', writeMarkupDeck, async (page, _server, shown) => {
  // Headings are shown upper-case by the theme.
  const texts = [...shown.values()].join('\n').toLowerCase();
  for (const vector of [...markupVectors, ...markdownVectors]) expect(texts, `heading of ${vector.id}`).toContain(`vector ${vector.id}`);
  // Front matter is text: the title shows verbatim in the window title.
  expect(await page.title()).toContain(`<img src=x onerror=__trap('text-01@title')>`);
});

describeDeck('slide and element attributes', writeAttributeDeck, async (page, _server, shown) => {
  const texts = [...shown.values()].join('\n').toLowerCase();
  for (const vector of attributeVectors) expect(texts, `heading of ${vector.id}`).toContain(`vector ${vector.id}`);
  // Allowed attributes still work: the element marked as a fragment is one.
  expect(await page.locator('.reveal .slides .fragment').count()).toBeGreaterThan(0);
});

describeDeck('map blocks', writeMapDeck, async (page) => {
  // A map either draws or says why not, in text; hostile names stay text.
  const maps = page.locator('.reveal .slides [data-map-ready], .reveal .slides .docent-map-error');
  expect(await maps.count()).toBeGreaterThan(0);
  const text = (await page.locator('.reveal .slides').textContent()) ?? '';
  expect(text).toContain('Map with hostile names');
  // Names the gazetteer does not know are named back to the user as text, hostile or not.
  expect(text).toContain(`unknown place "<svg/onload=__trap('text-03@map')>"`);
});

const outside = mkdtempSync(path.join(os.tmpdir(), 'docent-outside-'));
const secretFile = path.join(outside, 'secret.png');
writeFileSync(secretFile, 'SECRET OUTSIDE THE DECK');

describeDeck('file names and file contents', () => writeFileNameDeck(secretFile), async (page, _server, _shown, seen) => {
  // Names that are vectors still name their files: the images are served from inside the deck.
  expect(seen.assetStatuses.get(fileNames.quoteBreakout)).toBe(200);
  expect(seen.assetStatuses.get(fileNames.markdownBreakout)).toBe(200);
  expect(seen.assetStatuses.get(fileNames.spaced)).toBe(200);
  // A name that looks like a javascript: URL is not loaded as one; it is shown as left out.
  expect(await page.locator('.docent-blocked-image').count()).toBeGreaterThan(0);
  // HTML is never served as an image, and the symlink out of the deck is refused.
  expect(seen.assetStatuses.get(fileNames.symlinkOut)).not.toBe(200);
  const served = await page.evaluate(async (name) => {
    // The page's own asset path, as its images use it.
    const base = /^\/deck-asset\/[^/]+\//.exec(document.querySelector('img[src^="/deck-asset/"]')?.getAttribute('src') ?? '')?.[0] ?? '/deck-asset/-/';
    return (await fetch(`${base}${encodeURIComponent(name)}`)).headers.get('content-type');
  }, fileNames.htmlAsImage);
  expect(served).toBe('application/octet-stream');
});

describeDeck('second review: easing, SVG attributes, covering links, SVG data images', writeSecondReviewDeck, async (page, _server, shown, seen) => {
  // reveal.js did write its auto-animate rules (so the check above saw them), with the default easing.
  const animated = (await seen.styleTexts()).filter((text) => text.includes('data-auto-animate-target'));
  expect(animated.length, 'reveal.js wrote no auto-animate style sheet').toBeGreaterThan(0);
  expect(animated.join('\n')).not.toContain(secondReviewMarker);
  const texts = [...shown.values()].join('\n').toLowerCase();
  expect(texts).toContain('[image not shown: upper-case svg]');
  expect(texts).toContain('[image not shown: all upper-case svg]');
  expect(texts).toContain('[image not shown: svg with a tab]');
  // SVG keeps its reference to its own gradient, and loses every remote one.
  expect(await page.locator('.reveal .slides rect[fill="url(#ok)"]').count()).toBe(1);
  expect(await page.locator('.reveal .slides path[fill], .reveal .slides path[stroke], .reveal .slides path[filter], .reveal .slides path[mask], .reveal .slides path[clip-path], .reveal .slides path[marker-end]').count()).toBe(0);

  // On the slide of invisible covering links, a click outside the slide stays in the app.
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.reveal .slides section.present h2')).toContainText('Invisible links over the whole window');
  await page.waitForTimeout(900);
  expect(await deckElementsAtCorners(page)).toEqual([]);
  // Anywhere in the window outside the slide's box, a point belongs to the app, not to the deck.
  const outsideTheSlide = await page.evaluate(() => {
    const slide = document.querySelector('.reveal .slides section.present')?.getBoundingClientRect();
    if (!slide) return ['no present slide'];
    const found: string[] = [];
    for (let x = 1; x < window.innerWidth; x += 20) {
      for (let y = 1; y < window.innerHeight; y += 20) {
        if (x >= slide.left && x <= slide.right && y >= slide.top && y <= slide.bottom) continue;
        const element = document.elementFromPoint(x, y);
        if (element?.closest('.reveal .slides section')) found.push(`<${element.localName}> at (${x}, ${y})`);
      }
    }
    return found;
  });
  expect(outsideTheSlide, 'deck content takes clicks outside its slide').toEqual([]);
  const pagesBefore = page.context().pages().length;
  const address = page.url();
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  for (const [x, y] of [[3, 3], [viewport.width - 4, 3], [3, viewport.height - 4], [viewport.width / 2, 3]] as const) await page.mouse.click(x, y);
  await page.waitForTimeout(300);
  expect(page.url(), 'a click outside the slide navigated the app away').toBe(address);
  expect(page.context().pages().length, 'a click outside the slide opened a page').toBe(pagesBefore);
  // A web link in a slide opens beside the app, never in its place.
  expect(await page.locator('.reveal .slides a[href^="https://"]:not([target="_blank"])').count()).toBe(0);
});

test.describe('a window narrower than 435 px (reveal.js would switch to its scroll view)', () => {
  let server: DocentServer;
  test.beforeAll(async () => {
    server = await startDocentServer(path.relative(root, writeMarkupDeck().folder));
  });
  test.afterAll(async () => server?.stop());

  test('the deck stays in the slide view, and nothing re-parses its HTML or throws', async ({ page }) => {
    await page.setViewportSize({ width: 400, height: 700 });
    const seen = await watch(page, server.origin);
    await openDeck(page, server.url);
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    // Wider and narrow again: reveal.js's scroll view would end and write the saved slide HTML back.
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.waitForTimeout(300);
    await page.setViewportSize({ width: 380, height: 700 });
    await page.waitForTimeout(300);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await page.locator('.reveal-scroll, .scroll-page').count(), 'reveal.js turned on its scroll view').toBe(0);
    await expect(page.locator('.reveal .slides section.present')).toHaveCount(1);
    await expectNothingHappened(page, seen);
  });
});
