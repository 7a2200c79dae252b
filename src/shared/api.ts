// The one typed API between the renderer and a host, defined once. The Electron IPC adapter
// (src/main/ipc.ts) and the browser-host HTTP adapter (src/host/http) both serve it from the same
// services (src/host/docent-services.ts); the renderer reaches it through src/renderer/host-client.
import { z } from 'zod';

// zod probes for eval (new Function) to speed up parsing; the renderer's CSP forbids eval, so the
// probe would only add a CSP violation report to every page. Interpreted parsing is fast enough here.
z.config({ jitless: true });

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

/** A point on the slide, in slide coordinates (the deck's 1280×720 canvas), whatever a window's size. */
const slideCoordinate = z.number().min(-10_000).max(10_000);
export const slidePointSchema = z.tuple([slideCoordinate, slideCoordinate]);
export type SlidePoint = z.infer<typeof slidePointSchema>;

/** Which step of the deck a drawing belongs to: "h/v/f" (slide, vertical slide, fragment). */
export const stepKeySchema = z.string().regex(/^\d{1,6}\/\d{1,6}\/-?\d{1,6}$/);

export const strokeSchema = z.object({
  id: z.string().min(1).max(40),
  tool: z.enum(['pen', 'highlighter']),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** In slide units. */
  width: z.number().positive().max(200),
  points: z.array(slidePointSchema).min(1).max(5000),
});
export type Stroke = z.infer<typeof strokeSchema>;

/** Every step's strokes. */
export const drawingsSchema = z.record(stepKeySchema, z.array(strokeSchema).max(1000));
export type Drawings = z.infer<typeof drawingsSchema>;

/** The presenter's tools as every view mirrors them: the laser dot, a step's strokes, the zoom. */
export const presenterToolEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pointer'), at: slidePointSchema.nullable(), origin: z.string().max(100) }).strict(),
  z.object({ kind: z.literal('strokes'), step: stepKeySchema, strokes: z.array(strokeSchema).max(1000), origin: z.string().max(100) }).strict(),
  z
    .object({
      kind: z.literal('zoom'),
      /** The slide point zoomed into and how far; null is the whole slide. */
      zoom: z.object({ at: slidePointSchema, scale: z.number().min(1).max(8) }).nullable(),
      origin: z.string().max(100),
    })
    .strict(),
]);
export type PresenterToolEvent = z.infer<typeof presenterToolEventSchema>;

/** The speaker view's timer, remembered per deck. */
export const presenterTimerSchema = z.object({
  /** Time already spent presenting, so a resumed talk goes on counting from there. */
  elapsedMs: z.number().min(0).max(7 * 24 * 3600 * 1000),
  /** The planned length the pacing is measured against; null follows the deck's `minutes`. */
  minutes: z.number().positive().max(24 * 60).nullable(),
});
export type PresenterTimer = z.infer<typeof presenterTimerSchema>;

/** A rehearsal: the time spent on each slide ("h/v"), kept per deck for pacing the talk. */
export const rehearsalSchema = z.object({
  slides: z.record(z.string().regex(/^\d{1,6}\/\d{1,6}$/), z.number().min(0).max(24 * 3600 * 1000)),
  recordedAt: z.string().max(40),
});
export type Rehearsal = z.infer<typeof rehearsalSchema>;

/** Where the presenter left a deck, remembered per deck folder so reopening it can resume there. */
export const presenterMemorySchema = z.object({
  slide: z.object({ h: z.number().int().min(0), v: z.number().int().min(0), f: z.number().int().min(-1) }),
  timer: presenterTimerSchema,
  rehearsal: rehearsalSchema.optional(),
});
export type PresenterMemory = z.infer<typeof presenterMemorySchema>;

const empty = z.object({}).strict();

/** Which deck a recovery copy belongs to (the folder and file name a DeckFile carries). */
const deckRefSchema = z.object({ folder: path, fileName: z.string().min(1).max(255) });
export const recoveryCopySchema = deckRefSchema.extend({ text: z.string(), baseVersion: z.string(), savedAt: z.string() });
export type RecoveryCopy = z.infer<typeof recoveryCopySchema>;

/** What a paired phone can ask for. */
export const remoteCommandSchema = z.enum(['next', 'previous', 'blackout']);
export type RemoteCommand = z.infer<typeof remoteCommandSchema>;

