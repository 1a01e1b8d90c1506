/**
 * Reads a typed part of the dialogue context (`context.extensions.*`) through its zod schema, once per
 * object. A turn reads the same extension objects in several steps, and most of them were written by the
 * server itself on the previous turn; validating them again every time cost more than a whole intent
 * classification. Results are remembered by object identity (a WeakMap, so nothing outlives the record),
 * and a parsed value is known to be valid itself. Extension objects are replaced, never changed in place.
 */
import type { z } from 'zod';

const cache = new WeakMap<z.ZodType, WeakMap<object, unknown>>();

export function parseExtension<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> | null {
  if (raw === null || typeof raw !== 'object') {
    const parsed = schema.safeParse(raw);
    return parsed.success ? (parsed.data as z.infer<S>) : null;
  }
  let known = cache.get(schema);
  if (!known) cache.set(schema, (known = new WeakMap()));
  if (known.has(raw)) return known.get(raw) as z.infer<S> | null;
  const parsed = schema.safeParse(raw);
  const value = parsed.success ? (parsed.data as z.infer<S>) : null;
  known.set(raw, value);
  if (value !== null && typeof value === 'object') known.set(value, value);
  return value;
}

/**
 * Marks a value built by typed server code (already of the schema's type) as valid, so the next read of it
 * does not validate it again. Only for values that went through the type checker, never for input.
 */
export function rememberValid<S extends z.ZodType>(schema: S, value: z.infer<S>): void {
  if (value === null || typeof value !== 'object') return;
  let known = cache.get(schema);
  if (!known) cache.set(schema, (known = new WeakMap()));
  known.set(value as object, value);
}
