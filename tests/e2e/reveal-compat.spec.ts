// Decks move between tools: the same markdown must give the same slides and notes in reveal.js's own
// markdown plugin as in Docent.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseDeck } from '../../src/core/deck/parse-deck';

const root = path.resolve(import.meta.dirname, '../..');
const decks = ['tests/fixtures/decks/reveal-docs-example/deck.md', 'tests/fixtures/decks/basic/deck.md', 'slides/russia-china-north-korea/deck.md'];

for (const deckPath of decks) {
  test(`reveal.js's markdown plugin and Docent agree on ${deckPath}`, async ({ page }) => {
    const text = readFileSync(path.join(root, deckPath), 'utf8');
    const ours = parseDeck(text);
    // reveal-md strips front matter before handing the rest to the plugin; do the same.
    const body = ours.frontMatter === null ? text : text.replace(/^---\n[\s\S]*?\n---\n/, '');
    await page.setContent('<div class="reveal"><div class="slides"></div></div>');
    await page.addScriptTag({ path: path.join(root, 'node_modules/reveal.js/dist/reveal.js') });
    await page.addScriptTag({ path: path.join(root, 'node_modules/reveal.js/dist/plugin/markdown.js') });
    const theirs = await page.evaluate(async (markdown) => {
      const section = document.createElement('section');
      section.setAttribute('data-markdown', '');
      section.setAttribute('data-separator', '^\\r?\\n---\\r?\\n$');
      section.setAttribute('data-separator-vertical', '^\\r?\\n--\\r?\\n$');
      const template = document.createElement('textarea');
      template.setAttribute('data-template', '');
      template.textContent = markdown;
      section.append(template);
      document.querySelector('.slides')!.append(section);
      const w = window as unknown as { Reveal: { initialize(o: object): Promise<void> }; RevealMarkdown: unknown };
      await w.Reveal.initialize({ plugins: [w.RevealMarkdown], hash: false });
      const leaves = Array.from(document.querySelectorAll('.slides section')).filter((s) => !s.querySelector('section'));
      return { slides: leaves.length, notes: leaves.filter((s) => s.querySelector('aside.notes')).length };
    }, body);
    expect(theirs.slides).toBe(ours.slides.length);
    expect(theirs.notes).toBe(ours.slides.filter((slide) => slide.notes !== null).length);
  });
}
