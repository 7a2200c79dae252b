// The presenter's tools on one view of the deck (the audience window, or the speaker view's current
// slide): the laser pointer, the pen, highlighter and eraser, undo and clear, and zoom. Whatever one
// view does is published through the host's presenterTool channel in slide units, and every other
// view shows it at the same place on the slide. Strokes belong to the step (slide and fragment) they
// were drawn on and come back when the talk returns there.
import type { DocentHost, Drawings, PresenterToolEvent, SlidePoint, Stroke } from '../../shared/api';
import type { RevealApi } from '../reveal-types';
import { bindKeys } from '../keys/keyboard';
import { stepOf } from '../views/presentation-sync';
import { showNotice } from '../views/notice-banner';
import { describeError } from '../views/describe-error';
import { SlideLayer } from './slide-layer';
import { DrawingHistory, highlighterColour, newStrokeId, penColours, stepKey, strokeWidths, touches } from './strokes';
import { buildToolsBar, type ToolName, type ToolsBar } from './tools-bar';
import { applyZoom, zoomScale, type Zoom } from './zoom';
import './tools.css';

export interface PresenterToolsOptions {
  host: DocentHost;
  /** This view's name on the host's channels (PresentationSync's), so it ignores its own echoes. */
  origin: string;
  /** The deck's .reveal element. */
  root: HTMLElement;
  /** Where the tools' buttons go. */
  toolbarParent: HTMLElement;
  /** The audience window hides its bar until the mouse moves. */
  hideBarWhenIdle?: boolean;
}

const revealEvents = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewshown', 'overviewhidden'] as const;
/** A stroke in progress reaches the other views this often, not on every mouse event. */
const liveStrokeEveryMs = 40;

export class PresenterTools {
  private reveal: RevealApi | null = null;
  private readonly layer = new SlideLayer();
  private readonly bar: ToolsBar;
  private tool: ToolName | null = null;
  private laserHeld = false;
  private colour: string = penColours[0];
  private drawings: Drawings = {};
  private readonly history = new DrawingHistory();
  private drawing: { step: string; before: Stroke[]; stroke: Stroke; sentAt: number } | null = null;
  private erasing: { step: string; recorded: boolean } | null = null;
  private zoom: Zoom | null = null;
  private lastPointer: { x: number; y: number } | null = null;
  private pendingLaser: SlidePoint | null | undefined;
  private readonly onRevealEvent = () => this.render();
  private readonly onResize = () => applyZoom(this.options.root, this.layer, this.zoom);

  constructor(private readonly options: PresenterToolsOptions) {
    this.bar = buildToolsBar({
      choose: (tool) => this.choose(tool),
      undo: () => this.undo(),
      clear: () => this.clear(),
      colour: (colour) => {
        this.colour = colour;
        if (this.tool !== 'pen') this.choose('pen');
        this.showState();
      },
      keep: () => void this.keep(),
    });
    options.toolbarParent.append(this.bar.element);
    if (options.hideBarWhenIdle) this.hideBarWhenIdle();
    this.listen();
    this.showState();
    options.host.on('presenterTool', (event) => {
      if (event.origin !== options.origin) this.follow(event);
    });
    bindKeys({
      laser: { press: () => this.holdLaser(true), release: () => this.holdLaser(false) },
      pen: () => this.choose('pen'),
      highlighter: () => this.choose('highlighter'),
      eraser: () => this.choose('eraser'),
      undo: () => this.undo(),
      clear: () => this.clear(),
      dismiss: () => {
        if (this.tool) this.choose(null);
        else if (this.zoom) this.setZoom(null);
        else return false;
      },
    });
  }

  /** Joins the talk: the strokes and zoom the host already has. */
  async load(): Promise<void> {
    const { drawings, zoom } = await this.options.host.drawings({});
    this.drawings = drawings;
    if (zoom?.kind === 'zoom') this.zoom = zoom.zoom;
    this.render();
  }

  /** Call after the deck view made or re-rendered its Reveal: the layer goes into its slides again. */
  attach(reveal: RevealApi): void {
    if (this.reveal !== reveal) {
      for (const event of revealEvents) this.reveal?.off(event, this.onRevealEvent);
      this.reveal?.off('resize', this.onResize);
      this.reveal = reveal;
      for (const event of revealEvents) reveal.on(event, this.onRevealEvent);
      reveal.on('resize', this.onResize);
    }
    this.layer.mount(reveal.getSlidesElement() as HTMLElement);
    this.render();
  }

