/**
 * A value kept on an object under a symbol, as a non-enumerable property: object spreads, JSON and
 * structuredClone leave it out, so a copy never carries it, and it goes away with the object. The turn path
 * uses it to remember per-object results (a validated extension, a turn's handoff signals) where a WeakMap's
 * upkeep cost more than the work it saved. Frozen or sealed objects keep nothing.
 */
export function keepOn(target: object, key: symbol, value: unknown): void {
  if (Object.isExtensible(target))
    Object.defineProperty(target, key, { value, enumerable: false, configurable: true, writable: true });
}

/** The value kept on `target` under `key`, or undefined. */
export function keptOn<T>(target: object, key: symbol): T | undefined {
  return (target as Record<symbol, T | undefined>)[key];
}
