// Document text stays text on slides and in notes: no emphasis, links or HTML from the article.

export function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}
