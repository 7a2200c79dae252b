// `docent generate <document> --out <deck folder> [--force]`: writes <folder>/deck.md (and pictures/)
// from a document; the work is src/host/generate-deck-folder.ts, shared with the app's New Deck from Document….
import path from 'node:path';
import { generateDeckFolder } from '../../host/generate-deck-folder';
import { exitStatus, type Command } from '../cli-io';
import { parseDeckFolderArgs } from '../deck-folder-args';

const usage = 'docent generate <document> --out <deck folder> [--force]';

const help = `Usage: ${usage}

Makes <deck folder>/deck.md from a document (.txt, .md, .html or .mhtml saved web page, .docx, .odt,
.pdf, .epub): a title slide, a map of the places it names, one slide per section with bullets, the
document's pictures (copied into <deck folder>/pictures) and tables, and speaker notes with who said
what. Refuses to replace a deck.md that was edited since it was generated, unless --force.
`;

export const generateCommand: Command = async (argv, io) => {
  const args = parseDeckFolderArgs(argv, io, usage, help);
  if (!args) return exitStatus.ok;
  const { deckFile } = await generateDeckFolder(args.input, args.out, {
    cwd: io.cwd,
    force: args.force,
    onProgress: (fraction, message) => io.stderr(`${Math.round(fraction * 100)}% ${message}\n`),
  });
  io.stdout(`Wrote ${path.relative(io.cwd, deckFile) || deckFile}\n`);
  return exitStatus.ok;
};
