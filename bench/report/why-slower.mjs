// Where Docent is slower (or bigger) than a peer or misses its goal: why, and what would change it.
// The reasons come from CPU profiles taken while building the suite (`node --cpu-prof`) and from the
// source; the numbers quoted are the ones measured in the same run.
import { growth } from '../lib/stats.mjs';
import { kb, mb, ms } from './format.mjs';

const startupCauses =
  'src/cli/commands/index.ts imports every command statically, so each command loads what all of them need before it starts: ' +
  'playwright-core and pdf-lib (for `export`), the HTTP host and zod schemas (for `serve`) and compromise (the NLP library, for `generate` ' +
  "and `analyze`). Most of these are CommonJS packages imported from the ESM bundle, so Node also runs its CommonJS export scanner " +
  '(cjs-module-lexer) over them; a CPU profile of `generate` on 20,000 words spends more time in module loading (playwright-core alone ' +
  'about as much as compromise) than in the analysis itself.';

const startupRemedies =
  "load each command lazily (`const { generateCommand } = await import('./generate')` in the command table) so `generate` never " +
  'loads Playwright or pdf-lib; import the CommonJS packages through `createRequire` (no export scanning) or let esbuild bundle them; ' +
  'and, on Node 22, turn on the module compile cache (`module.enableCompileCache()`), which skips recompiling the same code on every start.';

export const whySlower = {
  generation(figure) {
    const fit = figure.timeGrowth;
    const startup = figure.startup;
    const lines = ['**Why Docent is slower here, and what would change it.**'];
    if (startup) {
      lines.push(
        `The command's fixed cost dominates: \`docent generate --help\`, which loads the same code and does no work, takes ${ms(startup.ms.median)} ` +
          `(${ms(startup.cpuMs.median)} of CPU) in this run${fit ? `, and the fit above puts the cost of the words themselves at ${ms(fit.perUnit * 1000)} per 1,000` : ''}. ` +
          startupCauses,
      );
    }
    lines.push(`What would change it: ${startupRemedies} Marp's per-run cost is also mostly start-up, but it loads only its converter.`);
    return lines.join(' ');
  },

  coldStart(figure) {
    const first = figure.rows[0];
    if (!first) return '';
    const share = first.serverMs.median / first.totalMs.median;
    return (
      `**Where the time goes.** ${Math.round(share * 100)}% of it (${ms(first.serverMs.median)}) passes before \`docent serve\` prints its URL, ` +
      `that is, loading the command line; the page itself then takes ${ms(first.totalMs.median - first.serverMs.median)} to its first slide. ` +
      `${startupCauses} What would change it: ${startupRemedies}`
    );
  },

  pdf(figure) {
    const tools = [...new Set(figure.rows.map((row) => row.tool))];
    const fits = tools.map((tool) => [tool, growth(figure.rows.filter((row) => row.tool === tool).map((row) => [row.slides, row.totalMs.median]))]);
    const described = fits
      .filter(([, fit]) => fit)
      .map(([tool, fit]) => `${tool} ≈ ${ms(fit.fixed)} + ${ms(fit.perUnit)} × slides`)
      .join('; ');
    const sensible = fits.every(([, fit]) => !fit || (fit.fixed >= 0 && fit.perUnit >= 0));
    const docentFit = fits.find(([tool]) => tool === 'Docent')?.[1];
    const lines = ['**Why Docent is slower here, and what would change it.**'];
    if (described && sensible) lines.push(`A straight-line fit of whole-export time over the deck sizes gives: ${described}.`);
    if (described && !sensible) lines.push(`A straight-line fit of whole-export time over the deck sizes is not meaningful in this run (${described}): the noise is larger than the differences.`);
    const fixedHeavy = docentFit && sensible && fits.some(([tool, fit]) => tool !== 'Docent' && fit && docentFit.fixed > fit.fixed);
    const marginalHeavy = docentFit && sensible && fits.some(([tool, fit]) => tool !== 'Docent' && fit && docentFit.perUnit > fit.perUnit);
    if (fixedHeavy || !sensible) {
      lines.push(
        `${fixedHeavy ? 'Docent pays more before the first page' : 'What Docent pays before the first page'}: the command line loads every command's modules (section 1), starts a private browser host, ` +
          'launches Chromium, loads the renderer (section 5) and waits until fonts, images and every map are drawn (no fixed sleep), and after ' +
          'printing reopens the PDF with pdf-lib to check every page and write the title, author and outline. Lazy module loading (section 1) and, in the ' +
          'app, a Chromium kept warm for printing would remove most of it.',
      );
    }
    if (marginalHeavy) {
      lines.push(
        "Docent's cost per extra slide is higher: reveal.js's print layout builds a page for every slide in one document before Chromium prints it, " +
          'and the pdf-lib pass that checks the pages and writes the outline walks every page again. Printing in batches of slides and writing the ' +
          'outline without reloading the whole PDF would change it.',
      );
    }
    return lines.join(' ');
  },

  editing(figure) {
    const at200 = figure.rows.find((row) => row.slides === 200);
    const beforeDom = at200?.domP95Ms ? ` At 200 slides the p95 to the DOM change alone is ${ms(at200.domP95Ms.median)}: most of the time passes before the preview's DOM changes, not in painting.` : '';
    return (
      `**Why the long tail, and what would change it.**${beforeDom} Each keystroke runs CodeMirror's update, re-parses the whole deck.md (parseDeck, ` +
      "linear in the deck's length), patches only the slides whose source changed, and lets reveal.js lay out the current slide again. " +
      'The median stays low; the 95th percentile is set by garbage collection and, on this shared 2-core machine, by other processes taking the CPU ' +
      '(see the noise table). Re-parsing only the changed slide from its source offsets would make the work independent of deck size.'
    );
  },

  bundle(figure) {
    const { entryJs, whiteTheme } = figure.size.parts;
    return (
      `The entry script (${kb(entryJs.bytes)}) is one chunk holding every view — audience, speaker, print, the editor (CodeMirror) and the map (Leaflet) — and the ` +
      `libraries they use, so a deck that is only presented still loads the editor. The white theme (${kb(whiteTheme.bytes)}) carries its web fonts inline, ` +
      'which is why it barely compresses. Splitting the editor, the map and the print and speaker views into chunks loaded on first use (dynamic import) would ' +
      "cut what every deck loads; serving the theme's fonts as separate files would let the browser cache them across themes."
    );
  },

  memory(figure) {
    const memory = figure.memory;
    if (!memory?.hostPssMb) return '';
    const entryMb = figure.size.parts.entryJs.bytes / 2 ** 20;
    return (
      `**Where the memory goes.** Of Docent's peak, the host process (Node) holds ${mb(memory.hostPssMb.median)} and Chromium ${mb(memory.browserPssMb.median)}. ` +
      "The host is large because `serve` loads every command's modules (see section 1), among them Playwright, pdf-lib and the NLP library that " +
      `presenting does not need; Chromium holds the ${entryMb.toFixed(1)} MB entry script (above), the theme, the world basemap and two drawn maps on top of what reveal.js alone needs. ` +
      'Loading commands lazily and loading the map code and basemap only for decks that have a map block would shrink both.'
    );
  },
};
