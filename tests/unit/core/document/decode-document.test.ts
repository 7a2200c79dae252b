import { describe, expect, it } from 'vitest';
import { decodeDocument, maxDocumentBytes } from '../../../../src/core/document/decode-document';
import { DocentError } from '../../../../src/core/errors';

const utf8 = (text: string) => new TextEncoder().encode(text);

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DocentError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('decodeDocument', () => {
  it('reads UTF-8 text and normalises line endings', () => {
    expect(decodeDocument(utf8('One line.\r\nTwo lines.\rThree.'))).toBe('One line.\nTwo lines.\nThree.');
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hello there.')]))).toBe('Hello there.');
  });

  it('reads UTF-16 with a byte order mark, little and big endian', () => {
    const text = 'Grüße aus Köln.';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      le.set([code & 0xff, code >> 8], 2 + i * 2);
      be.set([code >> 8, code & 0xff], 2 + i * 2);
    }
    expect(decodeDocument(le)).toBe(text);
    expect(decodeDocument(be)).toBe(text);
  });

  it('refuses an empty or blank document', () => {
    expect(codeOf(() => decodeDocument(new Uint8Array()))).toBe('DOCUMENT_EMPTY');
    expect(codeOf(() => decodeDocument(utf8(' \n\t\n')))).toBe('DOCUMENT_EMPTY');
  });

  it('refuses binary data: NUL bytes or control characters', () => {
    expect(codeOf(() => decodeDocument(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))).toBe('DOCUMENT_BINARY');
    expect(codeOf(() => decodeDocument(utf8('text with a bell \u0007 in it')))).toBe('DOCUMENT_BINARY');
  });

  it('refuses invalid UTF-8', () => {
    expect(codeOf(() => decodeDocument(new Uint8Array([0x48, 0x69, 0xc3, 0x28, 0x21])))).toBe('DOCUMENT_ENCODING');
  });

  it('refuses a document over 5 MB', () => {
    expect(codeOf(() => decodeDocument(new Uint8Array(maxDocumentBytes + 1).fill(0x61)))).toBe('DOCUMENT_TOO_LARGE');
  });
});
