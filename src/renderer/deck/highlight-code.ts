// Code blocks highlighted as reveal.js's highlight plugin does it, with that plugin's own code
// (highlight.js, line numbers, one fragment per line step of ```js [1|3-5]), offline. It runs when
// a slide is rendered, before reveal.js lays anything out, so every view (presenting, speaker view,
// print) measures the slide as it will look. Map and mermaid blocks belong to their own plugins;
// every other block is highlighted, as reveal.js does (highlight.js leaves nohighlight alone).
import RevealHighlight from 'reveal.js/plugin/highlight';
import 'reveal.js/plugin/highlight/monokai.css';

const highlighter = RevealHighlight();
const leftAlone = /(?:^|\s)language-(?:map|mermaid)(?:\s|$)/;

/** Highlights the code blocks under `root` (a rendered slide, not yet in the page). */
export function highlightCode(root: ParentNode): void {
  for (const code of root.querySelectorAll<HTMLElement>('pre > code')) {
    if (leftAlone.test(code.className)) continue;
    code.parentElement?.classList.add('code-wrapper');
    // highlight.js reads the block's text and writes escaped spans; the text was sanitized already.
    highlighter.highlightBlock(code);
  }
}
