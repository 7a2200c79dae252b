// The record Docent keeps beside a deck.md it wrote (`docent generate`, `docent import`): the hash of
// what it wrote, so writing again may replace it only while nobody has edited it.
import { createHash } from 'node:crypto';

export const generatedRecordName = '.docent-generated.json';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
