// Picture files into the deck folder's pictures/ (named by content hash, so one already there is the same picture).
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DocentError } from '../../core/errors';
import { writeFileAtomic } from '../atomic-write';
import { pictureFolder, type PictureFile } from './picture-store';

export async function writePictures(deckFolder: string, pictures: PictureFile[]): Promise<void> {
  if (pictures.length === 0) return;
  try {
    await mkdir(path.join(deckFolder, pictureFolder), { recursive: true });
  } catch (error) {
    throw new DocentError('WRITE_FAILED', `cannot create the pictures folder: ${(error as Error).message}`, { file: path.join(deckFolder, pictureFolder) });
  }
  for (const picture of pictures) {
    const target = path.join(deckFolder, picture.name);
    const existing = await stat(target).catch(() => null);
    if (existing?.size === picture.bytes.length) continue;
    await writeFileAtomic(target, picture.bytes);
  }
}
