/**
 * An unbounded async queue bridging callbacks (child process output, a vendor SDK's events) to one
 * consumer: producers `push`, then `close` or `fail` once; the consumer iterates or pulls with `next()`.
 * Items pushed after the end are dropped; `fail` is delivered after the items already queued, so the
 * consumer sees everything that arrived before the error.
 */
export class AsyncQueue<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private waiter: (() => void) | undefined;
  private closed = false;
  private failure: { error: unknown } | undefined;

  push(item: T): void {
    if (this.closed) return;
    this.items.push(item);
    this.wake();
  }

  /** Ends the iteration after the items already queued. */
  close(): void {
    this.closed = true;
    this.wake();
  }

  /** Ends the iteration with an error thrown to the consumer after the items already queued. */
  fail(error: unknown): void {
    if (this.closed) return;
    this.failure = { error };
    this.close();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** The next item, or `undefined` once closed; throws the `fail` error after the queued items. */
  async next(): Promise<T | undefined> {
    for (;;) {
      const item = this.items.shift();
      if (item !== undefined) return item;
      if (this.closed) {
        if (this.failure) throw this.failure.error;
        return undefined;
      }
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
      });
    }
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (let item = await this.next(); item !== undefined; item = await this.next()) yield item;
  }
}
