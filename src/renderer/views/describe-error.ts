// One line for any error the renderer shows: "deck.md:12: front matter: …".
import { isDocentError } from '../../core/errors';
import { HostError } from '../host-client/host-error';

export function describeError(error: unknown, file?: string): string {
  if (isDocentError(error)) return (file && !error.location.file ? error.withFile(file) : error).describe();
  if (error instanceof HostError) return error.describe();
  return error instanceof Error ? error.message : String(error);
}
