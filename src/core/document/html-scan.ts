// The few HTML scans the document reader needs, each linear in the text. They find what the lazy
// regular expressions they replace found (`<!--[\s\S]*?-->`, `<svg\b[\s\S]*?<\/svg\s*>`,
// `<[^>]*>`…), but a lazy expression looks for its end again from every opener, so 200,000
// unclosed `<svg ` or `<!--` took minutes. Here each search resumes where the last one stopped:
// when no end follows one opener, none follows a later one either.
import { NextIndex } from './next-index';

/** The text with ASCII letters lower-cased and every index unchanged (toLowerCase can change lengths). */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

const wordChar = /[A-Za-z0-9_]/;
const space = /\s/;

/** Whether `name` (lower case) starts at `at` in `lower` and ends at a word boundary, as `name\b` does. */
function nameAt(lower: string, at: number, name: string): boolean {
  return lower.startsWith(name, at) && !wordChar.test(lower[at + name.length] ?? '');
}

/** Finds, in `lower`, the first `</name` followed by optional white space and `>` (a closing tag). */
class ClosingTags {
  private readonly byName = new Map<string, NextIndex>();
  /** Where each closing tag found ends (one past its `>`). */
  private readonly ends = new Map<number, number>();

  constructor(private readonly lower: string) {}

  /** The start of the first closing tag of `name` at or after `from`, or -1. */
  at(name: string, from: number): number {
    let finder = this.byName.get(name);
    if (!finder) {
      const opener = `</${name}`;
      finder = new NextIndex(this.lower.length, (start) => {
        for (let at = this.lower.indexOf(opener, start); at !== -1; at = this.lower.indexOf(opener, at + 1)) {
          let end = at + opener.length;
          while (end < this.lower.length && space.test(this.lower[end] ?? '')) end++;
          if (this.lower[end] === '>') {
            this.ends.set(at, end + 1);
            return at;
          }
        }
        return -1;
      });
      this.byName.set(name, finder);
    }
    return finder.at(from);
  }

  /** One past the `>` of the closing tag that starts at `at`. */
  endOf(at: number): number {
    return this.ends.get(at) ?? at;
  }
}

/** `text` without `open … close` spans (the shortest span from each opener, as `open[\s\S]*?close`). */
export function removeSpans(text: string, open: string, close: string): string {
  let out = '';
  let copied = 0;
  for (let at = text.indexOf(open); at !== -1; at = text.indexOf(open, copied)) {
    const end = text.indexOf(close, at + open.length);
    if (end === -1) break;
    out += text.slice(copied, at);
    copied = end + close.length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * `html` without the elements named (start tag to its first closing tag, any case), as
 * `.replace(/<(a|b)\b[\s\S]*?<\/\1\s*>/gi, '')` does; only the first `limit` of them if given.
 */
export function removeElements(html: string, names: readonly string[], limit = Number.POSITIVE_INFINITY): string {
  const lower = asciiLower(html);
  const closing = new ClosingTags(lower);
  let out = '';
  let copied = 0;
  let removed = 0;
  for (let at = lower.indexOf('<'); at !== -1 && removed < limit; ) {
    const name = names.find((candidate) => nameAt(lower, at + 1, candidate));
    const close = name ? closing.at(name, at + 1 + name.length) : -1;
    if (close === -1) {
      at = lower.indexOf('<', at + 1);
      continue;
    }
    out += html.slice(copied, at);
    copied = closing.endOf(close);
    removed += 1;
    at = lower.indexOf('<', copied);
  }
  return copied === 0 ? html : out + html.slice(copied);
}

export interface ElementMatch {
  /** Where the start tag begins and one past where the closing tag ends. */
  start: number;
  end: number;
  name: string;
  /** The text between the start tag's `>` and the closing tag. */
  inner: string;
}

/**
 * The elements named, in document order, as `<(names)\b[^>]*>([\s\S]*?)<\/\1\s*>` matches them
 * (the first closing tag ends an element, nesting is not counted); also each `<img …>` (its
 * attribute text as `inner`, name 'img') and each `</figure>` (name '/figure') when `withPictures`.
 */
export function* scanElements(html: string, names: readonly string[], withPictures = false): Generator<ElementMatch> {
  const lower = asciiLower(html);
  const closing = new ClosingTags(lower);
  const nextGt = new NextIndex(lower.length, (from) => lower.indexOf('>', from));
  for (let at = lower.indexOf('<'); at !== -1; ) {
    const name = names.find((candidate) => nameAt(lower, at + 1, candidate));
    if (name) {
      const gt = nextGt.at(at + 1 + name.length);
      const close = gt === -1 ? -1 : closing.at(name, gt + 1);
      if (close !== -1) {
        const end = closing.endOf(close);
        yield { start: at, end, name, inner: html.slice(gt + 1, close) };
        at = lower.indexOf('<', end);
        continue;
      }
    } else if (withPictures && nameAt(lower, at + 1, 'img')) {
      const gt = nextGt.at(at + 4);
      if (gt !== -1) {
        yield { start: at, end: gt + 1, name: 'img', inner: html.slice(at + 4, gt) };
        at = lower.indexOf('<', gt + 1);
        continue;
      }
    } else if (withPictures && lower.startsWith('</figure', at)) {
      const close = closing.at('figure', at);
      if (close === at) {
        const end = closing.endOf(close);
        yield { start: at, end, name: '/figure', inner: '' };
        at = lower.indexOf('<', end);
        continue;
      }
    }
    at = lower.indexOf('<', at + 1);
  }
}

/** The first element named, as `<name\b[^>]*>([\s\S]*?)<\/name\s*>` finds it, or null. */
export function firstElement(html: string, name: string): ElementMatch | null {
  for (const element of scanElements(html, [name])) return element;
  return null;
}

/** The `<img …>` tags in `html`: the attribute text of each, in order (`<img\b([^>]*)>`). */
export function imageTags(html: string): string[] {
  const found: string[] = [];
  for (const element of scanElements(html, [], true)) if (element.name === 'img') found.push(element.inner);
  return found;
}

/** `html` without its `<img …>` tags. */
export function removeImageTags(html: string): string {
  let out = '';
  let copied = 0;
  for (const element of scanElements(html, [], true)) {
    if (element.name !== 'img') continue;
    out += html.slice(copied, element.start);
    copied = element.end;
  }
  return copied === 0 ? html : out + html.slice(copied);
}

/** `html` without any tag, as `.replace(/<[^>]*>/g, '')`: a `<` with no `>` after it stays text. */
export function removeTags(html: string): string {
  let out = '';
  let copied = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', copied)) {
    const gt = html.indexOf('>', at + 1);
    // No `>` after this `<` means none after any later one either.
    if (gt === -1) break;
    out += html.slice(copied, at);
    copied = gt + 1;
  }
  return copied === 0 ? html : out + html.slice(copied);
}
