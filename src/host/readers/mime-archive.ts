// An MHTML file (a MIME multipart/related message, as browsers save "Web page, single file") -> its HTML
// part and the resources (pictures) it carries by their Content-Location.
import { DocentError } from '../../core/errors';

export interface MimeArchive {
  html: string;
  /** The page's own address, which relative picture references resolve against. */
  location: string;
  resources: Array<{ location: string; type: string; bytes: Uint8Array }>;
}

function decodeQuotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? /^[0-9a-f]{2}$/i.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i) & 0xff);
  }
  return new Uint8Array(bytes);
}

function headersOf(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const match = /^([\w-]+):\s*(.*)$/.exec(line);
    if (match?.[1]) headers.set(match[1].toLowerCase(), match[2] ?? '');
  }
  return headers;
}

export function readMimeArchive(bytes: Uint8Array): MimeArchive {
  const text = new TextDecoder('latin1').decode(bytes);
  const headerEnd = text.search(/\r?\n\r?\n/);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(text.slice(0, headerEnd > 0 ? headerEnd : 4096))?.[1];
  if (!boundary) throw new DocentError('DOCUMENT_CORRUPT', 'the file is not a saved web page (MHTML without a multipart boundary)');
  let html: string | null = null;
  let location = '';
  const resources: MimeArchive['resources'] = [];
  for (const raw of text.split(`--${boundary}`).slice(1)) {
    if (raw.startsWith('--')) break;
    const split = raw.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const headers = headersOf(raw.slice(0, split));
    const body = raw.slice(split).replace(/^\r?\n\r?\n/, '').replace(/\r?\n$/, '');
    const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
    const data = encoding === 'base64' ? new Uint8Array(Buffer.from(body, 'base64')) : encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : new Uint8Array(Buffer.from(body, 'latin1'));
    const type = (headers.get('content-type') ?? '').toLowerCase();
    const partLocation = headers.get('content-location') ?? '';
    if (html === null && type.startsWith('text/html')) {
      const charset = /charset="?([\w-]+)/i.exec(type)?.[1] ?? 'utf-8';
      html = new TextDecoder(charset).decode(data);
      location = partLocation;
    } else if (type.startsWith('image/') && partLocation) resources.push({ location: partLocation, type, bytes: data });
  }
  if (html === null) throw new DocentError('DOCUMENT_CORRUPT', 'the saved web page has no HTML part');
  return { html, location, resources };
}
