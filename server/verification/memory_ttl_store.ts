import type { TtlStore } from './ttl_store.ts';

/** TtlStore in process memory; expired entries are dropped when read. */
export class MemoryTtlStore implements TtlStore {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  private live(key: string): { value: string; expiresAt: number } | undefined {
    const e = this.entries.get(key);
    if (e && e.expiresAt !== 0 && e.expiresAt <= this.clock()) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  private expiry(ttlMs: number): number {
    return ttlMs > 0 ? this.clock() + ttlMs : 0;
  }

  async get(key: string): Promise<string | null> {
    return this.live(key)?.value ?? null;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.entries.set(key, { value, expiresAt: this.expiry(ttlMs) });
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return false;
    this.entries.set(key, { value, expiresAt: this.expiry(ttlMs) });
    return true;
  }

  async take(key: string): Promise<string | null> {
    const e = this.live(key);
    this.entries.delete(key);
    return e?.value ?? null;
  }

  async incr(key: string, ttlMs: number): Promise<number> {
    const e = this.live(key);
    const n = Number(e?.value ?? 0) + 1;
    this.entries.set(key, { value: String(n), expiresAt: e ? e.expiresAt : this.expiry(ttlMs) });
    return n;
  }

  async ttlMs(key: string): Promise<number> {
    const e = this.live(key);
    if (!e) return 0;
    return e.expiresAt === 0 ? Number.POSITIVE_INFINITY : e.expiresAt - this.clock();
  }

  async del(key: string): Promise<void> {
    this.entries.delete(key);
  }
}
