// Serves the built renderer (out/renderer) and the open deck's own assets.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

/** Deck assets are shown, never run: anything not an image is sent as plain bytes. */
const deckAssetTypes = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg']);

export function contentTypeFor(file: string, deckAsset = false): string {
  const extension = path.extname(file).toLowerCase();
  if (deckAsset && !deckAssetTypes.has(extension)) return 'application/octet-stream';
  return contentTypes[extension] ?? 'application/octet-stream';
}

/** A file under `root` for a URL path; null when the path leaves the root or is not a file. */
export async function resolveStatic(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const normalized = path.posix.normalize(`/${decoded}`);
  // No hidden files or folders: the build's own index (.vite/manifest.json) is for the tests, not the page.
  if (normalized.split('/').some((segment) => segment.startsWith('.'))) return null;
  const file = path.resolve(root, `.${normalized}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  const info = await stat(file).catch(() => null);
  return info?.isFile() ? file : null;
}

export async function readStatic(file: string): Promise<Buffer> {
  return readFile(file);
}
