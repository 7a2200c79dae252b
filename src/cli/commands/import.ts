// `docent import <page.html> --out <deck folder> [--force]`: a reveal.js HTML deck with data-markdown
// sections -> a Docent deck folder; the work is src/host/import-reveal-page.ts.
import path from 'node:path';
import { importRevealPage } from '../../host/import-reveal-page';
import { exitStatus, type Command } from '../cli-io';
import { parseDeckFolderArgs } from '../deck-folder-args';

const usage = 'docent import <page.html> --out <deck folder> [--force]';

const help = `Usage: ${usage}

Makes <deck folder>/deck.md from a reveal.js HTML deck whose slides are data-markdown sections
(an external markdown file, or inline in <textarea data-template> or <script type="text/template">),
with the page's own data-separator, data-separator-vertical and data-separator-notes, its title and
its theme. The local pictures the slides show are copied beside deck.md. Refuses to replace a deck.md
or a picture that Docent did not write there, unless --force.
`;

export const importCommand: Command = async (argv, io) => {
  const args = parseDeckFolderArgs(argv, io, usage, help);
  if (!args) return exitStatus.ok;
  const result = await importRevealPage(args.input, args.out, { cwd: io.cwd, force: args.force });
  for (const notice of result.notices) io.stderr(`note: ${notice}\n`);
  const pictures = result.pictures.length ? ` and ${result.pictures.length} picture${result.pictures.length === 1 ? '' : 's'}` : '';
  io.stdout(`Wrote ${path.relative(io.cwd, result.deckFile) || result.deckFile}${pictures}\n`);
  return exitStatus.ok;
};
