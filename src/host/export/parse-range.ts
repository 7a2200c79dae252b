// "--range 2-5": which slides to export, numbered as the slide counter shows them.
import { DocentError } from '../../core/errors';
import type { ExportOptions } from '../../shared/api';

/** Accepts "N", "N-M" and "N-" (to the last slide); checks the range against the deck's slide count. */
export function parseSlideRange(text: string, slideCount: number): NonNullable<ExportOptions['range']> {
  const match = /^\s*(\d+)\s*(?:(-)\s*(\d*)\s*)?$/.exec(text);
  if (!match) throw new DocentError('REQUEST_INVALID', `--range must look like 2-5, 3 or 4-, not "${text}"`);
  const first = Number(match[1]);
  const last = match[2] ? (match[3] ? Number(match[3]) : slideCount) : first;
  if (first < 1) throw new DocentError('REQUEST_INVALID', `--range starts at slide 1, not ${first}`);
  if (last < first) throw new DocentError('REQUEST_INVALID', `--range ${text} ends before it starts`);
  if (last > slideCount) throw new DocentError('REQUEST_INVALID', `--range ${text} goes past the deck's last slide (${slideCount})`);
  return { first, last };
}
