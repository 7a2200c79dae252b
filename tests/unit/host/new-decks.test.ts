// New Deck from Document… in the browser host's services: an uploaded document becomes a new deck folder
// inside the allowed folder (never an existing one), is opened, and a bad or cancelled one writes nothing.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocentError } from '../../../src/core/errors';
import { createServices, type DocentServices } from '../../../src/host/docent-services';
import { deckFolderName } from '../../../src/host/new-deck-folder';
import type { NewDeckProgress } from '../../../src/shared/api';

const office = new URL('../../fixtures/documents/office/', import.meta.url).pathname;
const upload = (fileName: string, source = fileName) => ({ fileName, bytes: new Uint8Array(readFileSync(path.join(office, source))) });

let work: string;
let allowed: string;
let services: DocentServices;
let progress: NewDeckProgress[];

beforeEach(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'docent-new-decks-'));
  allowed = path.join(work, 'decks');
  mkdirSync(allowed);
  mkdirSync(path.join(work, 'open'));
  writeFileSync(path.join(work, 'open', 'deck.md'), '# The deck that was open\n');
  services = createServices({ settingsFolder: null, watch: false, newDecksFolder: allowed });
  await services.openChosenDeck(path.join(work, 'open'));
  progress = [];
  services.events.on('newDeckProgress', (event) => progress.push(event));
});
afterEach(async () => {
  await services.close();
});

