import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { exitStatus } from '../../../src/cli/cli-io';
import { runCli } from '../../../src/cli/main';
import { parseDeck } from '../../../src/core/deck/parse-deck';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
const inlinePage = path.join(fixtures, 'reveal-pages/inline/index.html');
/** A real reveal.js page with an external data-markdown file (see tests/fixtures/reveal-md-decks/SOURCES.md). */
const externalPage = path.join(fixtures, 'reveal-md-decks/xxthunder-rheinmain-testing-day-2025/index.html');

let dir: string;
let out: string[];
let err: string[];
const run = (...argv: string[]) => runCli(argv, { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), cwd: dir });

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'docent-import-'));
  out = [];
  err = [];
});

describe('docent import', () => {
  it('turns a page with an external markdown file into deck.md and copies the pictures it shows', async () => {
    expect(await run('import', externalPage, '--out', 'deck')).toBe(exitStatus.ok);
    expect(out.join('')).toBe('Wrote deck/deck.md and 11 pictures\n');
    const deck = readFileSync(path.join(dir, 'deck/deck.md'), 'utf8');
    const source = readFileSync(path.join(path.dirname(externalPage), 'index.md'), 'utf8');
    // The page's own separators in the front matter, its markdown unchanged below.
    const head = '---\ntitle: Weniger Pipelines, Mehr Spaß!?\ntheme: league\nseparator: ^\\r?\\n---\\r?\\n$\nverticalSeparator: ^\\r?\\n--\\r?\\n$\n---\n\n';
    expect(deck.slice(0, head.length)).toBe(head);
    expect(deck.slice(head.length)).toBe(source.replace(/\r\n?/g, '\n').replace(/^\n+/, ''));
    expect(parseDeck(deck).slides).toHaveLength(20);
    for (const picture of readdirSync(path.join(path.dirname(externalPage), 'images'))) {
      expect(readFileSync(path.join(dir, 'deck/images', picture)).equals(readFileSync(path.join(path.dirname(externalPage), 'images', picture))), picture).toBe(true);
    }
    // Built beside the target and renamed: nothing half-written is left.
    expect(readdirSync(dir)).toEqual(['deck']);
  });

  it('reads inline templates, their own separators and stacks as reveal.js does', async () => {
    expect(await run('import', inlinePage, '--out', 'deck')).toBe(exitStatus.ok);
    const deck = parseDeck(readFileSync(path.join(dir, 'deck/deck.md'), 'utf8'));
    expect(deck.meta).toMatchObject({ title: 'Inline markdown & stacks', theme: 'night' });
    expect(deck.slides.map((slide) => `${slide.h}.${slide.v} ${slide.title}`)).toEqual(['0.0 Inline, in a textarea', '1.0 Its second slide', '2.0 Own separators, in a script', '2.1 Below it', '3.0 A stack, first', '3.1 null']);
    expect(deck.slides[3]?.notes).toBe('said below');
    // The textarea's entity decoded, the template's indentation gone but the code's own kept.
    expect(deck.slides[0]?.content).toContain('[link](https://hakim.se) & an entity');
    expect(deck.slides[1]?.codeBlocks[0]?.body).toBe('let a = 1;\n    let indented = 2;');
    expect(deck.slides[4]?.attributes).toEqual([['data-background-image', 'pictures/picture.svg']]);
    expect(deck.slides[5]?.content).toBe('<h2>A stack, plain HTML</h2>');
    expect(readdirSync(path.join(dir, 'deck/pictures')).sort()).toEqual(['diagram.png', 'picture.svg']);
  });

  it('imports again over its own untouched deck, refuses an edited one unless --force', async () => {
    expect(await run('import', inlinePage, '--out', 'deck')).toBe(exitStatus.ok);
    expect(await run('import', inlinePage, '--out', 'deck')).toBe(exitStatus.ok);
    const deckFile = path.join(dir, 'deck/deck.md');
    writeFileSync(deckFile, `${readFileSync(deckFile, 'utf8')}\nMy own slide.\n`);
    expect(await run('import', inlinePage, '--out', 'deck')).toBe(exitStatus.refused);
    expect(err.join('')).toMatch(/refusing to overwrite: it is not what Docent wrote there/);
    expect(readFileSync(deckFile, 'utf8')).toMatch(/My own slide/);
    expect(await run('import', inlinePage, '--out', 'deck', '--force')).toBe(exitStatus.ok);
    expect(readFileSync(deckFile, 'utf8')).not.toMatch(/My own slide/);
  });

  it('never replaces a different picture or a deck it did not write, and writes nothing then', async () => {
    mkdirSync(path.join(dir, 'deck/pictures'), { recursive: true });
    writeFileSync(path.join(dir, 'deck/pictures/diagram.png'), 'mine');
    expect(await run('import', inlinePage, '--out', 'deck')).toBe(exitStatus.refused);
    expect(err.join('')).toMatch(/deck\/pictures\/diagram.png.*refusing to overwrite a different picture/);
    expect(existsSync(path.join(dir, 'deck/deck.md'))).toBe(false);
    expect(existsSync(path.join(dir, 'deck/pictures/picture.svg'))).toBe(false);
    writeFileSync(path.join(dir, 'deck/deck.md'), '# Mine\n');
    rmPicture();
    expect(await run('import', inlinePage, '--out', 'deck')).toBe(exitStatus.refused);
    expect(readFileSync(path.join(dir, 'deck/deck.md'), 'utf8')).toBe('# Mine\n');
  });

  it('says clearly what is wrong with a page it cannot import', async () => {
    writeFileSync(path.join(dir, 'plain.html'), '<html><body><div class="reveal"><div class="slides"><section><h1>Hi</h1></section></div></div></body></html>');
    expect(await run('import', 'plain.html', '--out', 'deck')).toBe(exitStatus.input);
    expect(err.join('')).toMatch(/the page has no data-markdown sections to import/);
    writeFileSync(path.join(dir, 'remote.html'), '<div class="reveal"><div class="slides"><section data-markdown="https://example.com/slides.md"></section></div></div>');
    expect(await run('import', 'remote.html', '--out', 'deck')).toBe(exitStatus.input);
    expect(err.join('')).toMatch(/loads its markdown from https:\/\/example.com\/slides.md; Docent imports only files beside the page/);
    writeFileSync(path.join(dir, 'missing.html'), '<div class="reveal"><div class="slides"><section data-markdown="gone.md"></section></div></div>');
    expect(await run('import', 'missing.html', '--out', 'deck')).toBe(exitStatus.input);
    expect(err.join('')).toMatch(/gone\.md.*no such markdown file|no such markdown file.*gone\.md/);
    expect(await run('import', 'nowhere.html', '--out', 'deck')).toBe(exitStatus.input);
    expect(await run('import', 'plain.html')).toBe(exitStatus.usage);
    expect(existsSync(path.join(dir, 'deck'))).toBe(false);
  });

  it('names pictures it cannot copy and copies the rest', async () => {
    cpSync(path.dirname(inlinePage), path.join(dir, 'page'), { recursive: true });
    const page = path.join(dir, 'page/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('![A diagram](pictures/diagram.png)', '![A diagram](pictures/diagram.png) ![gone](pictures/gone.png) ![up](../up.png)'));
    expect(await run('import', page, '--out', 'deck')).toBe(exitStatus.ok);
    expect(err.join('')).toContain('note: picture pictures/gone.png is not there; it is not copied\n');
    expect(err.join('')).toContain("note: picture ../up.png is outside the page's folder; it is not copied\n");
    expect(out.join('')).toBe('Wrote deck/deck.md and 2 pictures\n');
  });
});

function rmPicture(): void {
  writeFileSync(path.join(dir, 'deck/pictures/diagram.png'), readFileSync(path.join(path.dirname(inlinePage), 'pictures/diagram.png')));
}
