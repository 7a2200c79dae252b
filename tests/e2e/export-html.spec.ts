// `docent export --html` end to end: the real command line writes the file, and Chromium opens it
// from file:// with every request outside the file itself aborted and counted. The deck must present,
// step through its fragments, show its picture and draw its map, and its speaker view (opened with S,
// the same file) must show the notes, the next step and the timer, and steer the audience window.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { runExport } from './support/pdf-pages';
import { currentIndices } from './support/present';

const root = path.resolve(import.meta.dirname, '../..');

let work: string;
let folder: string;
let htmlFile: string;
test.beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'docent-html-e2e-'));
  folder = path.join(work, 'share');
  cpSync(path.join(root, 'tests/fixtures/decks/share'), folder, { recursive: true });
  htmlFile = path.join(work, 'share.html');
  const run = await runExport([folder, '--html', htmlFile]);
  expect(run.stderr, run.stderr).toMatch(/100% Exported 5 slides/);
  expect(run.status).toBe(0);
  expect(run.stdout.trim()).toBe(htmlFile);
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));
test.describe.configure({ mode: 'serial', timeout: 120_000 });

interface Offline {
  /** Every request the pages made for anything but the file itself. */
  outside: string[];
  /** Content-Security-Policy violations the pages reported. */
  violations(page: Page): Promise<string[]>;
}

