/** Tracks work in progress so a graceful shutdown can wait for in-flight turns to finish. */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  track<T>(p: Promise<T>): Promise<T> {
    this.running.add(p);
    const drop = (): void => void this.running.delete(p);
    p.then(drop, drop);
    return p;
  }

  get size(): number {
    return this.running.size;
  }

  /** Resolves when everything tracked so far has settled, or after `timeoutMs`. Returns true if drained. */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((r) => (timer = setTimeout(() => r(false), timeoutMs)));
    const all = Promise.allSettled([...this.running]).then(() => true as const);
    const drained = await Promise.race([all, timeout]);
    clearTimeout(timer);
    return drained;
  }
}
