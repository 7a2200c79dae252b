// Keeps every view of a talk on the same step: each view publishes where its deck is (slide,
// fragment, overview, blackout) through the host's one `presentation` channel and follows what the
// others publish. The audience window and the speaker view use it alike, so either can drive.
import type { DocentHost, PresentationState } from '../../shared/api';
import type { RevealApi } from '../reveal-types';

type Step = Omit<PresentationState, 'origin'>;

const revealEvents = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewshown', 'overviewhidden', 'paused', 'resumed'] as const;

export function stepOf(reveal: RevealApi): Step {
  const { h, v, f } = reveal.getIndices();
  return { h, v: v ?? 0, f: f ?? -1, overview: reveal.isOverview(), paused: reveal.isPaused() };
}

export function sameStep(a: Step | null, b: Step | null): boolean {
  return !!a && !!b && a.h === b.h && a.v === b.v && a.f === b.f && a.overview === b.overview && a.paused === b.paused;
}

export function goToStep(reveal: RevealApi, step: Step): void {
  if (reveal.isOverview() !== step.overview) reveal.toggleOverview(step.overview);
  reveal.slide(step.h, step.v, step.f);
  if (reveal.isPaused() !== step.paused) reveal.togglePause(step.paused);
}

export class PresentationSync {
  /** Tells this view's own messages apart when the host sends them back to everyone. */
  readonly origin = `view-${Math.random().toString(36).slice(2, 10)}`;
  private known: Step | null = null;
  private following = false;
  private readonly listeners = new Set<(step: Step) => void>();
  private attached: { reveal: RevealApi; publish: () => void } | null = null;
  private readonly stopHost: () => void;

  constructor(private readonly host: DocentHost) {
    this.stopHost = host.on('presentation', (state) => {
      if (state.origin === this.origin) return;
      this.follow(state);
    });
  }

  /** Publishes the deck's moves from now on. Call again after the deck view made a new Reveal. */
  attach(reveal: RevealApi): void {
    if (this.attached?.reveal === reveal) return;
    this.detach();
    const publish = () => {
      if (this.following) return;
      const step = stepOf(reveal);
      // A move this view made because another view asked for it comes back as the same step.
      if (sameStep(step, this.known)) return;
      this.known = step;
      this.notify(step);
      this.host.publishPresentation({ ...step, origin: this.origin }).catch(() => undefined);
    };
    for (const event of revealEvents) reveal.on(event, publish);
    this.attached = { reveal, publish };
  }

  /** Joins a talk already under way: goes to the step the host last heard of, without echoing it. */
  async join(): Promise<boolean> {
    const state = await this.host.presentationState({});
    if (!state) return false;
    this.follow(state);
    return true;
  }

  /** Called with every step this view shows, whoever caused it. */
  onStep(listener: (step: Step) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The step this view is on (as far as the deck has been told). */
  current(): Step | null {
    return this.attached ? stepOf(this.attached.reveal) : this.known;
  }

  private follow(state: PresentationState): void {
    const { origin: _origin, ...step } = state;
    this.known = step;
    const reveal = this.attached?.reveal;
    if (reveal) {
      this.following = true;
      try {
        goToStep(reveal, step);
      } finally {
        this.following = false;
      }
      // What the deck could actually show (a step past its end lands on its last slide).
      this.known = stepOf(reveal);
    }
    this.notify(this.known);
  }

  private notify(step: Step): void {
    for (const listener of this.listeners) listener(step);
  }

  private detach(): void {
    if (!this.attached) return;
    for (const event of revealEvents) this.attached.reveal.off(event, this.attached.publish);
    this.attached = null;
  }

  destroy(): void {
    this.detach();
    this.stopHost();
    this.listeners.clear();
  }
}
