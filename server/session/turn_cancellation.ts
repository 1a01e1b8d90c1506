/**
 * Cancellation of one turn (barge-in), cheap when nothing cancels: most turns are never cancelled and
 * no step of theirs asks for an AbortSignal, and an AbortController costs more to make in Node than the
 * rest of a cached turn's bookkeeping. So the controller is made only when a step reads `signal` (an LLM
 * call, for instance); a cancel before that is remembered and applied when it is made.
 */
export class TurnCancellation {
  private controller: AbortController | null = null;
  private combined: AbortSignal | null = null;
  private reason: unknown = null;
  private cancelled = false;

  /** `outer`: a signal of the caller's that cancels the turn too. */
  constructor(private readonly outer?: AbortSignal) {}

  get aborted(): boolean {
    return this.cancelled || (this.outer?.aborted ?? false);
  }

  /** The turn's AbortSignal, made on first use. */
  get signal(): AbortSignal {
    if (this.combined) return this.combined;
    this.controller = new AbortController();
    if (this.cancelled) this.controller.abort(this.reason);
    this.combined = this.outer
      ? AbortSignal.any([this.outer, this.controller.signal])
      : this.controller.signal;
    return this.combined;
  }

  /** Cancels the turn; false when it was already cancelled. */
  cancel(reason: unknown): boolean {
    if (this.aborted) return false;
    this.cancelled = true;
    this.reason = reason;
    this.controller?.abort(reason);
    return true;
  }

  /** Throws the reason the turn was cancelled with, if it was. */
  throwIfAborted(): void {
    if (this.cancelled) throw this.reason;
    this.outer?.throwIfAborted();
  }
}
