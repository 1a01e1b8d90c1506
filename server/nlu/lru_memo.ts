/**
 * A bounded memo for pure functions of a string key (least recently used entries go first). Values are
 * frozen deeply on the way in, because every caller that gets a hit shares the same object: code that
 * tried to change a cached result would throw instead of corrupting later turns.
 *
 * The Map's insertion order is the recency order, and the oldest entry goes when the memo is full. A hit
 * moves its entry to the newest end only when it has reached the older half (half the capacity or more
 * insertions ago): an entry in the newer half cannot be the next to go anyway, and most hits of a busy
 * memo are such entries, so they cost one lookup instead of a delete and a re-insert.
 */
export class LruMemo<V> {
  private readonly map = new Map<string, { value: V; stamp: number }>();
  private insertions = 0;
  hits = 0;
  misses = 0;

  constructor(readonly capacity: number) {}

  get(key: string, compute: () => V): V {
    if (this.capacity <= 0) return compute();
    const found = this.map.get(key);
    if (found !== undefined) {
      this.hits++;
      if (this.insertions - found.stamp >= this.capacity / 2) {
        this.map.delete(key);
        this.insert(key, found.value);
      }
      return found.value;
    }
    this.misses++;
    const value = deepFreeze(compute());
    this.insert(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
    return value;
  }

  private insert(key: string, value: V): void {
    this.map.set(key, { value, stamp: ++this.insertions });
  }

  /** Forgets one entry (a value that turned out not worth keeping, such as a failed answer). */
  delete(key: string): void {
    this.map.delete(key);
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const v of Object.values(value as object)) deepFreeze(v);
  return value;
}