/** The speaker view's timer as it runs, for the phone's display. */
export const liveTimerSchema = z.object({ elapsedMs: z.number().min(0).max(7 * 24 * 3600 * 1000), running: z.boolean() });

/** What the phone shows: where the talk is, that slide's notes (markdown), the timer. */
export const remoteStateSchema = z.object({
  title: z.string().nullable(),
  slide: z.object({ number: z.number().int().min(1), total: z.number().int().min(1) }).nullable(),
  notes: z.string().nullable(),
  paused: z.boolean(),
  timer: liveTimerSchema.nullable(),
});
export type RemoteState = z.infer<typeof remoteStateSchema>;

export const remoteStatusSchema = z.object({
  listening: z.boolean(),
  address: z.string().nullable(),
  devices: z.array(z.object({ id: z.string(), name: z.string(), pairedAt: z.number() })),
  /** When the current pairing link stops working; null once it is used up or expired. */
  offerExpiresAt: z.number().nullable(),
});
export type RemoteStatus = z.infer<typeof remoteStatusSchema>;

/** What a PDF export makes: the command line's flags and the Export PDF dialog's choices. */
export const exportOptionsSchema = z.object({
  /** slides: one 16:9 page per slide; notes: each slide's notes on a page after it; handout: slide and notes on paper pages. */
  layout: z.enum(['slides', 'notes', 'handout']),
  /** Paper of handout pages (slides and notes pages are always 16:9). */
  paper: z.enum(['a4', 'letter']),
  /** One page per fragment step instead of one page per slide with every fragment shown. */
  fragments: z.boolean(),
  /** Slides to export, numbered as the slide counter shows them (1-based, inclusive); null for all. */
  range: z.object({ first: z.number().int().min(1).max(100_000), last: z.number().int().min(1).max(100_000) }).nullable(),
  /** Draw the presenter's pen strokes (the deck's drawings file, or this run's) on the slides. */
  annotations: z.boolean(),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

/** How far a PDF export has come; the app shows it as a progress bar with a Cancel button. */
export const exportProgressSchema = z.object({
  stage: z.enum(['starting', 'loading', 'drawing', 'printing', 'finishing', 'writing', 'done', 'failed', 'cancelled']),
  /** From 0 to 1. */
  fraction: z.number().min(0).max(1),
  /** One line for the user: "Drawing maps (1 of 2)". */
  message: z.string().max(2000),
  /** The PDF written, once done. */
  file: z.string().optional(),
});
export type ExportProgress = z.infer<typeof exportProgressSchema>;

/** How far New Deck from Document… has come in the browser host; its dialog shows a bar and Cancel. */
export const newDeckProgressSchema = z.object({
  stage: z.enum(['reading', 'writing', 'done', 'failed', 'cancelled']),
  /** From 0 to 1. */
  fraction: z.number().min(0).max(1),
  /** One line for the user: "Reading scanned page 2 of 3 with OCR". */
  message: z.string().max(2000),
});
export type NewDeckProgress = z.infer<typeof newDeckProgressSchema>;

/** Whether this host makes new decks from uploaded documents, where, and why not. */
export const newDeckStatusSchema = z.object({
  available: z.boolean(),
  /** The folder new decks are made in (docent serve --new-decks). */
  folder: z.string().nullable(),
  /** Why the menu item is unavailable, for the user; null when it is available. */
  reason: z.string().nullable(),
  /** The largest document the host takes. */
  maxBytes: z.number().int().positive(),
  /** The extensions it reads ("docx", "pdf", …), for the file picker. */
  extensions: z.array(z.string().max(20)).max(50),
  /** A deck is being made now (one at a time). */
  busy: z.boolean(),
});
export type NewDeckStatus = z.infer<typeof newDeckStatusSchema>;

/**
 * The document uploaded for a new deck: its bytes are the request body (not JSON, so a 64 MB file is
 * not inflated by base64), its name travels URI-encoded in this header. A file's own name, never a path.
 */
export const newDeckNameHeader = 'x-docent-document-name';
export const newDeckUploadSchema = z.object({
  fileName: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[/\\\p{Cc}]/u.test(name) && name !== '.' && name !== '..', 'a file name, not a path'),
});
/** The binary calls: served by the browser host beside the JSON ones, answered like them ({ ok, value }). */
export const uploads = {
  /** Makes a new deck folder from the document under the allowed folder, opens it and returns it. */
  newDeckFromDocument: { request: newDeckUploadSchema, response: deckFileSchema },
} as const;

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
  /** The laser pointer, a step's strokes or the zoom, mirrored to every view. */
  publishTool: { request: presenterToolEventSchema, response: z.object({}) },
  /** This run's drawings (the deck's drawings file when it opened, plus what was drawn since). */
  drawings: { request: empty, response: z.object({ drawings: drawingsSchema, zoom: presenterToolEventSchema.nullable() }) },
  /** Writes the drawings into the deck folder (atomically), so they come back with the deck. */
  keepDrawings: { request: empty, response: z.object({ file: z.string() }) },
  /** Stops the PDF export that is running, if any (its file is left as it was). */
  cancelExport: { request: empty, response: z.object({ cancelled: z.boolean() }) },
  /** Whether New Deck from Document… works here (browser host: docent serve --new-decks). */
  newDeckStatus: { request: empty, response: newDeckStatusSchema },
  /** Stops the deck being made from a document, if any; nothing of it is written. */
  cancelNewDeck: { request: empty, response: z.object({ cancelled: z.boolean() }) },
  /** The last state any view published for the open deck, so a view that opens late joins in step. */
  presentationState: { request: empty, response: presentationStateSchema.nullable() },
  /** Electron opens the speaker window (opened: true); a browser page opens /speaker itself. */
  openSpeakerView: { request: empty, response: z.object({ opened: z.boolean() }) },
  recallPresentation: { request: empty, response: presenterMemorySchema.nullable() },
  rememberTimer: { request: presenterTimerSchema.strict(), response: z.object({}) },
  rememberRehearsal: { request: rehearsalSchema.strict(), response: z.object({}) },
  /** The speaker view's timer as it runs (for a paired phone). */
  publishTimer: { request: liveTimerSchema.strict(), response: z.object({}) },
  /** The addresses the phone remote may listen on (this machine's own; loopback last). */
  remoteInterfaces: { request: empty, response: z.array(z.object({ name: z.string(), address: z.string(), internal: z.boolean() })) },
  /**
   * Starts the phone remote's listener on that address (or keeps it) and issues a fresh one-time
   * pairing link. The link (its token) goes only to the view that asked, never to an event.
   */
  startRemote: {
    request: z.object({ address: z.string().min(1).max(64), devices: z.number().int().min(1).max(10), owner: z.string().max(100) }).strict(),
    response: z.object({ pairUrl: z.string(), qrCode: z.string(), expiresAt: z.number(), address: z.string(), port: z.number() }),
  },
  remoteStatus: { request: empty, response: remoteStatusSchema },
  disconnectRemote: { request: z.object({ id: z.string().min(1).max(40) }).strict(), response: z.object({ disconnected: z.boolean() }) },
  /** Closes the listener: every device is cut off and the link stops working. */
  stopRemote: { request: empty, response: z.object({}) },
  /** Unsaved editor text, kept outside the deck folder so a crash loses nothing. */
  saveRecovery: {
    request: deckRefSchema.extend({ text: z.string().max(maxTextBytes), baseVersion: z.string().max(200) }).strict(),
    response: z.object({}),
  },
  loadRecovery: { request: deckRefSchema.strict(), response: recoveryCopySchema.nullable() },
  discardRecovery: { request: deckRefSchema.strict(), response: z.object({}) },
} as const;

/** Events a host pushes to every view. */
export const events = {
  deckChanged: deckFileSchema,
  presentation: presentationStateSchema,
  presenterTool: presenterToolEventSchema,
  /** A paired phone's press, for the speaker view that started the remote (`to` is its origin). */
  remoteCommand: z.object({ command: remoteCommandSchema, to: z.string() }),
  exportProgress: exportProgressSchema,
  newDeckProgress: newDeckProgressSchema,
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
  readonly kind: 'electron' | 'browser' | 'file';
  /** Uploads a document for a new deck (the browser host only); the signal cancels the upload and the making. */
  newDeckFromDocument?(file: DocumentUpload, fileName: string, signal: CancelSignal): Promise<DeckFile>;
}

/** A browser's File and AbortSignal, as far as this module (which has no DOM types) needs to name them. */
export interface DocumentUpload {
  readonly size: number;
}
export interface CancelSignal {
  readonly aborted: boolean;
}

export const apiNames = Object.keys(api) as ApiName[];
export const eventNames = Object.keys(events) as EventName[];

export function isApiName(name: string): name is ApiName {
  return Object.prototype.hasOwnProperty.call(api, name);
}
