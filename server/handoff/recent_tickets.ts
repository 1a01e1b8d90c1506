/**
 * Sessions this node queued a handoff ticket for lately. A customer's turn reads the ticket from the queue
 * store only while the session's record says it is handed over (`active`), so a conversation that never
 * asked for a person costs no extra round trip. The turn that queues a ticket records `active` in the
 * same save as its reply; if that save fails, the ticket is still queued but the record does not know.
 * This memory covers that gap on the node that queued it: the session's next turns read the ticket until
 * one of them finds it gone, or the ticket's lifetime has passed.
 */
export class RecentTickets {
  private readonly started = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly capacity = 10_000,
  ) {}

  add(sessionId: string, now = Date.now()): void {
    this.started.delete(sessionId);
    this.started.set(sessionId, now);
    if (this.started.size > this.capacity) this.started.delete(this.started.keys().next().value as string);
  }

  has(sessionId: string, now = Date.now()): boolean {
    const at = this.started.get(sessionId);
    if (at === undefined) return false;
    if (now - at <= this.ttlMs) return true;
    this.started.delete(sessionId);
    return false;
  }

  delete(sessionId: string): void {
    this.started.delete(sessionId);
  }

  get size(): number {
    return this.started.size;
  }
}
