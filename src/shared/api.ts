// The one typed API between the renderer and a host, defined once. The Electron IPC adapter
// (src/main/ipc.ts) and the browser-host HTTP adapter (src/host/http) both serve it from the same
// services (src/host/docent-services.ts); the renderer reaches it through src/renderer/host-client.
import { z } from 'zod';

const maxTextBytes = 10 * 1024 * 1024;
const path = z.string().min(1).max(4096);

export const deckFileSchema = z.object({
  /** The deck's folder, absolute. */
  folder: z.string(),
  /** The markdown file inside it, relative (usually deck.md). */
  fileName: z.string(),
  text: z.string(),
  /** Identifies the content on disk; a save names the version it was based on. */
  version: z.string(),
  eol: z.enum(['\n', '\r\n']),
});
export type DeckFile = z.infer<typeof deckFileSchema>;

export const recentDeckSchema = z.object({ folder: z.string(), title: z.string() });
export type RecentDeck = z.infer<typeof recentDeckSchema>;

export const placeHitSchema = z.object({
  name: z.string(),
  kind: z.enum(['country', 'city', 'region', 'other']),
  lat: z.number(),
  lon: z.number(),
  /** ISO 3166-1 numeric code of the country, when the place is one (matches world-atlas ids). */
  countryCode: z.string().optional(),
});
export type PlaceHit = z.infer<typeof placeHitSchema>;

export const presentationStateSchema = z.object({
  h: z.number().int().min(0).max(100_000),
  v: z.number().int().min(0).max(100_000),
  f: z.number().int().min(-1).max(100_000),
  overview: z.boolean(),
  paused: z.boolean(),
  /** Who sent it, so a view ignores its own echo. */
  origin: z.string().max(100),
});
export type PresentationState = z.infer<typeof presentationStateSchema>;

const empty = z.object({}).strict();

/** channel -> request schema and response schema. Every request is validated by the host. */
export const api = {
  getDeck: { request: empty, response: deckFileSchema },
  openDeck: { request: z.object({ path }).strict(), response: deckFileSchema },
  saveDeck: {
    request: z.object({ text: z.string().max(maxTextBytes), baseVersion: z.string().max(200), force: z.boolean().optional() }).strict(),
    response: deckFileSchema,
  },
  recentDecks: { request: empty, response: z.array(recentDeckSchema) },
  lookupPlaces: {
    request: z.object({ names: z.array(z.string().max(200)).max(500) }).strict(),
    response: z.array(placeHitSchema.nullable()),
  },
  publishPresentation: { request: presentationStateSchema.strict(), response: z.object({}) },
} as const;

/** Events a host pushes to every view. */
export const events = {
  deckChanged: deckFileSchema,
  presentation: presentationStateSchema,
} as const;

export type ApiName = keyof typeof api;
export type ApiRequest<K extends ApiName> = z.input<(typeof api)[K]['request']>;
export type ApiResponse<K extends ApiName> = z.output<(typeof api)[K]['response']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** What the services implement and what the renderer calls. */
export type DocentApi = { [K in ApiName]: (request: ApiRequest<K>) => Promise<ApiResponse<K>> };

export interface DocentHost extends DocentApi {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Where the renderer loads a deck asset (an image next to deck.md) from. */
  assetUrl(relativePath: string): string;
  readonly kind: 'electron' | 'browser';
}

export const apiNames = Object.keys(api) as ApiName[];

export function isApiName(name: string): name is ApiName {
  return Object.prototype.hasOwnProperty.call(api, name);
}
