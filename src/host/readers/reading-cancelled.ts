// The one error a cancelled reading (New Deck from Document…'s Cancel) ends with, wherever it stops.
import { DocentError } from '../../core/errors';

export function readingCancelled(): DocentError {
  return new DocentError('GENERATE_CANCELLED', 'cancelled; nothing was written');
}
