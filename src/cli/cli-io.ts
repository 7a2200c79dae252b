// What a command may touch of its process: output streams and the working folder. Tests pass their own.
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
} as const;
