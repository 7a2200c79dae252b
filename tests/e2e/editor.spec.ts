// The in-app editor in Chromium through the browser host: live preview, cursor ↔ slide, saving
// byte-exact, following outside edits, the conflict question, inline errors and recovery.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDocentServer, type DocentServer } from './support/docent-server';
import { currentIndices, openDeck, slideCount } from './support/present';

const fixture = 'tests/fixtures/decks/editing';
let server: DocentServer;

test.beforeEach(async () => {
  server = await startDocentServer(fixture);
});

test.afterEach(async () => {
  await server.stop();
});

const deckFile = () => path.join(server.deckFolder, 'deck.md');
const editorLine = (page: Page, text: string) => page.locator('.docent-editor .cm-line', { hasText: text }).first();
const presentSlide = (page: Page) => page.locator('.reveal .slides section.present:not(.stack)');

async function openEditor(page: Page): Promise<void> {
  await openDeck(page, server.url);
  await page.keyboard.press('e');
  await expect(page.locator('.docent-editor .cm-content')).toBeVisible();
}

/** Scrolls the editor until the line holding `text` is drawn (CodeMirror draws only what is in view). */
async function showLine(page: Page, text: string): Promise<void> {
  const scroller = page.locator('.docent-editor .cm-scroller');
  await scroller.evaluate((element) => element.scrollTo(0, 0));
  for (let step = 0; step < 40 && (await editorLine(page, text).count()) === 0; step++) {
    await scroller.evaluate((element) => element.scrollBy(0, element.clientHeight / 2));
    await page.waitForTimeout(30);
  }
  await editorLine(page, text).scrollIntoViewIfNeeded();
}

/** Puts the cursor at the end of the editor line holding `text`. */
async function cursorAtEndOf(page: Page, text: string): Promise<void> {
  await showLine(page, text);
  await editorLine(page, text).click();
  await page.keyboard.press('End');
}

test('typing in the editor changes the preview, and the title marks the unsaved edit', async ({ page }) => {
  await openEditor(page);
  await expect(page).toHaveTitle('Editing deck — Docent');
  await cursorAtEndOf(page, '# Editing deck');
  await page.keyboard.type(', edited live');
  await expect(presentSlide(page).locator('h1')).toHaveText('Editing deck, edited live');
  await expect(page).toHaveTitle('• Editing deck — Docent');
  await expect(page.locator('.docent-editor-state')).toHaveText('Unsaved changes');
  // Undo puts the deck back, and with it the saved state.
  await page.keyboard.press('Control+z');
  await expect(presentSlide(page).locator('h1')).toHaveText('Editing deck');
  await expect(page).toHaveTitle('Editing deck — Docent');
  expect(await slideCount(page)).toBe(6);
});

