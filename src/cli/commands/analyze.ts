// `docent analyze <document> [--json]`: what Docent reads in a document (sections, statements, places…).
import { parseArgs } from 'node:util';
import type { Analysis } from '../../core/analysis/analysis-model';
import { analyzeDocument } from '../../core/analysis/analyze-document';
import { DocentError } from '../../core/errors';
import { gazetteer } from '../../host/offline-gazetteer';
import { exitStatus, type Command } from '../cli-io';
import { readDocumentFile } from '../../host/readers/read-document-file';

const help = `Usage: docent analyze <document> [--json]

Shows the sections, bullets, attributed statements, places, captions and pictures Docent finds in a
document (.txt, .md, .html, .mhtml, .docx, .odt, .pdf, .epub). --json prints one JSON object (the contract other tools read).
`;

/** The JSON contract of `docent analyze --json`; `source` is always the exact sentence of the document. */
export function analysisJson(analysis: Analysis): object {
  return {
    title: analysis.title,
    author: analysis.author,
    interview: analysis.interview,
    date: analysis.date,
    dateline: analysis.dateline,
    sections: analysis.sections.map((section) => ({
      title: section.title,
      paragraphs: section.paragraphs,
      bullets: section.bullets.map((bullet) => ({ text: bullet.text, source: bullet.source })),
    })),
    statements: analysis.statements.map((statement) => ({
      speaker: statement.speaker,
      role: statement.role,
      outlet: statement.outlet,
      kind: statement.kind,
      text: statement.text,
      source: statement.source,
      paragraph: statement.paragraph,
      speakerKind: statement.speakerKind,
    })),
    places: analysis.places.map((place) => ({
      name: place.name,
      kind: place.kind,
      lat: place.lat,
      lon: place.lon,
      mentions: place.mentions,
      ...(place.countryCode ? { countryCode: place.countryCode } : {}),
    })),
    captions: analysis.captions.map((caption) => ({ text: caption.text, paragraph: caption.paragraph })),
    events: analysis.events,
    arrows: analysis.arrows,
    pictures: analysis.pictures.map((picture) => ({
      src: picture.src,
      alt: picture.alt,
      caption: picture.caption,
      section: picture.section,
      afterParagraph: picture.afterParagraph,
      omitted: picture.omitted,
    })),
    tables: analysis.tables.map((table) => ({ rows: table.rows, section: table.section, afterParagraph: table.afterParagraph })),
    readingNotes: analysis.readingNotes,
  };
}

function summary(analysis: Analysis): string {
  const lines = [`${analysis.title}`, [analysis.dateline, analysis.date].filter(Boolean).join(', '), ''];
  analysis.sections.forEach((section, i) => {
    const span = section.paragraphs.length > 0 ? `paragraphs ${section.paragraphs[0]}–${section.paragraphs[section.paragraphs.length - 1]}` : 'heading only';
    lines.push(`${i + 1}. ${section.title}  (${span})`);
    for (const bullet of section.bullets) lines.push(`   - ${bullet.text}`);
  });
  lines.push('', `Statements (${analysis.statements.length}):`);
  for (const statement of analysis.statements) {
    const who = [statement.speaker, statement.role, statement.outlet ? `to ${statement.outlet}` : null].filter(Boolean).join(', ');
    lines.push(`   [${statement.kind}] ${who}: ${statement.text}`);
  }
  lines.push('', `Places (${analysis.places.length}): ${analysis.places.map((place) => `${place.name} ×${place.mentions}`).join(', ')}`);
  lines.push('', `Captions (${analysis.captions.length}):`);
  for (const caption of analysis.captions) lines.push(`   ${caption.text}`);
  return `${lines.join('\n')}\n`;
}

export const analyzeCommand: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout(help);
    return exitStatus.ok;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new DocentError('REQUEST_INVALID', 'usage: docent analyze <document> [--json]');
  const { document } = await readDocumentFile(file, io.cwd);
  const analysis = withFile(file, () => analyzeDocument(document, gazetteer()));
  io.stdout(values.json ? `${JSON.stringify(analysisJson(analysis), null, 2)}\n` : summary(analysis));
  return exitStatus.ok;
};

/** Errors from analysis name the document they are about. */
export function withFile<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw error instanceof DocentError && !error.location.file ? error.withFile(file) : error;
  }
}
