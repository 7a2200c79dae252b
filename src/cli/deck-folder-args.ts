// The arguments of the commands that write a deck folder from one input file (`generate`, `import`):
// `<input> --out <deck folder> [--force]`, with -h/--help.
import { parseArgs } from 'node:util';
import { DocentError } from '../core/errors';
import type { CliIO } from './cli-io';

export interface DeckFolderArgs {
  input: string;
  out: string;
  /** Replace a deck.md (or picture) that Docent did not write, or that was edited since. */
  force: boolean;
}

/** The parsed arguments, or null once the help has been printed. `usage` is the one-line form for errors. */
export function parseDeckFolderArgs(argv: string[], io: CliIO, usage: string, help: string): DeckFolderArgs | null {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, force: { type: 'boolean', short: 'f' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(help);
    return null;
  }
  const [input, ...extra] = positionals;
  if (!input || !values.out || extra.length > 0) throw new DocentError('REQUEST_INVALID', `usage: ${usage}`);
  return { input, out: values.out, force: values.force === true };
}