test('a slide patched while typing and then a full render show the same slides as a fresh render', async ({ page }) => {
  await openEditor(page);
  // Typing in one slide patches that slide in place (the fast path)…
  await cursorAtEndOf(page, '## Third slide');
  await page.keyboard.type(' (patched)');
  await expect(presentSlide(page).locator('h2')).toHaveText('Third slide (patched)');
  // …then undo and a new slide in one change take the full render, which reuses rendered sections by
  // their source: the section that was patched must not come back under its old source.
  // (One edit: the typed words selected through the end of the text and replaced by the original
  // rest plus a slide. Undo would not do: the editor groups typing into undo steps by time.)
  const original = readFileSync(path.join(fixture, 'deck.md'), 'utf8');
  const rest = original.slice(original.indexOf('## Third slide') + '## Third slide'.length);
  for (let i = 0; i < ' (patched)'.length; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+Control+End');
  await page.keyboard.insertText(`${rest.trimEnd()}\n\n---\n\n## Added slide\n`);
  await expect.poll(() => slideCount(page)).toBe(7);
  const titles = await page.locator('.reveal .slides section:not(.stack)').evaluateAll((sections) => sections.map((section) => section.querySelector('h1, h2')?.textContent ?? ''));
  expect(titles).toContain('Third slide');
  expect(titles).not.toContain('Third slide (patched)');
  expect(titles.at(-1)).toBe('Added slide');
});

test('the preview follows the cursor to slide 4, and the editor follows the preview', async ({ page }) => {
  await openEditor(page);
  await editorLine(page, "The fourth slide's own words").click();
  await expect.poll(() => currentIndices(page)).toEqual({ h: 3, v: 0 });
  await expect(presentSlide(page).locator('h2')).toHaveText('Fourth slide');
  // Moving the deck on (its own arrow) brings that slide's source into the editor.
  await page.locator('.reveal .controls .navigate-right').click();
  await expect.poll(() => currentIndices(page)).toEqual({ h: 4, v: 0 });
  await expect(page.locator('.docent-editor .cm-activeLine')).toHaveText('## A map slide');
});

test('Ctrl+S saves the file byte for byte, keeping one backup', async ({ page }) => {
  const before = readFileSync(deckFile());
  await openEditor(page);
  await cursorAtEndOf(page, '- beta');
  await page.keyboard.type(' and gamma, with ümlaut');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.docent-editor-state')).toHaveText('Saved');
  await expect(page).toHaveTitle('Editing deck — Docent');
  const expected = Buffer.from(before.toString('utf8').replace('- beta\n', '- beta and gamma, with ümlaut\n'), 'utf8');
  expect(readFileSync(deckFile()).equals(expected)).toBe(true);
  expect(readFileSync(`${deckFile()}.bak`).equals(before)).toBe(true);
  expect(readdirSync(server.deckFolder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
});

test('an edit made in another program shows in the preview and the editor, on the same slide', async ({ page }) => {
  await openEditor(page);
  await editorLine(page, 'Plain text on the third slide').click();
  await expect.poll(() => currentIndices(page)).toEqual({ h: 2, v: 0 });
  writeFileSync(deckFile(), readFileSync(deckFile(), 'utf8').replace('## Third slide', '## Third slide, changed elsewhere'));
  await expect(presentSlide(page).locator('h2')).toHaveText('Third slide, changed elsewhere');
  await showLine(page, '## Third slide, changed elsewhere');
  await expect(editorLine(page, '## Third slide, changed elsewhere')).toBeVisible();
  expect(await currentIndices(page)).toEqual({ h: 2, v: 0 });
  await expect(page).toHaveTitle('Editing deck — Docent');
});

test('the deck follows outside edits with the editor closed too', async ({ page }) => {
  await openDeck(page, server.url);
  writeFileSync(deckFile(), readFileSync(deckFile(), 'utf8').replace('# Editing deck\n', '# Renamed outside\n'));
  await expect(presentSlide(page).locator('h1')).toHaveText('Renamed outside');
  await page.keyboard.press('e');
  await expect(editorLine(page, '# Renamed outside')).toBeVisible();
});

test('when both changed, the user is asked; "see both" shows them side by side; "keep mine" saves mine', async ({ page }) => {
  await openEditor(page);
  await cursorAtEndOf(page, '## Second slide');
  await page.keyboard.type(' (mine)');
  await expect(presentSlide(page).locator('h2')).toHaveText('Second slide (mine)');
  const theirs = readFileSync(deckFile(), 'utf8').replace('## Last slide', '## Last slide (theirs)');
  writeFileSync(deckFile(), theirs);

  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('deck.md changed on disk');
  await dialog.getByRole('button', { name: 'See both' }).click();
  const table = dialog.locator('.docent-side-by-side');
  await expect(table.locator('tr.changed td.mine', { hasText: '## Second slide (mine)' })).toBeVisible();
  await expect(table.locator('tr.changed td.theirs', { hasText: '## Last slide (theirs)' })).toBeVisible();
  // Nothing was written while the question was open.
  expect(readFileSync(deckFile(), 'utf8')).toBe(theirs);

  await dialog.getByRole('button', { name: 'Keep mine' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveTitle('• Editing deck — Docent');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.docent-editor-state')).toHaveText('Saved');
  const saved = readFileSync(deckFile(), 'utf8');
  expect(saved).toContain('## Second slide (mine)');
  expect(saved).not.toContain('(theirs)');
});

test('"take theirs" replaces the unsaved edit with the file on disk, in the editor and the preview', async ({ page }) => {
  const original = readFileSync(deckFile(), 'utf8');
  await openEditor(page);
  await cursorAtEndOf(page, '## Second slide');
  await page.keyboard.type(' (mine)');
  await expect(presentSlide(page).locator('h2')).toHaveText('Second slide (mine)');
  await expect(page).toHaveTitle('• Editing deck — Docent');
  // Theirs keeps the second slide as it was and adds a slide: the preview must not keep "(mine)".
  const theirs = `${original}\n---\n\n## Added by them\n`;
  writeFileSync(deckFile(), theirs);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Take theirs (from disk)' }).click();
  await expect(page.locator('.docent-editor .cm-content')).not.toContainText('(mine)');
  await expect(page).toHaveTitle('Editing deck — Docent');
  await expect.poll(() => slideCount(page)).toBe(7);
  await expect(presentSlide(page).locator('h2')).toHaveText('Second slide');
  await expect(page.locator('.reveal .slides')).not.toContainText('(mine)');
  expect(readFileSync(deckFile(), 'utf8')).toBe(theirs);
});

test('saving over a file changed on disk asks first instead of overwriting it', async ({ page }) => {
  await openEditor(page);
  await cursorAtEndOf(page, '## Fourth slide');
  await page.keyboard.type('!');
  // Another program writes while the editor is dirty; whatever order the events come in, the user is asked.
  const theirs = readFileSync(deckFile(), 'utf8').replace('The end.', 'The end, rewritten.');
  writeFileSync(deckFile(), theirs);
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('alertdialog')).toContainText('changed on disk');
  expect(readFileSync(deckFile(), 'utf8')).toBe(theirs);
});

test('saving over a file another program left unreadable asks, and can save over it', async ({ page }) => {
  await openEditor(page);
  await cursorAtEndOf(page, '## Fourth slide');
  await page.keyboard.type(' (mine)');
  // Half-written by another editor: the front matter never closes. The host keeps the last good deck.
  writeFileSync(deckFile(), '---\ntitle: Editing deck\n');
  await page.keyboard.press('Control+s');
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('does not read as a deck');
  expect(readFileSync(deckFile(), 'utf8')).toBe('---\ntitle: Editing deck\n');
  await dialog.getByRole('button', { name: 'Save mine over it' }).click();
  await expect(page.locator('.docent-editor-state')).toHaveText('Saved');
  expect(readFileSync(deckFile(), 'utf8')).toContain('## Fourth slide (mine)');
});

test('a broken map block shows its line and reason inline, and every other slide still renders', async ({ page }) => {
  await openEditor(page);
  await cursorAtEndOf(page, 'title: Two capitals');
  await page.keyboard.type('\ncolour: red');
  const problems = page.locator('.docent-editor-problems');
  await expect(problems).toContainText('deck.md, line 40:');
  await expect(problems).toContainText('unknown key "colour"');
  await expect(page.locator('.docent-editor .cm-docent-problem-line')).toHaveText('colour: red');
  expect(await slideCount(page)).toBe(6);
  await showLine(page, "The fourth slide's own words");
  await editorLine(page, "The fourth slide's own words").click();
  await expect(presentSlide(page).locator('p')).toHaveText("The fourth slide's own words.");
  // Fixing it clears the error.
  await cursorAtEndOf(page, 'colour: red');
  for (let i = 0; i < 'colour: red'.length + 1; i++) await page.keyboard.press('Backspace');
  await expect(problems).toBeHidden();
});

test('broken front matter shows its line inline and the preview keeps the last good deck', async ({ page }) => {
  await openEditor(page);
  // (An unknown theme is only a notice now: the deck shows in the default theme. A talk's length below zero is an error.)
  await cursorAtEndOf(page, 'theme: white');
  await page.keyboard.press('Enter');
  await page.keyboard.type('minutes: -3');
  const problems = page.locator('.docent-editor-problems');
  await expect(problems).toContainText('deck.md, line 6:');
  await expect(problems).toContainText('minutes');
  await expect(page.locator('.docent-preview-stale')).toBeVisible();
  // The cursor is in the front matter, which belongs to the first slide: it stays shown, as do the others.
  expect(await slideCount(page)).toBe(6);
  await expect(presentSlide(page).locator('h1')).toHaveText('Editing deck');
  await expect(page.locator('.reveal .slides section h2', { hasText: 'Fourth slide' })).toHaveCount(1);
  // Clicking the problem goes to its line.
  await problems.locator('li').first().click();
  await expect(page.locator('.docent-editor .cm-activeLine')).toHaveText('minutes: -3');
});

test('unsaved text survives a crash: the next start offers it back', async ({ page, context }) => {
  await openEditor(page);
  await cursorAtEndOf(page, 'The end.');
  await page.keyboard.type(' Typed just before the crash.');
  const settings = path.join(path.dirname(server.deckFolder), 'settings', 'recovery');
  const copies = () => (existsSync(settings) ? readdirSync(settings) : []);
  await expect.poll(() => copies().map((name) => readFileSync(path.join(settings, name), 'utf8')).join(''), { timeout: 5000 }).toContain('Typed just before the crash.');
  // The copy is outside the deck folder.
  expect(readdirSync(server.deckFolder)).toEqual(['deck.md']);
  await page.close({ runBeforeUnload: false });

  const next = await context.newPage();
  await openDeck(next, server.url);
  const dialog = next.getByRole('alertdialog');
  await expect(dialog).toContainText('Recover unsaved changes?');
  await dialog.getByRole('button', { name: 'Restore them' }).click();
  await showLine(next, 'The end. Typed just before the crash.');
  await expect(editorLine(next, 'The end. Typed just before the crash.')).toBeVisible();
  await expect(next).toHaveTitle('• Editing deck — Docent');
  await next.keyboard.press('Control+s');
  await expect(next.locator('.docent-editor-state')).toHaveText('Saved');
  expect(readFileSync(deckFile(), 'utf8')).toContain('The end. Typed just before the crash.');
  await expect.poll(() => copies().length).toBe(0);
});

test('closing the page with unsaved edits asks first', async ({ page }) => {
  await openEditor(page);
  await cursorAtEndOf(page, 'The end.');
  await page.keyboard.type(' More.');
  const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => (resolve(dialog.type()), void dialog.dismiss())));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
});
