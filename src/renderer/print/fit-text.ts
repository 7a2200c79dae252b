// Notes are as long as the speaker wrote them; a printed page is not. Shrink the text until it fits.

/** Lowers the element's font size a pixel at a time (not below `minPx`) until its content fits its height. */
export function fitText(element: HTMLElement, startPx: number, minPx: number): void {
  let size = startPx;
  element.style.fontSize = `${size}px`;
  while (element.scrollHeight > element.clientHeight + 1 && size > minPx) {
    size -= 1;
    element.style.fontSize = `${size}px`;
  }
}
