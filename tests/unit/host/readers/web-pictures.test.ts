// A web page's pictures: local ones (beside the page, as a browser's "_files" folder keeps them) are copied
// into the deck, deduplicated; remote ones are never fetched and the notes name them; a "picture" that is
// not an image is left out with the reason.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { exitStatus } from '../../../../src/cli/cli-io';
import { runCli } from '../../../../src/cli/main';

const office = new URL('../../../fixtures/documents/office/', import.meta.url).pathname;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'docent-web-'));
});

const paragraph = 'The harbour of Riverton reopened on Monday after a week of repairs to the quay wall, the port authority said.';
const page = `<!doctype html><html><head><title>Harbour reopens | Riverton News</title></head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour reopens</h1>
<p>${paragraph} Ships queued outside the harbour mouth through the night.</p>
<figure><img src="Harbour_files/quay.png" alt="The repaired quay wall"><figcaption>Figure 1: Workers on the quay at Riverton on Sunday.</figcaption></figure>
<p>Repairs cost more than planned because the old stones had to be replaced one by one, the authority added in a statement on Monday.</p>
<img src="Harbour_files/quay.png" alt="The same picture again">
<img src="https://example.com/tracker.jpg" alt="A remote photo">
<img src="Harbour_files/not-a-picture.png" alt="A broken picture">
<p>The harbour master thanked the crews who worked through the storm to finish the wall before the weekend traffic.</p>
</article><footer>Comments (12)</footer></body></html>`;

it('copies local pictures once, leaves remote ones unfetched and names them in the notes', async () => {
  mkdirSync(path.join(dir, 'Harbour_files'));
  writeFileSync(path.join(dir, 'Harbour_files', 'quay.png'), readFileSync(`${office}river.png`));
  writeFileSync(path.join(dir, 'Harbour_files', 'not-a-picture.png'), '<script>alert(1)</script>');
  writeFileSync(path.join(dir, 'Harbour.html'), page);
  const out: string[] = [];
  expect(await runCli(['generate', 'Harbour.html', '--out', 'deck'], { stdout: (t) => void out.push(t), stderr: (t) => void out.push(t), cwd: dir })).toBe(exitStatus.ok);
  expect(readdirSync(path.join(dir, 'deck', 'pictures'))).toHaveLength(1);
  const [picture] = readdirSync(path.join(dir, 'deck', 'pictures'));
  expect(readFileSync(path.join(dir, 'deck', 'pictures', picture as string))).toEqual(readFileSync(`${office}river.png`));
  const deck = readFileSync(path.join(dir, 'deck', 'deck.md'), 'utf8');
  expect(deck).toContain(`![The repaired quay wall](<pictures/${picture}>)`);
  expect(deck).toContain('*Workers on the quay at Riverton on Sunday.*');
  expect(deck).toMatch(/https:\/\/example\.com\/tracker\.jpg.*remote: Docent does not fetch pictures/);
  expect(deck).toMatch(/Harbour\\_files\/not-a-picture\.png.*not a picture a browser shows/);
  expect(deck).not.toMatch(/Home|Sport|Comments/);
});

it('analyze --json lists the pictures and keeps every bullet source exact', async () => {
  writeFileSync(path.join(dir, 'Harbour.html'), page);
  const out: string[] = [];
  expect(await runCli(['analyze', 'Harbour.html', '--json'], { stdout: (t) => void out.push(t), stderr: () => undefined, cwd: dir })).toBe(exitStatus.ok);
  const json = JSON.parse(out.join('')) as { pictures: Array<{ src: string; alt: string; omitted: string | null }>; sections: Array<{ bullets: Array<{ source: string }> }> };
  expect(json.pictures.map((picture) => picture.alt)).toEqual(['The repaired quay wall', 'The same picture again', 'A remote photo', 'A broken picture']);
  expect(json.pictures.every((picture) => picture.omitted !== null)).toBe(true); // no Harbour_files folder here
  expect(json.sections.flatMap((section) => section.bullets).map((bullet) => bullet.source)).toContain(paragraph);
});
