// Which reader a file needs, from its name and its first bytes; a name that lies about the content
// (a PDF called .docx) is refused with what the file really is.
import { DocentError } from '../../core/errors';
import { isZip, listZip } from './zip-archive';

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'mhtml' | 'docx' | 'odt' | 'epub' | 'pdf';

const byExtension: Record<string, DocumentFormat> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', xhtml: 'html',
  mhtml: 'mhtml', mht: 'mhtml', docx: 'docx', odt: 'odt', epub: 'epub', pdf: 'pdf',
};

const names: Record<DocumentFormat, string> = {
  text: 'a text file', markdown: 'a Markdown file', html: 'a web page', mhtml: 'a saved web page (MHTML)',
  docx: 'a Word document', odt: 'an OpenDocument text', epub: 'an EPUB book', pdf: 'a PDF',
};

export const supportedExtensions = Object.keys(byExtension);

/** What the bytes are, as far as their first bytes (and a zip's entry names) tell. */
function contentFormat(bytes: Uint8Array): DocumentFormat | 'zip' | 'broken-zip' | 'doc' | 'binary' | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.startsWith('%PDF-')) return 'pdf';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'doc';
  if (isZip(bytes)) {
    let entries: string[];
    try {
      entries = listZip(bytes).map((entry) => entry.name);
    } catch {
      return 'broken-zip';
    }
    const mimetype = new TextDecoder('latin1').decode(bytes.subarray(30, 120));
    if (mimetype.includes('application/epub+zip')) return 'epub';
    if (mimetype.includes('application/vnd.oasis.opendocument.text')) return 'odt';
    if (entries.includes('word/document.xml')) return 'docx';
    if (entries.includes('content.xml') && entries.includes('META-INF/manifest.xml')) return 'odt';
    return 'zip';
  }
  if (/^(?:From:|MIME-Version:|Content-Type: multipart\/related)/im.test(head) && /multipart\/related/i.test(head)) return 'mhtml';
  if (/^\s*(?:<!doctype html|<html)/i.test(head)) return 'html';
  if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) return 'binary';
  return null;
}

export function detectFormat(fileName: string, bytes: Uint8Array): DocumentFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const claimed = byExtension[extension];
  if (!claimed) {
    throw new DocentError('DOCUMENT_UNSUPPORTED', `the document type is not supported (use ${['.txt', '.md', '.html', '.mhtml', '.docx', '.odt', '.pdf', '.epub'].join(', ')})`);
  }
  const actual = contentFormat(bytes);
  const textual = claimed === 'text' || claimed === 'markdown' || claimed === 'html';
  if (actual === null) {
    if (textual || claimed === 'mhtml') return claimed;
    throw new DocentError('DOCUMENT_CORRUPT', `the file is not ${names[claimed]} (its content is not in that format)`);
  }
  if (actual === claimed) return claimed;
  if (textual && actual === 'html') return claimed; // an .htm, or HTML in a .txt: read as its name says
  // Word saves a password-protected .docx as an encrypted OLE container, not a zip.
  if (actual === 'doc' && claimed === 'docx') throw new DocentError('DOCUMENT_ENCRYPTED', 'the Word document is password-protected (encrypted); save it without a password first');
  if (actual === 'doc') throw new DocentError('DOCUMENT_UNSUPPORTED', 'the file is an old binary Word (.doc) document; save it as .docx');
  if (actual === 'broken-zip' && (claimed === 'docx' || claimed === 'odt' || claimed === 'epub')) {
    throw new DocentError('DOCUMENT_CORRUPT', `the file is damaged or truncated (its zip container cannot be read), so it cannot be read as ${names[claimed]}`);
  }
  if (actual === 'binary' && textual) throw new DocentError('DOCUMENT_BINARY', 'the document is not text (it contains NUL bytes)');
  const what = actual === 'zip' || actual === 'broken-zip' ? 'a zip archive' : actual === 'binary' ? 'binary data' : names[actual];
  throw new DocentError('DOCUMENT_CORRUPT', `the file is ${what}, not ${names[claimed]} as its name says`);
}
