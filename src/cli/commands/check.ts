// `docent check <deck folder>`: the misquote check. Lists every bullet and quote of deck.md that no longer
// matches the document sentence it was generated from (provenance.json, written by `docent generate`).
// Exit status 0 when every one still matches, 1 when some do not.
// `docent check <deck> --accessibility [--json]`: what a presenter can fix before sharing the deck.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDeck } from '../../core/deck/parse-deck';
import { DocentError } from '../../core/errors';
import { checkProvenance, provenanceFileName, type Provenance } from '../../core/generate/provenance';
import { exitStatus, type CliIO, type Command } from '../cli-io';
import { checkDeckAccessibility } from '../../core/accessibility/check-deck-accessibility';
import { sortProblems, type AccessibilityProblem } from '../../core/accessibility/accessibility-problem';
import { locateDeck } from '../../host/deck-location';
import { terminalSafe } from '../terminal-safe';
import { deckFileName } from '../../host/deck-location';

const help = `Usage: docent check <deck folder>
       docent check <deck> --accessibility [--json]

Lists every bullet and quote of <deck folder>/deck.md that no longer matches its source sentence in the
document the deck was generated from (a misquote check). A bullet may be shortened further; a quote must
keep the speaker's exact words. Exits with 1 when something no longer matches.

With --accessibility, lists what to fix before sharing the deck (a folder with deck.md, or a .md file),
one line a problem: the slide, what is wrong and how to fix it. Checked: the deck's language, pictures
without alt text, slides without a title or with another slide's title, maps that tell places apart by
colour alone, fragments shown in another order than they are read.
  --json   the problems as a JSON array of {rule, slide, line, message, fix}
Exits with 1 when there is something to fix.
`;

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new DocentError('IO_FAILED', `cannot read the ${what} (no such file?)`, { file });
  }
}

function parseProvenance(text: string, file: string): Provenance {
  try {
    const value = JSON.parse(text) as Partial<Provenance>;
    if (value.version === 1 && Array.isArray(value.items) && value.items.every((item) => typeof item?.text === 'string' && typeof item.source === 'string' && (item.kind === 'bullet' || item.kind === 'quote'))) {
      return value as Provenance;
    }
  } catch {
    // reported below
  }
  throw new DocentError('REQUEST_INVALID', 'the provenance file is not one Docent wrote', { file });
}

export const checkCommand: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, accessibility: { type: 'boolean' }, json: { type: 'boolean' } } });
  if (values.help) {
    io.stdout(help);
    return exitStatus.ok;
  }
  if (values.accessibility) return checkAccessibility(positionals, values.json === true, io);
  if (values.json) throw new DocentError('REQUEST_INVALID', '--json is for --accessibility');
  const [folder, ...extra] = positionals;
  if (!folder || extra.length > 0) throw new DocentError('REQUEST_INVALID', 'usage: docent check <deck folder>');
  const root = path.resolve(io.cwd, folder);
  const provenanceFile = path.join(root, provenanceFileName);
  const deck = parseDeck(await readText(path.join(root, deckFileName), 'deck'));
  const provenance = parseProvenance(await readText(provenanceFile, 'provenance file (generate the deck with `docent generate` first)'), path.relative(io.cwd, provenanceFile) || provenanceFile);
  const mismatches = checkProvenance(deck, provenance);
  if (mismatches.length === 0) {
    io.stdout(`All ${provenance.items.length} bullets and quotes still match their sources in ${provenance.document}.\n`);
    return exitStatus.ok;
  }
  const lines = mismatches.map((mismatch) => {
    const what = `slide ${mismatch.slide}: ${mismatch.kind} “${mismatch.text}”`;
    return mismatch.source
      ? `${what}\n  no longer matches its source (paragraph ${mismatch.paragraph === null ? '?' : mismatch.paragraph + 1}): “${mismatch.source}”`
      : `${what}\n  has no source in ${provenance.document}`;
  });
  io.stdout(`${lines.join('\n')}\n${mismatches.length} of the deck's bullets and quotes no longer match their sources.\n`);
  return exitStatus.failure;
};

async function checkAccessibility(positionals: string[], json: boolean, io: CliIO): Promise<number> {
  const [target, ...extra] = positionals;
  if (!target || extra.length > 0) throw new DocentError('REQUEST_INVALID', 'usage: docent check <deck> --accessibility [--json]');
  const deck = await locateDeck(path.resolve(io.cwd, target));
  const parsed = parseDeck(await readText(path.join(deck.folder, deck.fileName), 'deck'));
  const problems = sortProblems(checkDeckAccessibility(parsed));
  if (json) io.stdout(`${JSON.stringify(problems, null, 2)}\n`);
  else if (problems.length === 0) io.stdout(`No accessibility problems found in ${deck.fileName} (${parsed.slides.length} slides).\n`);
  else io.stdout(`${problems.map(describeProblem).join('\n')}\n${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} to fix before sharing.\n`);
  return problems.length === 0 ? exitStatus.ok : exitStatus.failure;
}

/** One line: where, what, how to fix. Deck text is made safe for the terminal (no escape sequences). */
function describeProblem(problem: AccessibilityProblem): string {
  const where = problem.slide === null ? `deck.md:${problem.line}` : `slide ${problem.slide} (line ${problem.line})`;
  return terminalSafe(`${where}: ${problem.message}; fix: ${problem.fix}`);
}
