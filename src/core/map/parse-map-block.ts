// A ```map block's YAML -> MapBlock. Pure. Every error names the deck.md line it is about.
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { DocentError } from '../errors';
import { mapBlockKeys, mapBlockSchema } from './map-block-schema';
import { findDuplicateKey } from '../deck/yaml-unique-keys';
import type { MapBlock, PlaceEntry } from './map-spec';

type Path = readonly PropertyKey[];

/**
 * @param yamlText the block's body, between the fences
 * @param fenceLine the deck.md line of the opening fence; the YAML's first line is the next one
 */
export function parseMapBlock(yamlText: string, fenceLine: number): MapBlock {
  const lineCounter = new LineCounter();
  // Duplicate keys are found by findDuplicateKey (linear), not by yaml's uniqueKeys (quadratic).
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const toDeckLine = (offset: number): number => fenceLine + lineCounter.linePos(offset).line;

  const yamlError = doc.errors[0];
  if (yamlError) {
    throw invalid(`YAML: ${yamlError.message.split('\n')[0] ?? ''}`, toDeckLine(yamlError.pos[0]));
  }
  const duplicate = findDuplicateKey(doc);
  if (duplicate) throw invalid(`YAML: Map keys must be unique ("${duplicate.key.slice(0, 40)}" is repeated)`, toDeckLine(duplicate.offset));
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // yaml throws a ReferenceError for alias bombs ("billion laughs") and unresolved aliases.
    throw invalid(`YAML: ${error instanceof Error ? error.message : String(error)}`, fenceLine + 1);
  }
  if (value === null || value === undefined) {
    throw invalid('the map block is empty; list places, highlight, events or arrows', fenceLine);
  }
  const parsed = mapBlockSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    throw invalid(describeIssue(issue, value), lineOfIssue(doc, issue, toDeckLine, fenceLine));
  }
  const block = parsed.data;
  const lineAt = (path: Path): number => lineOfPath(doc, path, toDeckLine, fenceLine);
  const result: MapBlock = {
    title: block.title || undefined,
    highlight: (block.highlight ?? []).map((name, i) => ({ name, line: lineAt(['highlight', i]) })),
    places: (block.places ?? []).map((place, i): PlaceEntry => {
      const line = lineAt(['places', i]);
      if (typeof place === 'string') return { name: place, label: place, line };
      return { name: place.name, label: place.label || place.name, kind: place.kind, lat: place.lat, lon: place.lon, line };
    }),
    events: (block.events ?? []).map((event, i) => ({ place: event.place, when: event.when || undefined, what: event.what, line: lineAt(['events', i]) })),
    arrows: (block.arrows ?? []).map((arrow, i) => ({ from: arrow.from, to: arrow.to, label: arrow.label || undefined, line: lineAt(['arrows', i]) })),
    line: fenceLine,
  };
  if (!result.highlight.length && !result.places.length && !result.events.length && !result.arrows.length) {
    throw invalid('the map block names nothing to show; list places, highlight, events or arrows', fenceLine);
  }
  return result;
}

function invalid(message: string, line: number): DocentError {
  return new DocentError('MAP_BLOCK_INVALID', `map block: ${message}`, { line });
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const where = issue.path.length ? `${formatPath(issue.path)}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    const expected = issue.path.length ? '' : ` (expected ${mapBlockKeys.join(', ')})`;
    return `${where}unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}${expected}`;
  }
  if (issue.code === 'invalid_union') return `${where}expected a name, or name with lat and lon`;
  if (valueAt(value, issue.path) === undefined) return `${where}missing`;
  return `${where}${issue.message}`;
}

function formatPath(path: Path): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part + 1}]` : `${i ? '.' : ''}${String(part)}`)).join('');
}

function lineOfIssue(doc: Document, issue: z.core.$ZodIssue, toDeckLine: (offset: number) => number, fallback: number): number {
  if (issue.code === 'unrecognized_keys') {
    const parent = issue.path.length ? doc.getIn(issue.path as PropertyKey[], true) : doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isNode(item.key) && issue.keys.includes(String((item.key as { value?: unknown }).value)));
      const range = isNode(pair?.key) ? pair.key.range : undefined;
      if (range) return toDeckLine(range[0]);
    }
  }
  return lineOfPath(doc, issue.path, toDeckLine, fallback);
}

/** The line of the deepest node along the path that exists (a missing key points at its parent). */
function lineOfPath(doc: Document, path: Path, toDeckLine: (offset: number) => number, fallback: number): number {
  for (let length = path.length; length >= 0; length--) {
    const node: unknown = length ? doc.getIn(path.slice(0, length) as PropertyKey[], true) : doc.contents;
    if (isNode(node) && node.range) return toDeckLine(node.range[0]);
  }
  return fallback;
}

function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}
