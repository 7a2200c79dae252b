// The speaker view's stopwatch: elapsed talk time that can be paused, resumed and reset. The clock
// is passed in, so the arithmetic is tested without waiting.
export type Clock = () => number;

export class TalkTimer {
  private startedAt: number | null = null;
  private banked: number;

  constructor(private readonly now: Clock = () => Date.now(), elapsedMs = 0) {
    this.banked = elapsedMs;
  }

  get running(): boolean {
    return this.startedAt !== null;
  }

  elapsed(): number {
    return this.banked + (this.startedAt === null ? 0 : Math.max(0, this.now() - this.startedAt));
  }

  start(): void {
    this.startedAt ??= this.now();
  }

  pause(): void {
    if (this.startedAt === null) return;
    this.banked = this.elapsed();
    this.startedAt = null;
  }

  toggle(): void {
    if (this.running) this.pause();
    else this.start();
  }

  /** Back to 0:00, keeping whether it runs. */
  reset(): void {
    this.banked = 0;
    if (this.startedAt !== null) this.startedAt = this.now();
  }
}

/** 0:07, 12:34, 1:02:03. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  const sign = ms < 0 ? '−' : '';
  return hours > 0 ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${sign}${minutes}:${seconds}`;
}
