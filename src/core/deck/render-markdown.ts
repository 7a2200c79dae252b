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
  return marked.parse(markElementAttributes(markdown), { async: false });
}

export function renderSlide(content: string, notes: string | null): RenderedSlide {
  const { markdown, attributes } = extractSlideAttributes(content);
  return { html: renderMarkdown(markdown), notesHtml: notes === null ? null : renderMarkdown(notes), attributes };
}
