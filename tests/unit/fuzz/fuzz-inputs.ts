// Shared inputs for the fuzz tests: a fixed seed and a small number of runs in `npm test` (FUZZ_RUNS
// raises it: `npm run fuzz` runs 20,000), random and mutated text and bytes, and the hand-picked
// inputs that break parsers in practice (empty, binary, invalid UTF-8, UTF-16 with BOM, CRLF, very
// long lines, 5 MB, right-to-left text, emoji).
import fc from 'fast-check';
import { expect } from 'vitest';
import { DocentError } from '../../../src/core/errors';

export const fuzzSeed = 20_261_128;
export const fuzzRuns = Number(process.env.FUZZ_RUNS) || 150;
export const fuzzParameters = { seed: fuzzSeed, numRuns: fuzzRuns, endOnFailure: true } as const;

/** A property test's time limit: enough for its runs at `msPerRun` twice over (the long run needs minutes). */
export function fuzzTimeout(msPerRun: number, runs: number = fuzzRuns): number {
  return Math.max(60_000, Math.round(runs * msPerRun * 2));
}

/**
 * A hang guard, not a speed target: the time after which a single input counts as never finishing
 * (catastrophic regex backtracking, a loop that does not advance). Generous so a slow CI machine
 * never trips it; the `bench` script measures speed.
 */
export const hangLimitMs = { perInput: 5_000, perLargeInput: 60_000 } as const;

/** Runs `parse`; it may return or throw a DocentError, nothing else, and must finish in time. */
export function expectOnlyDocentError<T>(what: string, parse: () => T, limitMs: number = hangLimitMs.perInput): T | DocentError {
  const started = performance.now();
  let result: T | DocentError;
  try {
    result = parse();
  } catch (error) {
    if (!(error instanceof DocentError)) {
      throw new Error(`${what} threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} instead of a DocentError`, { cause: error });
    }
    result = error;
  }
  const elapsed = performance.now() - started;
  expect(elapsed, `${what} took ${Math.round(elapsed)} ms`).toBeLessThan(limitMs);
  return result;
}

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

// Written out here rather than calling core's encodeText: the inputs must not come from the code under test.
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + i * 2] = littleEndian ? unit & 0xff : unit >> 8;
    out[3 + i * 2] = littleEndian ? unit >> 8 : unit & 0xff;
  }
  return out;
}

const rtl = 'في القمة، قال الرئيس إن التعاون سيستمر. הנשיא אמר שהשיתוף יימשך. \u202Egnp.exe\u202C مرحبا';
const emoji = 'Leaders met 🤝 in Vladivostok 🇷🇺🇨🇳🇰🇵 — 👩🏽‍💻👨‍👩‍👧‍👦 said "ok" 🚀.';
const prose = 'Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday. China said it was not involved, a spokesman told reporters.';

/** Text that has broken real parsers, each with a name for the failure message. */
export function specialTexts(): Array<[name: string, text: string]> {
  const longLine = `${'word '.repeat(200_000)}end.`;
  return [
    ['empty', ''],
    ['only whitespace', ' \t\n\r\n  \n'],
    ['CRLF deck', '---\r\ntitle: T\r\n---\r\n\r\n# One\r\n\r\n---\r\n\r\n## Two\r\n\r\nNote:\r\nnotes\r\n'],
    ['old Mac CR only', '# One\r\r---\r\r## Two\rNote:\rx'],
    ['right-to-left text', `# ${rtl}\n\n- ${rtl}\n\n---\n\n${rtl}\n\nNote:\n${rtl}`],
    ['emoji', `# ${emoji}\n\n- ${emoji}\n\nNote:\n${emoji}`],
    ['lone surrogates', '# \uD800 broken \uDFFF pair\n\n- x\uD83D'],
    ['a one-megabyte line', longLine],
    ['unclosed front matter', '---\ntitle: x\n\n# never closed'],
    ['front matter only', '---\ntitle: x\n---\n'],
    ['unclosed fence', '# A\n\n```\n---\nNote:\n'],
    ['separators only', '---\n---\n--\n---\n--\n'],
    ['notes everywhere', 'Note:\nNote:\nnotes: x\n---\nNOTE:'],
    ['YAML recursive alias', '---\na: &a [*a]\n---\n# x'],
    ['YAML code tags', '---\ntitle: !!js/function "function(){}"\nsubtitle: !!python/object/apply:os.system ["id"]\n---\n# x'],
    ['__proto__ keys', '---\n__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\n---\n# x'],
    ['deep nesting', `${'> '.repeat(5_000)}quote\n\n${'- '.repeat(3_000)}item\n\n${'['.repeat(10_000)}`],
    ['pathological emphasis', `${'*a'.repeat(20_000)} ${'_'.repeat(20_000)} ${'<'.repeat(20_000)}`],
    ['many attribute comments', '<!-- .slide: '.repeat(5_000)],
    ['prose', prose],
  ];
}