describe('new decks from uploaded documents', () => {
  it('makes a Word report into a new deck folder named after it and opens it', async () => {
    const deck = await services.newDecks.make(upload('river-report.docx'));
    expect(deck.folder).toBe(path.join(allowed, 'river-report deck'));
    expect(services.store.deck.folder).toBe(deck.folder);
    expect(deck.text).toMatch(/^# Spring flood report for the middle Rhine$/m);
    expect(readdirSync(deck.folder).sort()).toEqual(['.docent-generated.json', 'deck.md', 'pictures', 'provenance.json']);
    expect(readdirSync(path.join(deck.folder, 'pictures'))).toHaveLength(2);
    // Nothing else appears in the allowed folder (the staging folder is gone).
    expect(readdirSync(allowed)).toEqual(['river-report deck']);
    expect(progress[0]).toMatchObject({ stage: 'reading', fraction: 0 });
    expect(progress.at(-1)).toMatchObject({ stage: 'done', fraction: 1 });
    // The page may switch back to it later: the user chose it by uploading.
    await services.openDeck({ path: path.join(work, 'open') }).catch(() => undefined);
    await expect(services.openDeck({ path: deck.folder })).resolves.toMatchObject({ folder: deck.folder });
  });

  it('never writes into an existing folder: the next free name is taken', async () => {
    mkdirSync(path.join(allowed, 'river-report deck'));
    writeFileSync(path.join(allowed, 'river-report deck', 'deck.md'), '# Mine\n');
    writeFileSync(path.join(allowed, 'river-report deck 2'), 'a file, not a folder');
    const deck = await services.newDecks.make(upload('river-report.docx'));
    expect(deck.folder).toBe(path.join(allowed, 'river-report deck 3'));
    expect(readFileSync(path.join(allowed, 'river-report deck', 'deck.md'), 'utf8')).toBe('# Mine\n');
    expect(readFileSync(path.join(allowed, 'river-report deck 2'), 'utf8')).toBe('a file, not a folder');
  });

  it.each([
    ['letter.docx', () => new TextEncoder().encode('Just some text, saved with the wrong name.'), /^letter\.docx: the file is not a Word document/],
    ['report.docx', () => readFileSync(path.join(office, 'river-report.pdf')), /^report\.docx: the file is a PDF, not a Word document as its name says/],
    ['truncated.pdf', () => readFileSync(path.join(office, 'river-report.pdf')).subarray(0, 3000), /^truncated\.pdf: the PDF is damaged or truncated/],
    ['locked.pdf', () => readFileSync(path.join(office, 'river-report-password.pdf')), /^locked\.pdf: the PDF is password-protected/],
    ['old.doc', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), /^old\.doc: the document type is not supported/],
  ])('%s: one line naming the file and what is wrong; nothing written, the open deck stays', async (fileName, bytes, message) => {
    const error = await services.newDecks.make({ fileName, bytes: new Uint8Array(bytes()) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocentError);
    const line = (error as DocentError).describe();
    expect(line).toMatch(message);
    expect(line).not.toContain('\n');
    expect(readdirSync(allowed)).toEqual([]);
    expect(services.store.deck.folder).toBe(path.join(work, 'open'));
    expect(progress.at(-1)).toEqual({ stage: 'failed', fraction: 1, message: line });
    expect(services.newDecks.status().busy).toBe(false);
  });

  it('stops OCR of a scanned PDF when cancelled, with nothing written', async () => {
    const started = Date.now();
    let cancelledAt = 0;
    services.events.on('newDeckProgress', (event) => {
      if (!cancelledAt && /with OCR/.test(event.message)) {
        cancelledAt = Date.now();
        expect(services.newDecks.status().busy).toBe(true);
        void services.cancelNewDeck({}).then((answer) => expect(answer.cancelled).toBe(true));
      }
    });
    await expect(services.newDecks.make(upload('scanned-page.pdf'))).rejects.toMatchObject({ code: 'GENERATE_CANCELLED' });
    expect(cancelledAt).toBeGreaterThan(started);
    // Promptly: the OCR worker is ended, not waited for.
    expect(Date.now() - cancelledAt).toBeLessThan(3000);
    expect(progress.at(-1)).toMatchObject({ stage: 'cancelled' });
    expect(readdirSync(allowed)).toEqual([]);
    expect(services.newDecks.status().busy).toBe(false);
  }, 60_000);

  it('looks for no picture beside an uploaded web page: nothing of the server’s disk gets into the deck', async () => {
    // A picture the page names, lying in the allowed folder and in the server's working folder alike.
    writeFileSync(path.join(allowed, 'river.png'), readFileSync(path.join(office, 'river.png')));
    const page = [
      '<!doctype html><html><head><title>Flood page</title></head><body><article><h1>Spring flood on the Rhine</h1>',
      '<p>Heavy rain in the Black Forest raised the Rhine by four metres within three days in early April, the river authority said.</p>',
      '<figure><img src="river.png" alt="The river"><figcaption>The river at Koblenz.</figcaption></figure>',
      '<figure><img src="../../../etc/passwd" alt="Not a picture"></figure>',
      '<p>The old town quay was under water for two days, and the ferries stopped until the water fell again.</p>',
      '</article></body></html>',
    ].join('\n');
    const deck = await services.newDecks.make({ fileName: 'flood.html', bytes: new TextEncoder().encode(page) });
    expect(readdirSync(deck.folder)).not.toContain('pictures');
    expect(deck.text).toMatch(/river\.png.*did not come with the document/);
    expect(deck.text).not.toContain('root:');
  });

  it('makes one deck at a time', async () => {
    const first = services.newDecks.make(upload('river-report.docx'));
    await expect(services.newDecks.make(upload('river-report.odt'))).rejects.toThrow(/already being made/);
    await first;
    expect(readdirSync(allowed)).toEqual(['river-report deck']);
  });

  it('says why it is unavailable when no folder was allowed', async () => {
    const without = createServices({ settingsFolder: null, watch: false });
    try {
      const status = await without.newDeckStatus({});
      expect(status).toMatchObject({ available: false, folder: null, busy: false });
      expect(status.reason).toMatch(/--new-decks/);
      await expect(without.newDecks.make(upload('river-report.docx'))).rejects.toMatchObject({ code: 'PATH_OUTSIDE_DECK' });
    } finally {
      await without.close();
    }
    const status = await services.newDeckStatus({});
    expect(status).toMatchObject({ available: true, folder: allowed, reason: null, maxBytes: 64 * 1024 * 1024 });
    expect(status.extensions).toEqual(expect.arrayContaining(['docx', 'odt', 'pdf', 'html', 'epub']));
  });
});

describe('deck folder names', () => {
  it.each([
    ['Q3 report.docx', 'Q3 report deck'],
    ['Bericht über die Flut.pdf', 'Bericht über die Flut deck'],
    ['a:b?c*.pdf', 'a b c deck'],
    ['..pdf', 'document deck'],
    ['CON.docx', 'document deck'],
    ['notes', 'notes deck'],
    [`${'x'.repeat(300)}.odt`, `${'x'.repeat(80)} deck`],
  ])('%s -> %s', (fileName, folder) => {
    expect(deckFolderName(fileName)).toBe(folder);
  });
});
