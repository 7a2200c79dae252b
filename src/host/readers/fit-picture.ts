// A huge picture -> one a slide can show: a camera photo of 6000×4000 pixels or a 30 MB scan is
// decoded, scaled down to fit 2560 pixels (twice the slide's width, sharp on a high-density screen),
// turned by its EXIF orientation and encoded again (a JPEG as JPEG, a PNG as PNG unless that stays
// too large and it has no transparency). Pictures that are not huge are copied byte for byte.
// Pure JavaScript codecs (jpeg-js, pngjs): nothing native, nothing downloaded.
import jpeg from 'jpeg-js';
import pngjs from 'pngjs';
import { imageSize } from 'image-size';
import { downscalePixels, type Pixels } from './downscale-pixels';
import { orientPixels } from './orient-pixels';
import { maxPictureBytes, maxPictureDecodePixels, maxPictureSide, pictureTargetSide } from './reader-limits';

export type PictureExtension = 'png' | 'jpg' | 'gif' | 'webp';

export interface FittedPicture {
  bytes: Uint8Array;
  extension: PictureExtension;
  /** True when the picture was scaled down or encoded again. */
  reencoded: boolean;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const jpegQuality = 85;

function decode(bytes: Uint8Array, extension: 'png' | 'jpg'): Pixels {
  if (extension === 'jpg') {
    const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: maxPictureDecodePixels / 1e6, maxMemoryUsageInMB: 1024 });
    return { width: decoded.width, height: decoded.height, data: decoded.data };
  }
  const decoded = pngjs.PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { width: decoded.width, height: decoded.height, data: new Uint8Array(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength) };
}

function isOpaque(pixels: Pixels): boolean {
  for (let i = 3; i < pixels.data.length; i += 4) if (pixels.data[i] !== 255) return false;
  return true;
}

const encodeJpeg = (pixels: Pixels): Uint8Array => new Uint8Array(jpeg.encode({ width: pixels.width, height: pixels.height, data: pixels.data }, jpegQuality).data);

function encodePicture(pixels: Pixels, extension: 'png' | 'jpg'): { bytes: Uint8Array; extension: 'png' | 'jpg' } {
  if (extension === 'jpg') return { bytes: encodeJpeg(pixels), extension };
  const png = new pngjs.PNG({ width: pixels.width, height: pixels.height });
  png.data = Buffer.from(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength);
  const bytes = new Uint8Array(pngjs.PNG.sync.write(png));
  // A photo stored as PNG can stay over the limit even scaled down; without transparency JPEG keeps it.
  if (bytes.length > maxPictureBytes && isOpaque(pixels)) return { bytes: encodeJpeg(pixels), extension: 'jpg' };
  return { bytes, extension };
}

/** The picture as the deck will hold it, or why it cannot be (one clause: "it is larger than 8 MB"). */
export function fitPicture(bytes: Uint8Array, extension: PictureExtension): FittedPicture | string {
  let size: { width?: number; height?: number; orientation?: number };
  try {
    size = imageSize(bytes);
  } catch {
    return 'its picture data cannot be read';
  }
  const width = size.width ?? 0;
  const height = size.height ?? 0;
  if (width < 1 || height < 1) return 'its picture data cannot be read';
  const huge = bytes.length > maxPictureBytes || Math.max(width, height) > maxPictureSide;
  if (!huge) return { bytes, extension, reencoded: false };
  if (extension === 'gif' || extension === 'webp') {
    return bytes.length > maxPictureBytes ? `it is larger than ${megabytes(maxPictureBytes)} (GIF and WebP pictures are not re-encoded)` : { bytes, extension, reencoded: false };
  }
  if (width * height > maxPictureDecodePixels) return `it has ${Math.round((width * height) / 1e6)} megapixels, more than the ${maxPictureDecodePixels / 1e6} Docent scales down`;
  let pixels: Pixels;
  try {
    pixels = decode(bytes, extension);
  } catch (error) {
    return `its picture data cannot be read (${(error as Error).message.split('\n')[0]?.slice(0, 120)})`;
  }
  const scale = Math.min(1, pictureTargetSide / Math.max(pixels.width, pixels.height));
  if (scale < 1) pixels = downscalePixels(pixels, pixels.width * scale, pixels.height * scale);
  if (extension === 'jpg' && size.orientation) pixels = orientPixels(pixels, size.orientation);
  const encoded = encodePicture(pixels, extension);
  if (encoded.bytes.length > maxPictureBytes) return `it is larger than ${megabytes(maxPictureBytes)} even scaled down`;
  return { ...encoded, reencoded: true };
}
