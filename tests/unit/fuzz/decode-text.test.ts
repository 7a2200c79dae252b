// Text decoding against random and damaged bytes: it returns text or throws a DocentError, and what
// it decodes it writes back byte for byte, so opening and saving a deck never changes what was there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocentError } from '../../../src/core/errors';
import { decodeText, encodeText, withLineEndings } from '../../../src/core/text/decode-text';
import { expectOnlyDocentError, fiveMegabytes, fuzzParameters, fuzzTimeout, hangLimitMs, specialBytes, utf8 } from './fuzz-inputs';

function decodeAndWriteBack(bytes: Uint8Array, limitMs?: number): void {
  const decoded = expectOnlyDocentError('decodeText', () => decodeText(bytes), limitMs);
  if (decoded instanceof DocentError) {
    expect(['DOCUMENT_BINARY', 'DOCUMENT_ENCODING']).toContain(decoded.code);
    return;
  }
  // What a save writes for unchanged text (the store keeps text with \n and the file's own line ending).
  const lf = decoded.text.replace(/\r\n?/g, '\n');
  const written = encodeText(withLineEndings(lf, decoded.eol), decoded.encoding);
  if (decoded.text === withLineEndings(lf, decoded.eol)) expect(Buffer.from(written).equals(Buffer.from(bytes))).toBe(true);
}

describe('text decoding fuzzing', () => {
  for (const [name, bytes] of specialBytes()) {
    it(`decodes or refuses with a DocentError: ${name}`, () => decodeAndWriteBack(bytes));
  }

  it('decodes five megabytes of mixed-script text and writes it back unchanged', () => {
    decodeAndWriteBack(fiveMegabytes().atLimit, hangLimitMs.perLargeInput);
  });

  it('decodes or refuses any bytes at all', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => decodeAndWriteBack(bytes)), fuzzParameters);
  }, fuzzTimeout(10));

  it('writes back any text it decoded, in UTF-8, UTF-8 with BOM and UTF-16 either way', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 300 }).filter((value) => ![...value].some((char) => { const code = char.charCodeAt(0); return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d; }));
    fc.assert(
      fc.property(text, fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be') as fc.Arbitrary<'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be'>, (value, encoding) => {
        const bytes = encodeText(value, encoding);
        decodeAndWriteBack(bytes);
      }),
      fuzzParameters,
    );
  }, fuzzTimeout(10));

  // Found by this fuzzing. TextDecoder
  // drops a leading U+FEFF unless told ignoreBOM, so a second BOM after the one decodeText strips
  // itself is lost on save (one invisible character).
  it('a second byte-order mark is dropped, so saving changes the file', () => {
    decodeAndWriteBack(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('\uFEFF# title')]));
  });
});
