// One line for any error the renderer shows: "deck.md:12: front matter: …".
import { isDocentError } from '../../core/errors';

export function describeError(error: unknown, file?: string): string {
  if (isDocentError(error)) return (file && !error.location.file ? error.withFile(file) : error).describe();
  return error instanceof Error ? error.message : String(error);
}
