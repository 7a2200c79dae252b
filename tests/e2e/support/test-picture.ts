// A PNG made for a test, so its size and colours are known: a magenta frame around noisy green.
// The noise keeps the file large (it takes a moment to load and decode, as a real photo does).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

export const pictureColours = { frame: [230, 0, 230] as [number, number, number], inside: [40, 180, 40] as [number, number, number] };

const crcTable = Array.from({ length: 256 }, (_unused, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 255] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Writes a width×height RGB PNG; the frame is 5% of each side. */
export function writeTestPicture(file: string, width: number, height: number): void {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  let seed = 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * stride + 1 + x * 3;
      const frame = x < width * 0.05 || x >= width * 0.95 || y < height * 0.05 || y >= height * 0.95;
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const noise = (seed % 21) - 10;
      const [r, g, b] = frame ? pictureColours.frame : pictureColours.inside;
      raw[at] = r + (frame ? 0 : noise);
      raw[at + 1] = g + (frame ? 0 : noise);
      raw[at + 2] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  writeFileSync(file, Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 1 })), chunk('IEND', Buffer.alloc(0))]));
}
