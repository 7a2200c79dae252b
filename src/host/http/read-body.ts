// Reads a request body with a size limit, so no client can make the host buffer without end.
import type { IncomingMessage } from 'node:http';
import { DocentError } from '../../core/errors';

export async function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limitBytes) throw new DocentError('REQUEST_INVALID', 'the request is too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new DocentError('REQUEST_INVALID', 'the request is too large');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new DocentError('REQUEST_INVALID', 'the request body is not JSON');
  }
}

/** A request body as bytes, refused with `tooLarge()` as soon as it passes the limit (declared or sent). */
export async function readRawBody(request: IncomingMessage, limitBytes: number, tooLarge: () => DocentError): Promise<Uint8Array> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limitBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  const body = Buffer.concat(chunks, size);
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}
