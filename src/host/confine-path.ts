// File access only inside the open deck's folder. Every path a renderer or deck names goes through here.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { DocentError } from '../core/errors';

/**
 * Resolves `relative` inside `folder`, refusing absolute paths, drive letters, backslashes, `..`
 * segments, and symlinks whose target lies outside the folder. Returns the real absolute path.
 */
export async function confinePath(folder: string, relative: string): Promise<string> {
  const refuse = (why: string): never => {
    throw new DocentError('PATH_OUTSIDE_DECK', `"${relative}" ${why}; only files inside the deck folder can be used`);
  };
  if (relative.length === 0 || relative.length > 1024) refuse('is not a file name');
  if (relative.includes('\0')) refuse('contains a NUL character');
  if (relative.includes('\\')) refuse('uses backslashes');
  if (/^[a-zA-Z]:/.test(relative) || relative.startsWith('/') || relative.startsWith('~')) refuse('is an absolute path');
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '..')) refuse('climbs out with ".."');
  const root = await realpath(folder);
  const candidate = path.resolve(root, ...segments.filter((segment) => segment !== '' && segment !== '.'));
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    // Not there (yet): the parent folder must be inside.
    real = path.join(await realpath(path.dirname(candidate)).catch(() => refuse('is not in an existing folder')), path.basename(candidate));
  }
  if (real !== root && !real.startsWith(root + path.sep)) refuse('points outside the deck folder');
  return real;
}
