/**
 * A bounded memo for pure functions of a string key (least recently used entries go first). Values are
 * frozen deeply on the way in, because every caller that gets a hit shares the same object: code that
 * tried to change a cached result would throw instead of corrupting later turns.
 */
export class LruMemo<V> {
  private readonly map = new Map<string, V>();
  hits = 0;
  misses = 0;

  constructor(readonly capacity: number) {}

  get(key: string, compute: () => V): V {
    if (this.capacity <= 0) return compute();
    const found = this.map.get(key);
    if (found !== undefined) {
      // Re-insert so the Map's insertion order is the recency order.
      this.map.delete(key);
      this.map.set(key, found);
      this.hits++;
      return found;
    }
    this.misses++;
    const value = deepFreeze(compute());
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
    return value;
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
