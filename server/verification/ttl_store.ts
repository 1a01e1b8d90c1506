/**
 * The few key-value operations verification needs (challenges, counters, locks, cooldowns), on Redis for
 * clusters and in memory for offline mode. Keys are relative; each store adds its own prefix.
 */
export interface TtlStore {
  get(key: string): Promise<string | null>;
  /** ttlMs 0 keeps the key until deleted. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Sets only when absent; true when this call set it. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** Reads and deletes in one step: of concurrent callers only one gets the value. */
  take(key: string): Promise<string | null>;
  /** Increments; the first increment starts the key's TTL. */
  incr(key: string, ttlMs: number): Promise<number>;
  /** Remaining lifetime in ms; 0 when the key is absent. */
  ttlMs(key: string): Promise<number>;
  del(key: string): Promise<void>;
}
