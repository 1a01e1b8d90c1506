/**
 * Reads a typed part of the dialogue context (`context.extensions.*`) through its zod schema, once per
 * object. A turn reads the same extension objects in several steps, and most of them were written by the
 * server itself on the previous turn; validating them again every time cost more than a whole intent
 * classification. Extension objects are replaced, never changed in place, so a result is remembered on
 * the object itself: a hidden (symbol-keyed, non-enumerable) property per schema holding the parsed value.
 * It is not copied by spreads, JSON or structuredClone, so any copy is validated anew, and it goes away with
 * the object (a WeakMap did the same, but its upkeep cost a cached turn more than the rest of its steps).
 */
import type { z } from 'zod';

const brands = new WeakMap<z.ZodType, symbol>();

function brandOf(schema: z.ZodType): symbol {
  let brand = brands.get(schema);
  if (!brand) brands.set(schema, (brand = Symbol('parsed extension')));
  return brand;
}

/** Remembers `value` on `target` (skipped for frozen or sealed objects, which are then validated each time). */
function mark(target: object, brand: symbol, value: unknown): void {
  if (Object.isExtensible(target))
    Object.defineProperty(target, brand, { value, enumerable: false, configurable: true, writable: true });
}

export function parseExtension<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> | null {
  if (raw === null || typeof raw !== 'object') {
    const parsed = schema.safeParse(raw);
    return parsed.success ? (parsed.data as z.infer<S>) : null;
  }
  const brand = brandOf(schema);
  const known = (raw as Record<symbol, unknown>)[brand];
  if (known !== undefined) return known as z.infer<S> | null;
  const parsed = schema.safeParse(raw);
  const value = parsed.success ? (parsed.data as z.infer<S>) : null;
  mark(raw, brand, value);
  if (value !== null && typeof value === 'object' && value !== raw) mark(value, brand, value);
  return value;
}

/**
 * Marks a value built by typed server code (already of the schema's type) as valid, so the next read of it
 * does not validate it again. Only for values that went through the type checker, never for input.
 */
export function rememberValid<S extends z.ZodType>(schema: S, value: z.infer<S>): void {
  if (value === null || typeof value !== 'object') return;
  mark(value as object, brandOf(schema), value);
}
