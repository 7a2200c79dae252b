// What an exported HTML file carries besides the app's code: the deck's text, its pictures as data:
// URIs and the places its maps name, as the exporter (src/host/export/html) writes them and the
// file's own host (src/renderer/host-client/file-host-client.ts) reads them back. The file has no
// server to ask, so everything the renderer would ask a host for is answered from here.
import { z } from 'zod';
import { placeHitSchema } from './api';

/** A picture the file may show: an image type only, base64, so nothing in it can be fetched or run. */
const pictureDataUri = z.string().regex(/^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=]*$/);

export const fileDeckSchema = z.object({
  /** Tells two exported files apart, so two decks open in one browser do not steer each other. */
  id: z.string().regex(/^[0-9a-f]{16}$/),
  fileName: z.string().max(255),
  text: z.string(),
  eol: z.enum(['\n', '\r\n']),
  /** Deck-relative path, as the renderer asks for it, to the picture's bytes. */
  pictures: z.record(z.string().max(4096), pictureDataUri),
  /** The gazetteer's answer for each name the deck's maps look up (trimmed, lower case). */
  places: z.record(z.string().max(200), placeHitSchema.nullable()),
});
export type FileDeck = z.infer<typeof fileDeckSchema>;

/** The id of the element holding the deck (a JSON data block, never run). */
export const fileDeckElementId = 'docent-deck';
/** The id of the <style> holding the deck's theme; its data-theme names it. */
export const fileThemeElementId = 'docent-theme';

/** The key a place name is stored and asked under. */
export function placeKey(name: string): string {
  return name.trim().toLowerCase();
}