  /** Menu commands from the desktop app ("tool:pen"). */
  command(command: string): void {
    const name = command.replace(/^tool:/, '');
    if (name === 'laser' || name === 'pen' || name === 'highlighter' || name === 'eraser') this.choose(name);
    else if (name === 'undo') this.undo();
    else if (name === 'clear') this.clear();
  }

  private currentStep(): string | null {
    return this.reveal ? stepKey(stepOf(this.reveal)) : null;
  }

  private render(): void {
    const reveal = this.reveal;
    if (!reveal) return;
    this.layer.hidden = reveal.isOverview();
    const step = this.currentStep();
    const strokes = step ? [...(this.drawings[step] ?? [])] : [];
    if (this.drawing && this.drawing.step === step) strokes.push(this.drawing.stroke);
    this.layer.showStrokes(strokes);
    applyZoom(this.options.root, this.layer, this.zoom);
  }

  private showState(): void {
    this.bar.show({ tool: this.laserHeld ? 'laser' : this.tool, colour: this.colour });
    const root = this.options.root;
    root.classList.toggle('docent-laser-on', this.laserOn());
    root.classList.toggle('docent-drawing', this.tool === 'pen' || this.tool === 'highlighter');
    root.classList.toggle('docent-erasing', this.tool === 'eraser');
  }

  private laserOn(): boolean {
    return this.laserHeld || this.tool === 'laser';
  }

  /** Chooses a tool; choosing the one in hand puts it down. */
  private choose(tool: ToolName | null): void {
    const wasLaser = this.laserOn();
    this.tool = tool === this.tool ? null : tool;
    this.showState();
    if (this.laserOn() && !wasLaser) this.laserAtPointer();
    if (!this.laserOn() && wasLaser) this.laser(null);
  }

  private holdLaser(held: boolean): void {
    if (this.laserHeld === held) return;
    const wasLaser = this.laserOn();
    this.laserHeld = held;
    this.showState();
    if (this.laserOn() && !wasLaser) this.laserAtPointer();
    if (!this.laserOn() && wasLaser) this.laser(null);
  }

  private laserAtPointer(): void {
    if (this.lastPointer) this.laser(this.layer.toSlide(this.lastPointer.x, this.lastPointer.y));
  }

  /** Shows the dot here and tells the other views, at most once a frame. */
  private laser(at: SlidePoint | null): void {
    this.layer.showLaser(at);
    const first = this.pendingLaser === undefined;
    this.pendingLaser = at;
    if (!first) return;
    requestAnimationFrame(() => {
      const point = this.pendingLaser ?? null;
      this.pendingLaser = undefined;
      this.publish({ kind: 'pointer', at: point && [round(point[0]), round(point[1])], origin: this.options.origin });
    });
  }

  private setStrokes(step: string, strokes: Stroke[]): void {
    if (strokes.length === 0) delete this.drawings[step];
    else this.drawings[step] = strokes;
    this.render();
    this.publish({ kind: 'strokes', step, strokes, origin: this.options.origin });
  }

  private undo(): void {
    const step = this.currentStep();
    const before = step && this.history.undo(step);
    if (step && before) this.setStrokes(step, before);
  }

  private clear(): void {
    const step = this.currentStep();
    const strokes = step ? this.drawings[step] : undefined;
    if (!step || !strokes?.length) return;
    this.history.record(step, strokes);
    this.setStrokes(step, []);
  }

  private setZoom(zoom: Zoom | null): void {
    this.zoom = zoom;
    applyZoom(this.options.root, this.layer, zoom);
    this.publish({ kind: 'zoom', zoom, origin: this.options.origin });
  }

  private async keep(): Promise<void> {
    try {
      const { file } = await this.options.host.keepDrawings({});
      showNotice(`Drawings kept with the deck (${file.split(/[\\/]/).pop() ?? file})`, 'info');
    } catch (error) {
      showNotice(`Could not keep the drawings: ${describeError(error)}`);
    }
  }

  private follow(event: PresenterToolEvent): void {
    if (event.kind === 'pointer') this.layer.showLaser(event.at);
    if (event.kind === 'strokes') {
      if (event.strokes.length === 0) delete this.drawings[event.step];
      else this.drawings[event.step] = event.strokes;
      this.render();
    }
    if (event.kind === 'zoom') {
      this.zoom = event.zoom;
      applyZoom(this.options.root, this.layer, this.zoom);
    }
  }

