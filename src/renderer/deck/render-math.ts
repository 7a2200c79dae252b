// Math typeset as reveal.js's math plugin does it ($$…$$ and \[…\] as display, $…$ and \(…\)
// inline; never inside code), with KaTeX bundled: offline, its fonts served by the app itself (the
// CSP allows fonts from 'self' only). Runs when a slide is rendered, before reveal.js lays it out.
import renderMathInElement from 'katex/contrib/auto-render';
import 'katex/dist/katex.min.css';

const options = {
  delimiters: [
    { left: '$$', right: '$$', display: true },
    { left: '$', right: '$', display: false },
    { left: '\\(', right: '\\)', display: false },
    { left: '\\[', right: '\\]', display: true },
  ],
  ignoredTags: ['script', 'noscript', 'style', 'textarea', 'pre', 'code'],
  // A formula KaTeX cannot read shows its source in red, as the plugin does, instead of failing the slide.
  throwOnError: false,
  // No \href, \url or \includegraphics: a formula cannot link or load anything.
  trust: false,
  maxExpand: 1000,
  maxSize: 20,
};

const mayHoldMath = /\$|\\\(|\\\[/;

/** Typesets the math under `element` (a rendered slide, not yet in the page). */
export function renderMath(element: HTMLElement): void {
  if (!mayHoldMath.test(element.textContent ?? '')) return;
  renderMathInElement(element, options);
}
