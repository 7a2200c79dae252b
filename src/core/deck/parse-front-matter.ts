// YAML front matter: the deck's title, date, theme… Errors carry the deck.md line they point at.
import { parseDocument } from 'yaml';
import { DocentError } from '../errors';
import type { DeckMeta } from './deck-model';

const stringFields = ['title', 'subtitle', 'date', 'source', 'author'] as const;

/** @param firstLine the deck.md line number of the YAML's first line, so errors point into the file. */
export function parseFrontMatter(yamlText: string, firstLine: number): DeckMeta {
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    // Without prettyErrors yaml gives no line, only the offset: count the lines before it.
    // An error found only at the end (a bracket never closed) points past the last line: name the last line written.
    const offset = Math.min(firstError.pos[0], yamlText.trimEnd().length);
    const line = firstLine + yamlText.slice(0, offset).split('\n').length - 1;
    throw new DocentError('DECK_INVALID', `front matter: ${firstError.message.split('\n')[0]}`, { line });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // yaml throws a ReferenceError for alias bombs ("billion laughs") and unresolved aliases.
    throw new DocentError('DECK_INVALID', `front matter: ${error instanceof Error ? error.message : String(error)}`, { line: firstLine });
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new DocentError('DECK_INVALID', 'front matter must be a set of "key: value" lines', { line: firstLine });
  }
  const raw = value as Record<string, unknown>;
  const lineOf = (key: string): number => {
    const offset = yamlText.search(new RegExp(`^${key}\\s*:`, 'm'));
    return offset < 0 ? firstLine : firstLine + yamlText.slice(0, offset).split('\n').length - 1;
  };
  const meta: DeckMeta = { ...raw };
  for (const key of stringFields) {
    const field = raw[key];
    if (field === undefined || field === null) {
      delete meta[key];
    } else if (typeof field === 'string' || typeof field === 'number') {
      meta[key] = String(field);
    } else if (field instanceof Date) {
      meta[key] = field.toISOString().slice(0, 10);
    } else {
      throw new DocentError('DECK_INVALID', `front matter: "${key}" must be text`, { line: lineOf(key) });
    }
  }
  // An unknown theme is not an error: the deck shows in the default theme, with a notice (see deck-options.ts).
  if (raw.minutes !== undefined) {
    if (typeof raw.minutes !== 'number' || !(raw.minutes > 0) || raw.minutes > 24 * 60) {
      throw new DocentError('DECK_INVALID', 'front matter: minutes must be a number of minutes, such as 20', { line: lineOf('minutes') });
    }
  }
  return meta;
}
