// Code and math as reveal.js shows them: code highlighted by reveal.js's highlight plugin (its own
// highlight.js), line numbers and one fragment per line step; math typeset by KaTeX with its own
// fonts; all offline, in the presenting view and in the PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startDocentServer, type DocentServer } from './support/docent-server';
import { openDeck, watchOffAppRequests } from './support/present';
import { pageText, runExport } from './support/pdf-pages';

const deckPath = 'tests/fixtures/decks/code-and-math';
let server: DocentServer;
test.beforeAll(async () => {
  server = await startDocentServer(deckPath);
});
test.afterAll(async () => server.stop());

test('a code slide: highlighted, numbered, and its line steps are fragments that move the highlight', async ({ page }) => {
  const offApp = watchOffAppRequests(page, server.origin);
  await openDeck(page, server.url);
  await page.keyboard.press('ArrowRight');
  const slide = page.locator('.reveal .slides > section.present');
  await expect(slide.locator('h2')).toHaveText('Line steps');
  // One block per step: the first shows line 1, a fragment shows lines 3 to 5.
  const blocks = slide.locator('pre.code-wrapper > code');
  await expect(blocks).toHaveCount(2);
  await expect(blocks.nth(1)).toHaveClass(/fragment/);
  await expect(blocks.first().locator('.hljs-keyword').first()).toHaveText('const');
  await expect(blocks.first().locator('td.hljs-ln-numbers')).toHaveCount(7);
  const highlighted = (index: number) => blocks.nth(index).locator('tr.highlight-line td.hljs-ln-code').allTextContents();
  expect(await highlighted(0)).toEqual(["const greeting = 'hello';"]);
  expect((await highlighted(1)).map((line) => line.trim())).toEqual(['function greet(name) {', 'return `${greeting}, ${name}`;', '}']);
  // The colours are the theme's, not the browser's default black on white.
  const keywordColour = await blocks.first().locator('.hljs-keyword').first().evaluate((element) => getComputedStyle(element).color);
  expect(keywordColour).not.toBe('rgb(0, 0, 0)');
  await page.screenshot({ path: test.info().outputPath('code-step-1.png') });
  await page.keyboard.press('ArrowRight');
  await expect(blocks.nth(1)).toHaveClass(/visible/);
  await page.screenshot({ path: test.info().outputPath('code-step-2.png') });

  await page.keyboard.press('ArrowRight');
  const numbered = page.locator('.reveal .slides > section.present pre > code');
  await expect(numbered.locator('.hljs-ln-n').first()).toHaveAttribute('data-line-number', '10');
  expect(offApp).toEqual([]);
});

test('a math slide: KaTeX typesets display and inline math, with its bundled fonts, in the slide and its notes', async ({ page }) => {
  const offApp = watchOffAppRequests(page, server.origin);
  await openDeck(page, server.url);
  // Slide 2's line step is a fragment: one more press than slides.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  const slide = page.locator('.reveal .slides > section.present');
  await expect(slide.locator('h2')).toHaveText('Math');
  await expect(slide.locator(':scope > .katex-display')).toHaveCount(0); // display math sits in its paragraph
  await expect(slide.locator('.katex-display .katex')).toHaveCount(1);
  await expect(slide.locator(':scope > p .katex')).toHaveCount(2); // the display block's paragraph and the inline one
  await expect(slide.locator('.katex-error')).toHaveCount(0);
  await expect(slide.locator('aside.notes .katex')).toHaveCount(1);
  expect(await page.evaluate(async () => (await document.fonts.load('20px KaTeX_Main')).length)).toBeGreaterThan(0);
  await page.screenshot({ path: test.info().outputPath('math.png') });

  await page.keyboard.press('ArrowRight');
  const plain = page.locator('.reveal .slides > section.present');
  await expect(plain.locator('h2')).toHaveText('Not code, not math');
  await expect(plain.locator('pre code')).toContainText('$5 and $6 stay dollars');
  await expect(plain.locator('pre code')).toContainText('<!-- .element: class="fragment" -->');
  await expect(plain.locator('.katex, .fragment')).toHaveCount(0);
  expect(offApp).toEqual([]);
});

test('the PDF has the highlighted code and KaTeX’s fonts', async () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'docent-code-math-'));
  try {
    const file = path.join(work, 'code-and-math.pdf');
    const run = await runExport([path.join(path.resolve(import.meta.dirname, '../..'), deckPath), '--pdf', file]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/warning/);
    expect(pageText(file, 2)).toContain("const greeting = 'hello';");
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/KaTeX_Main/);
    // KaTeX's glyphs, as text: the integral sign and the inline formula.
    expect(pageText(file, 4)).toContain('∫');
    expect(pageText(file, 4)).toContain('eiπ + 1 = 0');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
