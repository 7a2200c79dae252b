// Time per slide: a rehearsal records how long the presenter stayed on each slide, and the talk
// itself is measured the same way, so the speaker view can show "this slide: 0:40 of 1:05 rehearsed".
// The clock is the talk timer's elapsed time (passed in), so pausing the timer pauses both.

/** "h/v": the slide, whatever its fragment step. */
export function slideKey(slide: { h: number; v: number }): string {
  return `${slide.h}/${slide.v}`;
}

export class SlideTimes {
  private readonly spent = new Map<string, number>();
  private current: { key: string; since: number } | null = null;

  constructor(private readonly clock: () => number) {}

  /** The presenter is now on this slide (a fragment step on the same slide changes nothing). */
  enter(key: string): void {
    if (this.current?.key === key) return;
    this.settle();
    this.current = { key, since: this.clock() };
  }

  /** Time spent on the slide, the visit under way included. */
  on(key: string): number {
    const settled = this.spent.get(key) ?? 0;
    return this.current?.key === key ? settled + Math.max(0, this.clock() - this.current.since) : settled;
  }

  /** Every slide's time, the visit under way included. */
  all(): Record<string, number> {
    this.settle();
    if (this.current) this.current.since = this.clock();
    return Object.fromEntries([...this.spent].map(([key, ms]) => [key, Math.round(ms)]));
  }

  private settle(): void {
    if (!this.current) return;
    const { key, since } = this.current;
    this.spent.set(key, (this.spent.get(key) ?? 0) + Math.max(0, this.clock() - since));
    this.current.since = this.clock();
  }
}
