// The presenter's pen strokes on a printed slide (docent export --annotations): the strokes of the
// step the page shows, or of every step of the slide when the page shows the slide complete.
import type { Stroke } from '../../shared/api';
import { slideSize } from '../deck/deck-view';
import { SlideLayer } from '../tools/slide-layer';

/** Lays the strokes over a .pdf-page, which is the slide's size in the print layout. */
export function drawOnPage(page: HTMLElement, strokes: Stroke[]): void {
  if (strokes.length === 0) return;
  const layer = new SlideLayer();
  layer.showStrokes(strokes);
  Object.assign(layer.svg.style, { position: 'absolute', left: '0', top: '0', width: `${slideSize.width}px`, height: `${slideSize.height}px`, zIndex: '40', pointerEvents: 'none' });
  layer.svg.classList.add('docent-page-drawings');
  page.append(layer.svg);
}
