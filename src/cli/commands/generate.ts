// `docent generate <document> --out <deck folder> [--force]`: writes <folder>/deck.md (and pictures/)
// from a document; the work is src/host/generate-deck-folder.ts, shared with the app's New Deck from Document….
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DocentError } from '../../core/errors';
import { generateDeckFolder } from '../../host/generate-deck-folder';
import { exitStatus, type Command } from '../cli-io';

const help = `Usage: docent generate <document> --out <deck folder> [--force]

Makes <deck folder>/deck.md from a document (.txt, .md, .html or .mhtml saved web page, .docx, .odt,
.pdf, .epub): a title slide, a map of the places it names, one slide per section with bullets, the
document's pictures (copied into <deck folder>/pictures) and tables, and speaker notes with who said
what. Refuses to replace a deck.md that was edited since it was generated, unless --force.
`;

export const generateCommand: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, force: { type: 'boolean', short: 'f' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(help);
    return exitStatus.ok;
  }
  const [file, ...extra] = positionals;
  if (!file || !values.out || extra.length > 0) throw new DocentError('REQUEST_INVALID', 'usage: docent generate <document> --out <deck folder> [--force]');
  const { deckFile } = await generateDeckFolder(file, values.out, {
    cwd: io.cwd,
    force: values.force === true,
    onProgress: (fraction, message) => io.stderr(`${Math.round(fraction * 100)}% ${message}\n`),
  });
  io.stdout(`Wrote ${path.relative(io.cwd, deckFile) || deckFile}\n`);
  return exitStatus.ok;
};
