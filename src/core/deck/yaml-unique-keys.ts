// Duplicate keys in YAML, found in linear time. The yaml library's own `uniqueKeys` check compares
// each key with every earlier one of its map: 80,000 keys (770 KB of front matter) kept the host
// busy for half a minute. Here each map keeps a Set of its keys' texts, so a check is one lookup.
import { isScalar, visit, type Document, type Node } from 'yaml';

export interface DuplicateKey {
  key: string;
  /** Offset of the repeated key in the YAML text. */
  offset: number;
}

/** Parse with `uniqueKeys: false`, then ask this. Only scalar keys are compared (others are rare and refused by schemas). */
export function findDuplicateKey(doc: Document): DuplicateKey | null {
  let found: DuplicateKey | null = null;
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key)) continue;
        const text = String(key.value);
        if (seen.has(text)) {
          found = { key: text, offset: key.range?.[0] ?? 0 };
          return visit.BREAK;
        }
        seen.add(text);
      }
      return undefined;
    },
  });
  return found;
}
