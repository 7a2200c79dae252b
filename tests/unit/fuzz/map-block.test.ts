// The map block parser against random and hostile YAML: a map or a DocentError naming the deck line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocentError } from '../../../src/core/errors';
import { parseMapBlock } from '../../../src/core/map/parse-map-block';
import { expectOnlyDocentError, fuzzParameters, fuzzTimeout, specialTexts, yamlAliasBomb } from './fuzz-inputs';

function parse(yaml: string): void {
  const result = expectOnlyDocentError('parseMapBlock', () => parseMapBlock(yaml, 10));
  if (result instanceof DocentError) {
    expect(result.code).toBe('MAP_BLOCK_INVALID');
    expect(result.location.line).toBeGreaterThanOrEqual(10);
  }
}

const yamlLine = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('title: Eurasia', 'highlight: [Russia, China]', 'places:', '  - Moscow', '  - name: Beijing', '    lat: 39.9', '    lon: 116.4', '    kind: city', '    label: the capital', 'events:', '  - place: Moscow', '    what: met', '    when: May', 'arrows:', '  - from: Moscow', '    to: Beijing', '    label: goods', '  - !!js/function "function(){}"', 'title: !!python/object/apply:os.system ["id"]', 'a: &a [*a]', 'highlight: *missing', '- [', '{', '? complex', '"unterminated', '\t- tab', '---', '...') },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

describe('map block fuzzing', () => {
  for (const [name, text] of specialTexts()) {
    it(`parses or refuses with a DocentError: ${name}`, () => parse(text));
  }

  it('parses or refuses any map-shaped YAML', () => {
    fc.assert(fc.property(fc.array(yamlLine, { maxLength: 30 }), (lines) => parse(lines.join('\n'))), fuzzParameters);
  }, fuzzTimeout(10));

  it('refuses YAML tags that name code, as plain text that is not a place list', () => {
    parse('title: !!js/function "function () { evil() }"\nplaces:\n  - !!python/object/apply:os.system ["id"]');
  });

  // Found by this fuzzing (and the hostile-decks e2e): yaml's alias-bomb guard throws a ReferenceError,
  // now reported as MAP_BLOCK_INVALID.
  it('a YAML alias bomb throws ReferenceError, not MAP_BLOCK_INVALID', () => {
    parse(`title: &a [x, x, x, x, x, x, x, x, x]\nhighlight: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nplaces: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n${yamlAliasBomb}`);
  });

  it('parses or refuses any string at all', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => parse(text)), fuzzParameters);
  }, fuzzTimeout(10));
});
