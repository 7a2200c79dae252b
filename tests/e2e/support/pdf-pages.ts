// Reading exported PDFs the way a user's tools do: poppler's pdftotext and pdftoppm, and pdf-lib.
// Also runs `docent export` itself (the real command line).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `docent export …`; `whileRunning` gets the process once it has printed its first progress line. */
export function runExport(args: string[], whileRunning?: (child: ReturnType<typeof spawn>) => void): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/docent.mjs'), 'export', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      const first = stderr === '';
      stderr += chunk.toString();
      if (first) whileRunning?.(child);
    });
    child.on('error', reject);
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The text of one page (1-based), whitespace collapsed. */
export function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').trim();
}

/** pdfinfo's fields (Title, Author, Pages, Page size…). */
export function pdfInfo(file: string): Record<string, string> {
  const output = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(output.split('\n').flatMap((line) => {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    return match?.[1] ? [[match[1].trim(), (match[2] ?? '').trim()]] : [];
  }));
}

export interface PageImage {
  width: number;
  height: number;
  /** RGB, 3 bytes a pixel, rows top to bottom. */
  pixels: Buffer;
}

/** One page rendered by pdftoppm at `dpi` (72 makes one pixel per PDF point). */
export function pageImage(file: string, page: number, dpi: number, pngCopy?: string): PageImage {
  const ppm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-singlefile', file], { maxBuffer: 64 * 1024 * 1024 });
  if (pngCopy) mkdirSync(path.dirname(pngCopy), { recursive: true });
  if (pngCopy) execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-singlefile', '-png', file, pngCopy.replace(/\.png$/, '')]);
  // P6 header: magic, width, height, max value, each followed by whitespace.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'));
  if (!header?.[0]) throw new Error('pdftoppm did not produce a PPM image');
  return { width: Number(header[1]), height: Number(header[2]), pixels: ppm.subarray(header[0].length) };
}

export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Pixels within `tolerance` of `colour` (per channel), inside `box` when given. */
export function pixelsNear(image: PageImage, colour: [number, number, number], tolerance: number, box?: Box): { count: number; box: Box | null } {
  let count = 0;
  let found: Box | null = null;
  const area = box ?? { left: 0, top: 0, right: image.width, bottom: image.height };
  for (let y = area.top; y < area.bottom; y++) {
    for (let x = area.left; x < area.right; x++) {
      const at = (y * image.width + x) * 3;
      if (Math.abs((image.pixels[at] ?? 0) - colour[0]) > tolerance || Math.abs((image.pixels[at + 1] ?? 0) - colour[1]) > tolerance || Math.abs((image.pixels[at + 2] ?? 0) - colour[2]) > tolerance) continue;
      count += 1;
      found = found ? { left: Math.min(found.left, x), top: Math.min(found.top, y), right: Math.max(found.right, x + 1), bottom: Math.max(found.bottom, y + 1) } : { left: x, top: y, right: x + 1, bottom: y + 1 };
    }
  }
  return { count, box: found };
}

export function readPdf(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}