/** Lets the browser load the file and nothing else: every other request is aborted and recorded. */
async function offline(context: BrowserContext, file: string): Promise<Offline> {
  const own = pathToFileURL(file).href;
  const outside: string[] = [];
  context.on('request', (request) => {
    if (request.url().split('#')[0] !== own) outside.push(request.url());
  });
  await context.route('**/*', (route) => (route.request().url().split('#')[0] === own ? route.continue() : route.abort()));
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return { outside, violations: (page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

async function openFile(page: Page, file: string, hash = ''): Promise<void> {
  await page.goto(`${pathToFileURL(file).href}${hash}`);
  await page.waitForSelector('html[data-docent-ready="true"]');
}

test('the file presents offline from file://: fragments step, the picture shows, the map is drawn; nothing is requested', async ({ context }) => {
  const net = await offline(context, htmlFile);
  const page = await context.newPage();
  await openFile(page, htmlFile);
  await expect(page.locator('.reveal .slides section.present h1')).toHaveText("Harbour town's new ferry line");
  // The theme came along, with its font: the title is set in Source Sans Pro, loaded from the file.
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('white');
  expect(await page.evaluate(async () => (await document.fonts.ready, document.fonts.check('700 40px "Source Sans Pro"')))).toBe(true);

  await page.keyboard.press('ArrowRight');
  await expect.poll(() => currentIndices(page)).toEqual({ h: 1, v: 0 });
  const shown = page.locator('.reveal .slides section.present .fragment.visible');
  await expect(shown).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(shown).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(shown).toHaveCount(2);
  await expect(shown.last()).toContainText('two coins');

  await page.keyboard.press('ArrowRight');
  const picture = page.locator('.reveal .slides section.present img');
  await expect(picture).toHaveAttribute('alt', /The harbour at dawn/);
  await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);

  await page.keyboard.press('End');
  await expect.poll(() => currentIndices(page)).toEqual({ h: 4, v: 0 });
  const map = page.locator('.reveal .slides section.present figure.docent-map');
  await expect(map).toHaveAttribute('aria-label', /Lisbon/);
  // Countries drawn from the inlined basemap, and both ports placed from the deck's coordinates.
  await expect.poll(() => map.locator('path.leaflet-interactive, .leaflet-overlay-pane path').count()).toBeGreaterThan(20);
  await expect(map.locator('.docent-map-label', { hasText: 'Porto' })).toBeVisible();
  await expect(map.locator('.docent-map-label', { hasText: 'Lisbon' })).toBeVisible();
  const probe = await page.evaluate(() => (window.__docentMaps ?? []).map((each) => each.view()));
  expect(probe.length).toBeGreaterThan(0);

  expect(await net.violations(page)).toEqual([]);
  expect(net.outside).toEqual([]);
});

test('S opens the speaker view from the same file: notes, next step, timer, and both windows follow each other', async ({ context }) => {
  const net = await offline(context, htmlFile);
  const audience = await context.newPage();
  await openFile(audience, htmlFile);
  await audience.keyboard.press('ArrowRight');
  await expect.poll(() => currentIndices(audience)).toEqual({ h: 1, v: 0 });

  const opened = context.waitForEvent('page');
  await audience.keyboard.press('s');
  const speaker = await opened;
  await speaker.waitForSelector('html[data-docent-ready="true"]');
  expect(speaker.url()).toBe(`${pathToFileURL(htmlFile).href}#speaker`);
  // It joins the talk where the audience is, and shows that slide's notes with the quotes.
  await expect(speaker.locator('.speaker-position')).toHaveText('Slide 2 of 5');
  const notes = speaker.locator('.speaker-notes-text');
  await expect(notes).toContainText('Who says what');
  await expect(notes.locator('.speaker-quote').first().locator('blockquote')).toHaveText('The ferry will run every twenty minutes');
  await expect(speaker.locator('.speaker-next .reveal')).toHaveAttribute('data-step', '1/0/0');
  await expect(speaker.locator('.speaker-elapsed')).toHaveText(/^\d+:\d\d/);
  // No phone remote: the file has no host to listen on the network.
  await expect(speaker.getByRole('button', { name: 'Use phone as remote' })).toHaveCount(0);

  // The speaker view drives: fragments and slides reach the audience window.
  await speaker.keyboard.press('ArrowRight');
  await expect.poll(() => audience.locator('.reveal .slides section.present .fragment.visible').count()).toBe(1);
  await speaker.keyboard.press('ArrowRight');
  await speaker.keyboard.press('ArrowRight');
  await expect.poll(() => currentIndices(audience)).toEqual({ h: 2, v: 0 });
  await expect(notes).toContainText('A picture drawn for the tests.');
  // And the audience window drives the speaker view.
  await audience.keyboard.press('End');
  await expect(speaker.locator('.speaker-position')).toHaveText('Slide 5 of 5');
  await expect(notes).toContainText('The map shows the line');
  await expect(speaker.locator('.speaker-next-end')).toBeVisible();

  expect(await net.violations(audience)).toEqual([]);
  expect(await net.violations(speaker)).toEqual([]);
  expect(net.outside).toEqual([]);
});

test('the file carries a strict Content-Security-Policy and the same sanitized slides: no script of the deck runs', async ({ context }) => {
  const html = readFileSync(htmlFile, 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  expect(policy).toMatch(/default-src 'none'/);
  expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  expect(policy).toMatch(/connect-src 'none'/);
  expect(html.match(/<script\b/g)?.length).toBe(2);

  // A deck that tries to run script and load remote things, exported and opened offline.
  const hostile = path.join(work, 'hostile');
  cpSync(folder, hostile, { recursive: true });
  writeFileSync(path.join(hostile, 'deck.md'), [
    '# Hostile',
    '',
    '<img src="x" onerror="window.__ran = 1"><script>window.__ran = 2</script>',
    '<img src="https://example.invalid/tracker.png" alt="tracker">',
    '<a href="javascript:window.__ran = 3">link</a>',
    '<!-- .slide: data-background-image="https://example.invalid/bg.png" -->',
    '',
  ].join('\n'));
  const file = path.join(work, 'hostile.html');
  const run = await runExport([hostile, '--html', file]);
  expect(run.status, run.stderr).toBe(0);
  const net = await offline(context, file);
  const page = await context.newPage();
  await openFile(page, file);
  await expect(page.locator('.reveal .slides section.present h1')).toHaveText('Hostile');
  await expect(page.locator('.docent-blocked-image')).toContainText('tracker');
  await page.locator('.reveal a', { hasText: 'link' }).click();
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  expect(net.outside).toEqual([]);
});

test('same refusals and exit statuses as the PDF export: never over the deck, bad options, a missing deck', async () => {
  const deckFile = path.join(folder, 'deck.md');
  const before = readFileSync(deckFile, 'utf8');
  const refused = await runExport([folder, '--html', deckFile]);
  expect(refused.status).toBe(4);
  expect(refused.stderr.trim().split('\n')).toHaveLength(1);
  expect(readFileSync(deckFile, 'utf8')).toBe(before);
  const picture = await runExport([folder, '--html', path.join(folder, 'images/harbour.png')]);
  expect(picture.status).toBe(4);
  expect(statSync(path.join(folder, 'images/harbour.png')).size).toBeGreaterThan(0);

  const combined = await runExport([folder, '--html', path.join(work, 'a.html'), '--fragments']);
  expect(combined.status).toBe(2);
  expect(combined.stderr).toMatch(/^docent export: --fragments is for PDF and image export/);
  const missing = await runExport([path.join(work, 'no-such-deck'), '--html', path.join(work, 'b.html')]);
  expect(missing.status).toBe(3);
  const noFolder = await runExport([folder, '--html', path.join(work, 'no-such-folder', 'c.html')]);
  expect(noFolder.status).toBe(1);
  expect(noFolder.stderr).toMatch(/does not exist/);
});
