// Bytes -> text, refusing what is not a text document; pure: the caller reads the file.
import { DocentError } from '../errors';

export const maxDocumentBytes = 5 * 1024 * 1024;

interface Decoder {
  decode(bytes: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options: { fatal: boolean; ignoreBOM?: boolean }) => Decoder;

// Core compiles without DOM or Node types; TextDecoder exists in every runtime we load core in.
function decoder(label: string): Decoder {
  const Constructor = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;
  return new Constructor(label, { fatal: true, ignoreBOM: false });
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

// Control characters other than tab, newline, carriage return and form feed do not occur in prose.
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) return true;
  }
  return false;
}

export function decodeDocument(bytes: Uint8Array): string {
  if (bytes.length > maxDocumentBytes) {
    throw new DocentError('DOCUMENT_TOO_LARGE', `the document is larger than ${maxDocumentBytes / 1024 / 1024} MB`);
  }
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    try {
      text = decoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    } catch {
      throw new DocentError('DOCUMENT_ENCODING', 'the document is not valid UTF-16 text');
    }
  } else {
    if (bytes.includes(0)) throw new DocentError('DOCUMENT_BINARY', 'the document is not text (it contains NUL bytes)');
    try {
      text = decoder('utf-8').decode(bytes);
    } catch {
      throw new DocentError('DOCUMENT_ENCODING', 'the document is not valid UTF-8 text');
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (hasControlCharacter(text)) throw new DocentError('DOCUMENT_BINARY', 'the document is not text (it contains control characters)');
  if (text.trim() === '') throw new DocentError('DOCUMENT_EMPTY', 'the document is empty');
  return text.replace(/\r\n?/g, '\n');
}
