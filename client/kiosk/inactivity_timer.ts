/**
 * Inactivity timeout of the lobby screen: after `timeoutMs` without activity (touch, speech, a reply still
 * playing counts as activity) it fires once, so the page can reset for the next customer.
 */
export class InactivityTimer {
  private timer: unknown = null;
  private busy = false;

  constructor(
    private timeoutMs: number,
    private readonly onTimeout: () => void,
    private readonly schedule: (fn: () => void, ms: number) => unknown = (fn, ms) => setTimeout(fn, ms),
    private readonly unschedule: (handle: unknown) => void = (h) =>
      clearTimeout(h as ReturnType<typeof setTimeout>),
  ) {}

  /** Something happened: restart the countdown. */
  touch(): void {
    this.clear();
    if (!this.busy) this.timer = this.schedule(() => this.fire(), this.timeoutMs);
  }

  /** While busy (speaking, listening) the countdown is paused; it restarts when not busy. */
  setBusy(busy: boolean): void {
    this.busy = busy;
    this.touch();
  }

  /** A new timeout from the next touch on (longer while the customer waits for, or talks to, an agent). */
  setTimeoutMs(ms: number): void {
    if (ms === this.timeoutMs) return;
    this.timeoutMs = ms;
    if (this.timer !== null) this.touch();
  }

  /** Stops the countdown until the next touch (nothing to clear on an empty screen). */
  clear(): void {
    if (this.timer !== null) this.unschedule(this.timer);
    this.timer = null;
  }

  private fire(): void {
    this.timer = null;
    this.onTimeout();
  }
}

/** `?idleMs=` override for tests, bounded to sensible values; default 90 s. */
export function idleTimeoutFromQuery(search: string, fallback = 90_000): number {
  const raw = new URLSearchParams(search).get('idleMs');
  const n = raw === null ? NaN : Number(raw);
  return Number.isFinite(n) && n >= 500 && n <= 3_600_000 ? n : fallback;
}
