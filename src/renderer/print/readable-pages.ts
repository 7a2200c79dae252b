// Tagged PDF is built from the page's accessibility tree: reveal.js hides every slide but the
// current one from it (aria-hidden, hidden, inert), which would leave all but one slide out of the
// PDF's structure. On paper every slide is "current"; the slide number is decoration (an artifact).
export function exposePagesToReaders(slidesElement: HTMLElement): void {
  for (const element of slidesElement.querySelectorAll<HTMLElement>('section, .pdf-page')) {
    element.removeAttribute('aria-hidden');
    element.removeAttribute('hidden');
    element.removeAttribute('inert');
  }
  for (const number of slidesElement.querySelectorAll<HTMLElement>('.slide-number, .slide-number-pdf')) number.setAttribute('aria-hidden', 'true');
}
