// Slide markdown -> HTML string with marked (the library reveal.js's own markdown plugin uses).
// The result is NOT safe yet: the renderer sanitizes it with DOMPurify before it touches the DOM.
import { Marked } from 'marked';
import { extractSlideAttributes, markElementAttributes, type AttributeList } from './slide-attributes';

const marked = new Marked({ gfm: true, breaks: false, async: false });

export interface RenderedSlide {
  html: string;
  notesHtml: string | null;
  attributes: AttributeList;
}

export function renderMarkdown(markdown: string): string {
  try {
    return marked.parse(markElementAttributes(markdown), { async: false });
  } catch {
    // marked recurses per nesting level: thousands of nested quotes or lists overflow the stack.
    // One such slide shows its source as text instead of taking the whole deck down.
    const escaped = markdown.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return `<p class="docent-unrendered">This slide's markdown could not be rendered; here is its text.</p><pre>${escaped}</pre>`;
  }
}

export function renderSlide(content: string, notes: string | null): RenderedSlide {
  const { markdown, attributes } = extractSlideAttributes(content);
  return { html: renderMarkdown(markdown), notesHtml: notes === null ? null : renderMarkdown(notes), attributes };
}
