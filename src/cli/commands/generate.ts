// `docent generate <document> --out <deck folder> [--force]`: writes <folder>/deck.md from a document.
// It will not overwrite a deck.md someone edited since Docent generated it (it keeps a hash of what it
// wrote in .docent-generated.json next to it) unless --force.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDocument } from '../../core/analysis/analyze-document';
import { DocentError } from '../../core/errors';
import { generateDeckMarkdown } from '../../core/generate/generate-deck';
import { writeFileAtomic } from '../../host/atomic-write';
import { gazetteer } from '../../host/gazetteer-data';
import { exitStatus, type Command } from '../cli-io';
import { withFile } from './analyze';
import { readDocumentFile } from '../../host/readers/read-document-file';
import { writePictures } from '../../host/readers/write-pictures';

export const deckFileName = 'deck.md';
export const generatedRecordName = '.docent-generated.json';

const help = `Usage: docent generate <document> --out <deck folder> [--force]

Makes <deck folder>/deck.md from a document (.txt, .md, .html or .mhtml saved web page, .docx, .odt,
.pdf, .epub): a title slide, a map of the places it names, one slide per section with bullets, the
document's pictures (copied into <deck folder>/pictures) and tables, and speaker notes with who said
what. Refuses to replace a deck.md that was edited since it was generated, unless --force.
`;

interface GeneratedRecord {
  generator: 'docent';
  document: string;
  sha256: string;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DocentError('IO_FAILED', `cannot read: ${(error as Error).message}`, { file });
  }
}

/** True when the deck on disk is exactly what Docent last generated there. */
async function isUntouched(folder: string, existing: string): Promise<boolean> {
  const recordText = await readIfExists(path.join(folder, generatedRecordName));
  if (!recordText) return false;
  try {
    const record = JSON.parse(recordText) as Partial<GeneratedRecord>;
    return record.sha256 === sha256(existing);
  } catch {
    return false;
  }
}

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
  // Everything that can fail on the input happens before anything is written.
  const { document, pictures } = await readDocumentFile(file, io.cwd, {
    onProgress: (fraction, message) => io.stderr(`${Math.round(fraction * 100)}% ${message}\n`),
  });
  const markdown = withFile(file, () => generateDeckMarkdown(analyzeDocument(document, gazetteer())));

  const folder = path.resolve(io.cwd, values.out);
  const deckFile = path.join(folder, deckFileName);
  const existing = await readIfExists(deckFile);
  if (existing !== null && existing !== markdown && !values.force && !(await isUntouched(folder, existing))) {
    throw new DocentError('OVERWRITE_REFUSED', 'refusing to overwrite: it differs from what Docent generated there (edited?); use --force to replace it', {
      file: path.relative(io.cwd, deckFile) || deckFile,
    });
  }
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new DocentError('IO_FAILED', `cannot create the deck folder: ${(error as Error).message}`, { file: values.out });
  }
  await writePictures(folder, pictures);
  await writeFileAtomic(deckFile, markdown);
  const record: GeneratedRecord = { generator: 'docent', document: document.fileName, sha256: sha256(markdown) };
  await writeFileAtomic(path.join(folder, generatedRecordName), `${JSON.stringify(record, null, 2)}\n`);
  io.stdout(`Wrote ${path.relative(io.cwd, deckFile) || deckFile}\n`);
  return exitStatus.ok;
};
