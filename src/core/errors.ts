// One error class for everything Docent reports to a user, with a table of codes.
// Hosts map codes to exit statuses (CLI) or HTTP statuses (browser host); the message is the one line a user reads.

export const errorCodes = {
  DOCUMENT_EMPTY: 'the document is empty',
  DOCUMENT_BINARY: 'the document is not text',
  DOCUMENT_ENCODING: 'the document is not valid UTF-8 or UTF-16 text',
  DOCUMENT_TOO_LARGE: 'the document is too large',
  DOCUMENT_NO_SENTENCES: 'the document has no sentences to make slides from',
  DOCUMENT_UNSUPPORTED: 'the document type is not supported',
  DOCUMENT_CORRUPT: 'the document is damaged or not what its name says',
  DOCUMENT_ENCRYPTED: 'the document is password-protected',
  DECK_NOT_FOUND: 'no deck there',
  DECK_INVALID: 'the deck cannot be read',
  DECK_TOO_LARGE: 'the deck is too large',
  DECK_CHANGED_ON_DISK: 'the deck changed on disk',
  OVERWRITE_REFUSED: 'refusing to overwrite',
  PATH_OUTSIDE_DECK: 'the path is outside the deck folder',
  MAP_BLOCK_INVALID: 'the map block is invalid',
  REQUEST_INVALID: 'the request is invalid',
  EXPORT_FAILED: 'the export failed',
  EXPORT_CANCELLED: 'the export was cancelled',
  GENERATE_CANCELLED: 'making the deck was cancelled',
  IO_FAILED: 'a file could not be read',
  WRITE_FAILED: 'a file could not be written',
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface ErrorLocation {
  file?: string;
  line?: number;
}

/** An error as it crosses IPC or HTTP: plain data, the same shape both ways. */
export interface WireError {
  code: string;
  message: string;
  line?: number;
  file?: string;
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(errorCodes, value);
}

export class DocentError extends Error {
  override readonly name = 'DocentError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly location: ErrorLocation = {},
  ) {
    super(message);
  }

  /** The one line a user reads: "deck.md:12: front matter: …". */
  describe(): string {
    const where = [this.location.file, this.location.line].filter((part) => part !== undefined).join(':');
    return where ? `${where}: ${this.message}` : this.message;
  }

  withFile(file: string): DocentError {
    return new DocentError(this.code, this.message, { ...this.location, file });
  }

  toWire(): WireError {
    return { code: this.code, message: this.message, ...this.location };
  }

  /**
   * The host's error as the renderer receives it. A code this build does not know (or a missing body)
   * becomes IO_FAILED with whatever message came, so the user still reads one line.
   */
  static fromWire(wire: Partial<WireError> | null | undefined, fallbackMessage: string): DocentError {
    const code = wire?.code && isErrorCode(wire.code) ? wire.code : 'IO_FAILED';
    const location: ErrorLocation = {};
    if (typeof wire?.file === 'string') location.file = wire.file;
    if (typeof wire?.line === 'number') location.line = wire.line;
    return new DocentError(code, typeof wire?.message === 'string' ? wire.message : fallbackMessage, location);
  }
}

/** Any thrown value as a wire error: a DocentError as it is, anything else as IO_FAILED with its message. */
export function toWireError(error: unknown): WireError {
  if (isDocentError(error)) return error.toWire();
  return { code: 'IO_FAILED', message: error instanceof Error ? error.message : String(error) };
}

export function isDocentError(value: unknown): value is DocentError {
  return value instanceof DocentError;
}