  private publish(event: PresenterToolEvent): void {
    this.options.host.publishTool(event).catch(() => undefined);
  }

  private listen(): void {
    const root = this.options.root;
    const point = (event: PointerEvent) => this.layer.toSlide(event.clientX, event.clientY);
    const own = (event: Event) => {
      // The tools have the pointer: no link, map or reveal.js gesture underneath gets it.
      event.preventDefault();
      event.stopPropagation();
    };
    root.addEventListener(
      'pointerdown',
      (event) => {
        if (event.button !== 0) return;
        const at = point(event);
        if (!at) return;
        if (event.altKey) {
          own(event);
          this.setZoom(this.zoom ? null : { at: [round(at[0]), round(at[1])], scale: zoomScale });
          return;
        }
        const step = this.currentStep();
        if (!step || this.reveal?.isOverview()) return;
        if (this.tool === 'pen' || this.tool === 'highlighter') {
          own(event);
          root.setPointerCapture(event.pointerId);
          const before = this.drawings[step] ?? [];
          this.history.record(step, before);
          const stroke: Stroke = {
            id: newStrokeId(),
            tool: this.tool,
            color: this.tool === 'highlighter' ? highlighterColour : this.colour,
            width: strokeWidths[this.tool],
            points: [[round(at[0]), round(at[1])]],
          };
          this.drawing = { step, before, stroke, sentAt: 0 };
          this.render();
        } else if (this.tool === 'eraser') {
          own(event);
          root.setPointerCapture(event.pointerId);
          this.erasing = { step, recorded: false };
          this.erase(at);
        }
      },
      true,
    );
    root.addEventListener(
      'pointermove',
      (event) => {
        this.lastPointer = { x: event.clientX, y: event.clientY };
        const at = point(event);
        if (this.laserOn()) this.laser(at);
        if (!at) return;
        if (this.drawing) {
          own(event);
          const points = this.drawing.stroke.points;
          const last = points[points.length - 1];
          if (last && Math.hypot(at[0] - last[0], at[1] - last[1]) < 1.5) return;
          if (points.length < 5000) points.push([round(at[0]), round(at[1])]);
          this.render();
          if (event.timeStamp - this.drawing.sentAt >= liveStrokeEveryMs) {
            this.drawing.sentAt = event.timeStamp;
            this.publish({ kind: 'strokes', step: this.drawing.step, strokes: [...this.drawing.before, this.drawing.stroke], origin: this.options.origin });
          }
        } else if (this.erasing) {
          own(event);
          this.erase(at);
        }
      },
      true,
    );
    const finish = (event: PointerEvent) => {
      if (this.drawing) {
        own(event);
        const { step, before, stroke } = this.drawing;
        this.drawing = null;
        this.setStrokes(step, [...before, stroke]);
      }
      this.erasing = null;
    };
    root.addEventListener('pointerup', finish, true);
    root.addEventListener('pointercancel', finish, true);
    root.addEventListener('pointerleave', () => {
      this.lastPointer = null;
      if (this.laserOn()) this.laser(null);
    });
    // A click that drew or zoomed is not a click on the slide's links.
    root.addEventListener(
      'click',
      (event) => {
        if (event.altKey || this.tool) own(event);
      },
      true,
    );
    // Touch: drawing must not swipe to the next slide.
    root.addEventListener(
      'touchstart',
      (event) => {
        if (this.tool && this.tool !== 'laser') event.stopPropagation();
      },
      { capture: true, passive: true },
    );
  }

  private erase(at: SlidePoint): void {
    const erasing = this.erasing;
    if (!erasing) return;
    const strokes = this.drawings[erasing.step] ?? [];
    const kept = strokes.filter((stroke) => !touches(stroke, at));
    if (kept.length === strokes.length) return;
    if (!erasing.recorded) {
      this.history.record(erasing.step, strokes);
      erasing.recorded = true;
    }
    this.setStrokes(erasing.step, kept);
  }

  private hideBarWhenIdle(): void {
    const bar = this.bar.element;
    bar.classList.add('docent-tools-corner');
    let timer: number | undefined;
    const wake = () => {
      bar.classList.add('awake');
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (!bar.matches(':hover')) bar.classList.remove('awake');
      }, 3000);
    };
    document.addEventListener('pointermove', wake, { passive: true });
    bar.addEventListener('pointerleave', wake);
  }
}

const round = (value: number) => Math.round(value * 10) / 10;
