// What a command may touch of its process: output streams and the working folder. Tests pass their own.
import type { ErrorCode } from '../core/errors';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/** A command gets its own arguments (after the command name) and returns the exit status. */
export type Command = (argv: string[], io: CliIO) => Promise<number>;

/** Exit statuses, one per kind of failure, so scripts can tell them apart. */
export const exitStatus = {
  ok: 0,
  failure: 1,
  usage: 2,
  input: 3,
  refused: 4,
  /** As a shell reports a process ended by Ctrl+C (128 + SIGINT). */
  cancelled: 130,
} as const;

/**
 * The one table from error code to exit status, for every command. Exhaustive on purpose: a new error
 * code does not compile until it says how a script sees it.
 */
const exitStatusByCode: Record<ErrorCode, number> = {
  DOCUMENT_EMPTY: exitStatus.input,
  DOCUMENT_BINARY: exitStatus.input,
  DOCUMENT_ENCODING: exitStatus.input,
  DOCUMENT_TOO_LARGE: exitStatus.input,
  DOCUMENT_NO_SENTENCES: exitStatus.input,
  DOCUMENT_UNSUPPORTED: exitStatus.input,
  DOCUMENT_CORRUPT: exitStatus.input,
  DOCUMENT_ENCRYPTED: exitStatus.input,
  DECK_NOT_FOUND: exitStatus.input,
  DECK_INVALID: exitStatus.input,
  DECK_TOO_LARGE: exitStatus.input,
  DECK_CHANGED_ON_DISK: exitStatus.failure,
  MAP_BLOCK_INVALID: exitStatus.input,
  OVERWRITE_REFUSED: exitStatus.refused,
  PATH_OUTSIDE_DECK: exitStatus.refused,
  REQUEST_INVALID: exitStatus.usage,
  EXPORT_FAILED: exitStatus.failure,
  EXPORT_CANCELLED: exitStatus.cancelled,
  GENERATE_CANCELLED: exitStatus.cancelled,
  IO_FAILED: exitStatus.input,
  WRITE_FAILED: exitStatus.failure,
};

export function exitStatusFor(code: ErrorCode): number {
  return exitStatusByCode[code];
}
