/**
 * Bridges the SDK's callbacks to an async iterator: producers `push`, then `end` or `fail` once; one
 * consumer pulls with `next()`. Items pushed after the end are dropped. `fail` is delivered after the
 * items already queued, so a consumer sees every chunk that arrived before the error.
 */
export class AsyncQueue<T> {
  private readonly items: T[] = [];
  private waiter: (() => void) | undefined;
  private done = false;
  private error: unknown;
  private failed = false;

  get closed(): boolean {
    return this.done;
  }

  push(item: T): void {
    if (this.done) return;
    this.items.push(item);
    this.wake();
  }

  end(): void {
    if (this.done) return;
    this.done = true;
    this.wake();
  }

  fail(error: unknown): void {
    if (this.done) return;
    this.done = true;
    this.failed = true;
    this.error = error;
    this.wake();
  }

  /** The next item, or `undefined` once ended; throws the `fail` error after the queued items. */
  async next(): Promise<T | undefined> {
    for (;;) {
      const item = this.items.shift();
      if (item !== undefined) return item;
      if (this.done) {
        if (this.failed) throw this.error;
        return undefined;
      }
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
      });
    }
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.();
  }
}
