/**
 * The life of one model call: an AbortController that the caller's signal (barge-in), the idle timeout
 * (no chunk for too long) and the total timeout all abort, remembering which of them did it so the error
 * can be classified honestly.
 */

export type AbortCause = 'caller' | 'idle_timeout' | 'total_timeout' | 'closed' | 'consumer_stopped';

export class CallScope {
  readonly controller = new AbortController();
  readonly startedAt = performance.now();
  cause: AbortCause | null = null;
  firstTokenAt: number | null = null;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly totalTimer: NodeJS.Timeout;
  private readonly onCallerAbort = (): void => this.abort('caller');

  constructor(
    private readonly caller: AbortSignal | undefined,
    private readonly timeouts: { idleMs: number; totalMs: number },
  ) {
    this.totalTimer = setTimeout(() => this.abort('total_timeout'), timeouts.totalMs);
    if (caller?.aborted) this.abort('caller');
    else caller?.addEventListener('abort', this.onCallerAbort, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(cause: AbortCause): void {
    if (this.controller.signal.aborted) return;
    this.cause = cause;
    this.controller.abort();
  }

  /** (Re)starts the idle timer: call when the response starts and on every chunk. */
  touch(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.abort('idle_timeout'), this.timeouts.idleMs);
  }

  markFirstToken(): void {
    this.firstTokenAt ??= performance.now();
  }

  elapsedMs(): number {
    return performance.now() - this.startedAt;
  }

  /** Stops the timers and detaches from the caller's signal. */
  dispose(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.totalTimer);
    this.caller?.removeEventListener('abort', this.onCallerAbort);
  }
}
