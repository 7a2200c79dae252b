// `docent <command> …` under plain Node: generate, import, analyze, check, export, serve.
import { parseArgs } from 'node:util';
import { isDocentError } from '../core/errors';
import { exitStatus, exitStatusFor, type CliIO, type Command } from './cli-io';
import { commands } from './commands';
import { terminalSafe } from './terminal-safe';

const usage = `Usage: docent <command> [options]

Commands:
  generate <document> --out <deck folder> [--force]   make a deck from a document (.txt, .md, .html)
  import <page.html> --out <deck folder> [--force]     make a deck from a reveal.js HTML deck (data-markdown)
  analyze <document> [--json]                          show what Docent reads in a document
  check <deck folder>                                  list bullets and quotes that no longer match their source
  export <deck> --pdf <file> [--notes|--handout] [--fragments] [--range 2-5]
  serve [deck] [--port N] [--host ADDRESS]             present in a browser at http://127.0.0.1:<port>

Run "docent <command> --help" for a command's options.`;

export async function runCli(argv: string[], terminal: CliIO): Promise<number> {
  // Everything a command prints may carry text from a document or deck: no control sequence in it
  // reaches the terminal (see terminal-safe.ts).
  const io: CliIO = { cwd: terminal.cwd, stdout: (text) => terminal.stdout(terminalSafe(text)), stderr: (text) => terminal.stderr(terminalSafe(text)) };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${usage}\n`);
    return name ? exitStatus.ok : exitStatus.usage;
  }
  const command: Command | undefined = commands[name];
  if (!command) {
    io.stderr(`docent: unknown command "${name}"\n${usage}\n`);
    return exitStatus.usage;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (isDocentError(error)) {
      io.stderr(`docent ${name}: ${error.describe()}\n`);
      return exitStatusFor(error.code);
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`docent ${name}: ${error.message}\n`);
      return exitStatus.usage;
    }
    io.stderr(`docent ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return exitStatus.failure;
  }
}

export { parseArgs };
