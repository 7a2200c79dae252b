// Bytes -> text, remembering the encoding so a save writes the file back as it was.
// Pure: uses the TextDecoder/TextEncoder every JavaScript runtime has.
import { DocentError, type ErrorCode } from '../errors';

// Declared here (module scope) because core compiles without DOM or Node types.
declare const TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string };
declare const TextEncoder: new () => { encode(text: string): Uint8Array };

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  eol: '\n' | '\r\n';
}

export interface DecodeOptions {
  /** Which codes to raise: documents and decks word their errors differently. */
  errors?: { binary: ErrorCode; encoding: ErrorCode };
}

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const codes = options.errors ?? { binary: 'DOCUMENT_BINARY', encoding: 'DOCUMENT_ENCODING' };
  let encoding: TextEncoding = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8-bom';
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  }
  let text: string;
  try {
    // ignoreBOM: the mark was taken off above; a second one is text and must survive a save.
    text = new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    if (looksBinary(body)) throw new DocentError(codes.binary, 'this is a binary file, not text');
    throw new DocentError(codes.encoding, 'the text is not valid UTF-8 (save it as UTF-8 and try again)');
  }
  if (looksBinary(text)) throw new DocentError(codes.binary, 'this is a binary file, not text');
  const crlf = text.indexOf('\r\n');
  const lf = text.indexOf('\n');
  return { text, encoding, eol: crlf >= 0 && crlf < lf ? '\r\n' : '\n' };
}

export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
    const utf8 = new TextEncoder().encode(text);
    if (encoding === 'utf-8') return utf8;
    const out = new Uint8Array(utf8.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(utf8, 3);
    return out;
  }
  const out = new Uint8Array(2 + text.length * 2);
  const littleEndian = encoding === 'utf-16le';
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + i * 2] = littleEndian ? unit & 0xff : unit >> 8;
    out[3 + i * 2] = littleEndian ? unit >> 8 : unit & 0xff;
  }
  return out;
}

/** Converts "\n" line endings to the file's own. */
export function withLineEndings(text: string, eol: '\n' | '\r\n'): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  return eol === '\n' ? normalized : normalized.replace(/\n/g, '\r\n');
}

/** NUL bytes or many control characters mean a binary file, whatever decoded. */
function looksBinary(sample: Uint8Array | string): boolean {
  const length = Math.min(sample.length, 8192);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const code = typeof sample === 'string' ? sample.charCodeAt(i) : (sample[i] ?? 0);
    if (code === 0) return true;
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
  }
  return length > 0 && control / length > 0.1;
}
