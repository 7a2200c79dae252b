// A photo's EXIF orientation applied to its pixels. A browser turns a JPEG by its EXIF tag; a picture
// Docent re-encodes carries no EXIF, so it is turned here first, or a portrait photo would lie on its side.
import type { Pixels } from './downscale-pixels';

/** EXIF orientation 1–8 (1: as stored). */
export function orientPixels(source: Pixels, orientation: number): Pixels {
  if (!Number.isInteger(orientation) || orientation < 2 || orientation > 8) return source;
  const { width: w, height: h, data } = source;
  const swaps = orientation >= 5;
  const width = swaps ? h : w;
  const height = swaps ? w : h;
  const out = new Uint8Array(data.length);
  // One RGBA pixel is one 32-bit word: copied whole (byte order does not matter for a copy).
  const aligned = data.byteOffset % 4 === 0 ? data : data.slice();
  const from = new Uint32Array(aligned.buffer, aligned.byteOffset, w * h);
  const to = new Uint32Array(out.buffer);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sx: number;
      let sy: number;
      switch (orientation) {
        case 2: [sx, sy] = [w - 1 - x, y]; break; // mirrored
        case 3: [sx, sy] = [w - 1 - x, h - 1 - y]; break; // upside down
        case 4: [sx, sy] = [x, h - 1 - y]; break; // mirrored upside down
        case 5: [sx, sy] = [y, x]; break; // transposed
        case 6: [sx, sy] = [y, h - 1 - x]; break; // to be turned a quarter clockwise
        case 7: [sx, sy] = [w - 1 - y, h - 1 - x]; break; // transversed
        default: [sx, sy] = [w - 1 - y, x]; // 8: to be turned a quarter anticlockwise
      }
      to[y * width + x] = from[sy * w + sx] ?? 0;
    }
  }
  return { width, height, data: out };
}
