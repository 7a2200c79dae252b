// Slide markdown -> HTML string with marked (the library reveal.js's own markdown plugin uses).
// The result is NOT safe yet: the renderer sanitizes it with DOMPurify before it touches the DOM.
import { Marked } from 'marked';
import { exceedsEmphasisBudget } from './emphasis-budget';
import { elementMarkers, extractSlideAttributes, markElementAttributes, type AttributeList } from './slide-attributes';

/** reveal.js's line-step syntax after a fence's language: ```js [1|3-5] or [5: 1,3] (numbering from 5). */
const lineSteps = /\[\s*((\d*):)?\s*([\s\d,|-]*)\]/;

/** Blocks that are not code to highlight but a map or diagram, drawn by their own plugins. */
const ownPlugin = new Set(['map', 'mermaid']);

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    // As reveal.js's markdown plugin writes a code block: the line steps become data-line-numbers
    // (and data-ln-start-from), which the highlighting in the renderer turns into line numbers and
    // fragment steps, and the rest of the info is the class as written (`lean`, not `language-lean`:
    // highlight.js then guesses a language it does not know, as in reveal.js, instead of leaving the
    // block plain). Map and mermaid blocks are language-* classes, which their plugins look for.
    code({ text, lang }) {
      let language = lang ?? '';
      let attributes = '';
      const steps = lineSteps.exec(language);
      if (steps) {
        const start = steps[2]?.trim();
        attributes = ` data-line-numbers="${escapeHtml((steps[3] ?? '').trim())}"${start ? ` data-ln-start-from="${escapeHtml(start)}"` : ''}`;
        language = language.replace(lineSteps, '').trim();
      }
      const name = language.split(/\s+/)[0] ?? '';
      const className = ownPlugin.has(name) ? ` class="language-${name}"` : language ? ` class="${escapeHtml(language)}"` : '';
      return `<pre><code${className}${attributes}>${escapeHtml(text.replace(/\n$/, ''))}\n</code></pre>\n`;
    },
  },
});

export interface RenderedSlide {
  html: string;
  notesHtml: string | null;
  attributes: AttributeList;
}

/** A slide marked cannot render (or not in time), shown as its text instead of taking the deck down. */
function unrendered(markdown: string): string {
  const escaped = markdown.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<p class="docent-unrendered">This slide's markdown could not be rendered; here is its text.</p><pre>${escaped}</pre>`;
}

export function renderMarkdown(markdown: string): string {
  // marked's emphasis search is quadratic in the delimiter runs of a block (emphasis-budget.ts).
  if (exceedsEmphasisBudget(markdown)) return unrendered(markdown);
  try {
    return elementMarkers(marked.parse(markElementAttributes(markdown, 'comment'), { async: false }));
  } catch {
    // marked recurses per nesting level: thousands of nested quotes or lists overflow the stack.
    return unrendered(markdown);
  }
}

export function renderSlide(content: string, notes: string | null): RenderedSlide {
  const { markdown, attributes } = extractSlideAttributes(content);
  return { html: renderMarkdown(markdown), notesHtml: notes === null ? null : renderMarkdown(notes), attributes };
}
