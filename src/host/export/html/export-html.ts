// docent export --html and File → Export → HTML…: one self-contained file that presents the deck
// offline from file://, with its speaker view (the same file, #speaker). No browser is needed to
// write it: the file carries the app's own renderer (built into out/standalone), so the slides are
// rendered and sanitized there exactly as Docent presents them. Written atomically.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Deck } from '../../../core/deck/deck-model';
import { DocentError } from '../../../core/errors';
import { parseMapBlock } from '../../../core/map/parse-map-block';
import { namesToLookUp } from '../../../core/map/resolve-map-block';
import type { DeckFile, PlaceHit } from '../../../shared/api';
import { placeKey, type FileDeck } from '../../../shared/file-deck';
import { appPaths } from '../../app-paths';
import { writeFileAtomic } from '../../atomic-write';
import { throwIfCancelled } from '../abortable';
import { progress, type ProgressListener } from '../export-progress';
import { checkWritable } from '../export-to-file';
import { collectPictures } from './collect-pictures';
import { composeHtml } from './compose-html';

export interface ExportHtmlOptions {
  /** The deck as the store parsed it, and the file it was parsed from. */
  deck: Deck;
  source: Pick<DeckFile, 'folder' | 'fileName' | 'text' | 'eol'>;
  /** The gazetteer (the services' lookupPlaces): the file answers its maps' questions from what it found. */
  lookupPlaces(names: string[]): Promise<(PlaceHit | null)[]>;
  file: string;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  /** Where the file's code was built (out/standalone). */
  standaloneRoot?: string;
}

export interface ExportedHtml {
  file: string;
  slides: number;
  bytes: number;
  warnings: string[];
}

export async function exportHtml(options: ExportHtmlOptions): Promise<ExportedHtml> {
  const file = path.resolve(options.file);
  await checkWritable(file, options.source);
  const report = options.onProgress ?? (() => undefined);
  report(progress('loading', 'Reading the presenter'));
  const code = await readStandalone(options.standaloneRoot ?? appPaths.standaloneRoot, options.deck.theme);
  throwIfCancelled(options.signal);

  const { pictures, warnings } = await collectPictures(options.deck, options.source.folder, (done, total) => {
    if (total > 0) report(progress('drawing', `Carrying pictures (${done} of ${total})`, done / total));
  });
  throwIfCancelled(options.signal);
  report(progress('printing', 'Placing the maps'));
  const places = await lookUpMapPlaces(options.deck, options.lookupPlaces);
  throwIfCancelled(options.signal);

  report(progress('finishing', 'Putting the file together'));
  const deck: FileDeck = {
    id: randomBytes(8).toString('hex'),
    fileName: options.source.fileName,
    text: options.source.text,
    eol: options.source.eol,
    pictures,
    places,
  };
  const html = composeHtml({
    ...code,
    theme: options.deck.theme,
    deck,
    title: options.deck.meta.title ?? path.basename(options.source.fileName, path.extname(options.source.fileName)),
    language: deckLanguage(options.deck),
  });
  throwIfCancelled(options.signal);
  report(progress('writing', `Writing ${path.basename(file)}`));
  const bytes = Buffer.from(html, 'utf8');
  await writeFileAtomic(file, bytes);
  const slides = options.deck.slides.length;
  report({ ...progress('done', `Exported ${slides} ${slides === 1 ? 'slide' : 'slides'} to ${file}`), file });
  return { file, slides, bytes: bytes.length, warnings };
}

async function readStandalone(root: string, theme: Deck['theme']): Promise<{ script: string; styles: string; themeStyles: string }> {
  try {
    const [script, styles, themeStyles] = await Promise.all([
      readFile(path.join(root, 'docent-file.js'), 'utf8'),
      readFile(path.join(root, 'docent-file.css'), 'utf8'),
      readFile(path.join(root, 'themes', `${theme}.css`), 'utf8'),
    ]);
    return { script, styles, themeStyles };
  } catch {
    throw new DocentError('EXPORT_FAILED', 'the app is not built yet (out/standalone is missing); run "npm run build" first');
  }
}

/** Every name the deck's maps ask the gazetteer for, with its answer. A block that does not parse shows its error in the file, as in the app. */
async function lookUpMapPlaces(deck: Deck, lookupPlaces: ExportHtmlOptions['lookupPlaces']): Promise<FileDeck['places']> {
  const names = new Map<string, string>();
  for (const slide of deck.slides) {
    for (const block of slide.mapBlocks) {
      try {
        for (const name of namesToLookUp(parseMapBlock(block.body, block.line))) names.set(placeKey(name), name);
      } catch {
        // The renderer reports it on the slide.
      }
    }
  }
  const places: FileDeck['places'] = {};
  const asked = [...names.values()];
  for (let start = 0; start < asked.length; start += 500) {
    const batch = asked.slice(start, start + 500);
    const hits = await lookupPlaces(batch);
    batch.forEach((name, index) => (places[placeKey(name)] = hits[index] ?? null));
  }
  return places;
}

/** The front matter's `lang` when it is a language tag, else English (as the app's pages say). */
function deckLanguage(deck: Deck): string {
  const lang = deck.meta.lang;
  return typeof lang === 'string' && /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/.test(lang) ? lang : 'en';
}
