// Where Docent is slower (or bigger) than a peer or misses its goal: why, and what would change it.
// The reasons come from CPU profiles taken while building the suite (`node --cpu-prof`) and from the
// source; the numbers quoted are the ones measured in the same run.
import { growth } from '../lib/stats.mjs';
import { kb, mb, ms } from './format.mjs';

/** "stage 380 ms, stage 310 ms, …" from the profile's breakdown. */
function stageList(profile) {
  return profile.stages.map((stage) => `${stage.name} ${ms(stage.ms)}`).join(', ');
}

export const whySlower = {
  generation(figure) {
    const { startup, profile } = figure;
    const lines = ['**Why Docent is slower here, and what would change it.**'];
    const largest = figure.rows.find((row) => row.words >= 20_000 && row.words < 21_000) ?? figure.rows.at(-1);
    if (startup && largest) {
      const share = startup.cpuMs.median / largest.docentCpuMs.median;
      lines.push(
        `Start-up is ${share >= 0.5 ? 'most' : 'not the main part'} of it: \`docent generate --help\` (the same command loaded, no work) takes ${ms(startup.ms.median)} ` +
          `(${ms(startup.cpuMs.median)} of CPU, against ${ms(largest.docentCpuMs.median)} for ${largest.words.toLocaleString('en')} words). ` +
          'The work is: Docent analyses the text (sections by topic, names and who said what, places looked up in a gazetteer, titles), where Marp only turns markdown into HTML.',
      );
    }
    if (profile && !profile.failed) {
      const rest = profile.totalMs - profile.stageMs - profile.gcMs - profile.idleMs;
      lines.push(
        `A CPU profile of one more run on ${profile.words.toLocaleString('en')} words (\`node --cpu-prof\`, ${ms(profile.totalMs)} in all) puts ${ms(profile.stageMs)} in the analysis ` +
          `(${profile.stageFunction}): ${stageList(profile)}${profile.otherStagesMs ? `, the other stages ${ms(profile.otherStagesMs)}` : ''}; ${ms(profile.gcMs)} in garbage collection; ` +
          `and ${ms(rest)} in starting Node, loading the command's code and the NLP library, reading the document and writing the deck.`,
      );
      lines.push(
        'What would change it: the largest stages above first. The NLP library (compromise) is called from more than one of them (src/core/analysis/classify-name.ts ' +
          'and title-sections.ts): tagging the document once and sharing the tags would save repeated tagging; the garbage collection share says the analysis ' +
          'allocates heavily (per-sentence copies and intermediate arrays), which streaming over sentences would cut.',
      );
    } else if (profile?.failed) {
      lines.push(`(No CPU profile breakdown in this run: ${profile.failed}.)`);
    }
    return lines.join(' ');
  },

  coldStart(figure) {
    const first = figure.rows[0];
    if (!first) return '';
    const server = first.serverMs.median;
    const page = first.pageMs?.median ?? first.totalMs.median - server;
    const reveal = first.revealMs ? ` (the plain reveal.js page takes ${ms(first.revealMs.median)} for the same deck)` : '';
    return (
      `**Where the time goes.** ${ms(server)} passes before \`docent serve\` prints its URL (starting Node, loading the serve command, reading the deck); ` +
      `the page then takes ${ms(page)} to its first slide${reveal}: index.html, the entry's scripts (preloaded together) and stylesheet, the host API's session, ` +
      "the deck and the presenter's last position (one round trip each), the theme and the fonts the first slide uses, then reveal.js laying out the deck. " +
      'The plain page reads its files from disk and has no server to ask. What would change it: the deck text inlined into the first response (one round trip less), ' +
      'and for the whole start, a serve command that loads less before it listens (`node --cpu-prof bin/docent.mjs serve …` shows what).'
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
        `${fixedHeavy ? 'Docent pays more before the first page' : 'What Docent pays before the first page'}: it starts Node and the export command, a private browser host and ` +
          'Chromium, loads the renderer (section 5) and waits until fonts, images and every map are drawn (no fixed sleep), and after printing reopens the ' +
          'PDF with pdf-lib to check every page and write the title, author and outline. Marp prints a page it generated itself, with no server and no ' +
          'wait for maps. Chromium is launched while the deck is read and the host starts, the renderer entry is a fraction of what it was (section 5), and pdf-lib ' +
          "parses in one go; Chromium's own outline (page.pdf's `outline: true`) cannot replace the pdf-lib pass: it nests the headings by level, takes their text " +
          "as the theme shows it (upper case) without slide numbers, has no entry for a slide without a heading and none of the author or subject. What would " +
          'shorten the fixed part further: a Chromium kept warm between exports (the app), and an incremental update that appends the outline and metadata ' +
          'to the printed file instead of reloading it.',
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
    const { parts, lazy, entryFiles } = figure.size;
    const largest = [...lazy].sort((a, b) => b.bytes - a.bytes)[0];
    const scripts = entryFiles.filter((file) => file.endsWith('.js')).length;
    return (
      `**What every deck loads, and what it does not.** The entry (${scripts} scripts, preloaded together from index.html, and one stylesheet) holds the audience view, ` +
      'reveal.js, the deck parser (markdown, YAML front matter, RE2 for reveal-md separators), the sanitizer and the typed host API. The editor, the speaker and ' +
      'print views, the phone remote, the map plugin with Leaflet and the basemap, highlight.js and KaTeX are chunks of their own, fetched the first time a page ' +
      `needs one (the largest, ${largest.label}, is ${kb(largest.bytes)}). The theme's fonts are files (${parts.whiteThemeFonts.files} for the white theme), fetched ` +
      'when a slide first uses a face, so a deck in one theme never downloads the others\' fonts and themes sharing a font share its file.'
    );
  },

  memory(figure) {
    const memory = figure.memory;
    if (!memory?.hostPssMb) return '';
    const entryMb = figure.size.parts.entryScripts.bytes / 2 ** 20;
    return (
      `**Where the memory goes.** Of Docent's peak, the host process (Node) holds ${mb(memory.hostPssMb.median)} and Chromium ${mb(memory.browserPssMb.median)}, ` +
      `against ${mb(memory.revealPssMb.median)} for Chromium showing the plain reveal.js page. On top of what reveal.js needs, Docent's page holds its ${entryMb.toFixed(1)} MB of entry scripts, ` +
      'the map chunk (Leaflet) a deck with maps loads, the world basemap (parsed into outlines once per window) and two drawn maps; the host process is ' +
      'the price of presenting from files with live reload and an API the page calls. A coarser basemap for world-scale maps, and dropping a map\'s layers once its slide is far behind, would shrink the page\'s share.'
    );
  },
};
