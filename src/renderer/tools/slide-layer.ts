// The layer the presenter's tools draw on: an SVG inside reveal.js's .slides element, whose box is
// the slide's 1280×720 canvas scaled to the window. Drawing in slide units there puts a stroke or
// the laser dot at the same place on the slide in every window, whatever its size.
import type { SlidePoint, Stroke } from '../../shared/api';
import { slideSize } from '../deck/deck-view';

const svgNamespace = 'http://www.w3.org/2000/svg';

export class SlideLayer {
  readonly svg: SVGSVGElement;
  private readonly strokes: SVGGElement;
  private readonly dot: SVGCircleElement;

  constructor() {
    this.svg = document.createElementNS(svgNamespace, 'svg');
    this.svg.classList.add('docent-slide-layer');
    this.svg.setAttribute('viewBox', `0 0 ${slideSize.width} ${slideSize.height}`);
    this.svg.setAttribute('aria-hidden', 'true');
    this.strokes = document.createElementNS(svgNamespace, 'g');
    this.dot = document.createElementNS(svgNamespace, 'circle');
    this.dot.classList.add('docent-laser');
    this.dot.setAttribute('r', '11');
    this.dot.style.display = 'none';
    this.svg.append(this.strokes, this.dot);
  }

  /** Puts the layer into the deck's .slides (again, after the deck view rendered new slides). */
  mount(slides: HTMLElement): void {
    if (this.svg.parentElement !== slides) slides.append(this.svg);
  }

  /** A window point as a slide point. */
  toSlide(clientX: number, clientY: number): SlidePoint | null {
    const box = this.svg.parentElement?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return null;
    return [((clientX - box.left) / box.width) * slideSize.width, ((clientY - box.top) / box.height) * slideSize.height];
  }

  /** A slide point as a window point. */
  toClient([x, y]: SlidePoint): { x: number; y: number } | null {
    const box = this.svg.parentElement?.getBoundingClientRect();
    if (!box || box.width === 0) return null;
    return { x: box.left + (x / slideSize.width) * box.width, y: box.top + (y / slideSize.height) * box.height };
  }

  showStrokes(strokes: readonly Stroke[]): void {
    this.strokes.replaceChildren(...strokes.map(strokeElement));
  }

  showLaser(at: SlidePoint | null): void {
    this.dot.style.display = at ? '' : 'none';
    if (!at) return;
    this.dot.setAttribute('cx', at[0].toFixed(1));
    this.dot.setAttribute('cy', at[1].toFixed(1));
  }

  set hidden(hidden: boolean) {
    this.svg.style.display = hidden ? 'none' : '';
  }
}

function strokeElement(stroke: Stroke): SVGElement {
  const [first] = stroke.points;
  if (stroke.points.length === 1 && first) {
    const dot = document.createElementNS(svgNamespace, 'circle');
    dot.setAttribute('cx', String(first[0]));
    dot.setAttribute('cy', String(first[1]));
    dot.setAttribute('r', String(stroke.width / 2));
    dot.setAttribute('fill', stroke.color);
    dot.classList.add(`docent-stroke-${stroke.tool}`);
    return dot;
  }
  const line = document.createElementNS(svgNamespace, 'polyline');
  line.setAttribute('points', stroke.points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '));
  line.setAttribute('stroke', stroke.color);
  line.setAttribute('stroke-width', String(stroke.width));
  line.setAttribute('fill', 'none');
  line.setAttribute('stroke-linecap', 'round');
  line.setAttribute('stroke-linejoin', 'round');
  line.classList.add(`docent-stroke-${stroke.tool}`);
  line.dataset.strokeId = stroke.id;
  return line;
}
