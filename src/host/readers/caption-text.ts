// A caption as a sentence: the "Figure 3:" label office software puts before it is not part of it.

const label = /^\s*(?:figure|fig\.|picture|image|photo|illustration|drawing|chart|abbildung|bild|abb\.)\s*\d+(?:[.-]\d+)*\s*[:.–—-]\s*/i;

export function captionText(text: string): string {
  return text.replace(label, '').replace(/\s+/g, ' ').trim();
}