/** A YAML "billion laughs": each alias expands the one before nine times. */
export const yamlAliasBomb = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]';

/** Bytes that have broken real decoders. */
export function specialBytes(): Array<[name: string, bytes: Uint8Array]> {
  return [
    ['empty', new Uint8Array()],
    ['a PNG header', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])],
    ['NUL bytes in text', utf8('# title\0\0\0 more')],
    ['invalid UTF-8 (lone continuation, overlong, 0xFF)', new Uint8Array([0x23, 0x20, 0x80, 0xc0, 0xaf, 0xff, 0xfe, 0x41])],
    ['truncated UTF-8 sequence', new Uint8Array([...utf8('# caf'), 0xc3])],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`# ${prose}`)])],
    ['UTF-16 LE with BOM', utf16(`# ${prose}\r\n\r\n${emoji}`, true)],
    ['UTF-16 BE with BOM', utf16(`# ${prose}\n\n${rtl}`, false)],
    ['UTF-16 LE, odd length', utf16('# odd', true).subarray(0, 7)],
    ['UTF-16 with a lone surrogate', utf16('# \uD800 x', true)],
    ['CRLF', utf8('# a\r\n\r\n---\r\n\r\n# b\r\n')],
    ['right-to-left and emoji', utf8(`${rtl}\n\n${emoji}`)],
    ['control characters', utf8('# a\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008 b')],
  ];
}

/** Five megabytes of prose-like text (the document size limit), plus one byte more. */
export function fiveMegabytes(): { atLimit: Uint8Array; overLimit: Uint8Array } {
  const paragraph = `${prose} ${emoji} ${rtl}\n\n`;
  const bytes = utf8(paragraph.repeat(Math.ceil((5 * 1024 * 1024) / utf8(paragraph).length)));
  const atLimit = bytes.subarray(0, 5 * 1024 * 1024);
  // Cut on a character boundary so the text stays valid UTF-8.
  let end = atLimit.length;
  while (end > 0 && ((atLimit[end] ?? 0) & 0xc0) === 0x80) end--;
  const overLimit = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61);
  return { atLimit: atLimit.subarray(0, end), overLimit };
}

/** Lines that mean something to a deck parser, mixed with random text. */
const deckLine = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('---', '--', '...', 'Note:', 'notes: x', '```', '```map', '~~~', '````', '', ' ', '# Title', '## Heading', '- bullet', '> quote', '<!-- .slide: class="a" data-background-color="#000" -->', '<!-- .element: class="fragment" -->', 'title: "x"', 'theme: black', 'theme: nope', 'minutes: 20', 'date: 2023-09-13', 'places:', '  - name: Moscow', '    lat: 55.7', '    lon: 37.6', 'highlight: [Russia, China]', 'a: &a [*a]', '<script>x</script>', '<img src=x onerror=y>', '|a|b|\n|-|-|\n|1|2|') },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

/** Deck-shaped text: random lines, with LF, CRLF or CR line endings. */
export const deckText = fc
  .tuple(fc.array(deckLine, { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, eol, frontMatter]) => (frontMatter ? ['---', ...lines.slice(0, 5), '---', ...lines.slice(5)] : lines).join(eol));

/** A text with bytes flipped, inserted, removed or cut off: how files get damaged. */
export function mutatedBytes(original: Uint8Array): fc.Arbitrary<Uint8Array> {
  const edit = fc.tuple(fc.nat(), fc.constantFrom('flip', 'insert', 'delete', 'truncate'), fc.integer({ min: 0, max: 255 }));
  return fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) => {
    let bytes = Array.from(original);
    for (const [position, kind, value] of edits) {
      const at = bytes.length ? position % bytes.length : 0;
      if (kind === 'flip') bytes[at] = value;
      else if (kind === 'insert') bytes.splice(at, 0, value);
      else if (kind === 'delete') bytes.splice(at, 1);
      else bytes = bytes.slice(0, at);
    }
    return new Uint8Array(bytes);
  });
}
