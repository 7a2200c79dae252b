// Figure 7: reading documents. The same text at growing sizes, as plain text and as a Word document and
// a PDF that LibreOffice made of it (soffice --headless --convert-to). Reading alone is timed in-process
// (the readers bundled on their own, bench/lib/reader-bundle.mjs: each file read again after one untimed
// read that loads the format's packages), and the whole `docent generate` of each file as its own process.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { countWords, makeDocument } from '../fixtures/make-document.mjs';
import { app, repoRoot } from '../lib/paths.mjs';
import { growth, summarize } from '../lib/stats.mjs';
import { expectSuccess, runTimed } from '../lib/timed-process.mjs';
import { buildReaderBundle } from '../lib/reader-bundle.mjs';

export const id = 'reading';
export const title = 'Reading documents: .docx and .pdf against the same text';

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((file) => existsSync(file)) ?? null;
const formats = ['txt', 'docx', 'pdf'];
const filters = { docx: 'docx:MS Word 2007 XML', pdf: 'pdf' };
const slideCount = (deckText) => deckText.split(/\r?\n---?\r?\n/).length - 1;

/** LibreOffice converts the text file beside it; its own profile folder, so no other soffice run is disturbed. */
function convert(textFile, format, profile) {
  const folder = path.dirname(textFile);
  execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', filters[format], '--outdir', folder, textFile], { stdio: 'ignore', timeout: 300_000 });
  const file = textFile.replace(/\.txt$/, `.${format}`);
  if (!existsSync(file)) throw new Error(`soffice made no .${format} of ${path.basename(textFile)}`);
  return file;
}

/** The PDF's page count, from its page objects (LibreOffice writes one /Type /Page each). */
function pdfPages(file) {
  return (readFileSync(file, 'latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

export async function run({ quick, runs, scratch, log }) {
  if (!soffice) return { skipped: 'LibreOffice (soffice) is not installed: it makes the .docx and .pdf (apt-get install libreoffice-writer)' };
  const sizes = quick ? [1_000, 5_000, 20_000] : [1_000, 5_000, 20_000, 50_000];
  const profile = path.join(scratch, 'reading-soffice-profile');
  const readers = await buildReaderBundle();
  const rows = [];
  for (const words of sizes) {
    const folder = path.join(scratch, `reading-${words}`);
    mkdirSync(folder, { recursive: true });
    const textFile = path.join(folder, 'document.txt');
    const text = makeDocument(words);
    writeFileSync(textFile, text);
    const files = { txt: textFile, docx: convert(textFile, 'docx', profile), pdf: convert(textFile, 'pdf', profile) };
    const generate = (format) => runTimed(process.execPath, [app.cli, 'generate', files[format], '--out', path.join(folder, `deck-${format}`), '--force'], { cwd: repoRoot });
    // One untimed run of each first (the first process reads the bundle from disk).
    for (const format of formats) expectSuccess(await generate(format), `docent generate (${words} words, .${format})`);
    const timed = Object.fromEntries(formats.map((format) => [format, []]));
    // Interleaved, so a burst of load on the shared machine hits every format alike.
    for (let index = 0; index < runs; index += 1) {
      for (const format of formats) timed[format].push(expectSuccess(await generate(format), `docent generate (${words} words, .${format})`));
    }
    const row = { words: countWords(text), pdfPages: pdfPages(files.pdf) };
    for (const format of formats) {
      const read = readers.time(files[format], Math.max(3, runs));
      row[format] = {
        readMs: summarize(read.timed.map((result) => result.ms)),
        readCpuMs: summarize(read.timed.map((result) => result.cpuMs)),
        firstReadMs: read.first.ms,
        paragraphs: read.first.paragraphs,
        headings: read.first.headings,
        bytes: statSync(files[format]).size,
        ms: summarize(timed[format].map((result) => result.ms)),
        cpuMs: summarize(timed[format].map((result) => result.cpuMs)),
        peakMb: summarize(timed[format].map((result) => result.peakKb / 1024)),
        slides: slideCount(readFileSync(path.join(folder, `deck-${format}`, 'deck.md'), 'utf8')),
      };
    }
    rows.push(row);
    log(`reading ${words} words: txt ${row.txt.readMs.median.toFixed(0)} ms, docx ${row.docx.readMs.median.toFixed(0)} ms, pdf ${row.pdf.readMs.median.toFixed(0)} ms (${row.pdfPages} pages); generate ${row.txt.ms.median.toFixed(0)} / ${row.docx.ms.median.toFixed(0)} / ${row.pdf.ms.median.toFixed(0)} ms`);
    for (const format of formats) rmSync(path.join(folder, `deck-${format}`), { recursive: true, force: true });
  }
  readers.remove();
  const converter = execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--version'], { encoding: 'utf8' }).trim();
  return {
    warmUp: true,
    converter,
    rows,
    readGrowth: Object.fromEntries(formats.map((format) => [format, growth(rows.map((row) => [row.words, row[format].readMs.median]))])),
  };
}
