// The command table. Each command lives in its own file and is loaded only when run, so `docent serve`
// starts without the NLP library and `docent generate` without the PDF printer.
import type { Command } from '../cli-io';

const lazy =
  (load: () => Promise<Command>): Command =>
  async (argv, io) =>
    (await load())(argv, io);

export const commands: Record<string, Command> = {
  analyze: lazy(async () => (await import('./analyze')).analyzeCommand),
  check: lazy(async () => (await import('./check')).checkCommand),
  generate: lazy(async () => (await import('./generate')).generateCommand),
  import: lazy(async () => (await import('./import')).importCommand),
  export: lazy(async () => (await import('./export')).exportCommand),
  serve: lazy(async () => (await import('./serve')).serveCommand),
};
