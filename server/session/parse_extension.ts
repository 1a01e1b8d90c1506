/**
 * Reads a typed part of the dialogue context (`context.extensions.*`) through its zod schema, once per
 * object. A turn reads the same extension objects in several steps, and most of them were written by the
 * server itself on the previous turn; validating them again every time cost more than a whole intent
 * classification. Extension objects are replaced, never changed in place, so a result is remembered on
 * the object itself under a symbol per schema (`hidden_property.ts`): a copy is validated anew, and the
 * result goes away with the object. Frozen objects are validated each time.
 */
import type { z } from 'zod';
import { keepOn, keptOn } from './hidden_property.ts';

const brands = new WeakMap<z.ZodType, symbol>();

function brandOf(schema: z.ZodType): symbol {
  let brand = brands.get(schema);
  if (!brand) brands.set(schema, (brand = Symbol('parsed extension')));
  return brand;
}

/**
 * What each schema makes of an extension that is not there: most turns read extensions no earlier turn wrote,
 * and a failed parse (building zod's issue list) costs more than a successful one. Kept per schema.
 */
const absent = new WeakMap<z.ZodType, { value: unknown }>();

export function parseExtension<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> | null {
  if (raw === undefined) {
    let known = absent.get(schema);
    if (!known) {
      const parsed = schema.safeParse(raw);
      const value: unknown = parsed.success ? parsed.data : null;
      // A default object is built anew for every read, as before; only null or a plain value is kept.
      if (value !== null && typeof value === 'object') return value as z.infer<S>;
      absent.set(schema, (known = { value }));
    }
    return known.value as z.infer<S> | null;
  }
  if (raw === null || typeof raw !== 'object') {
    const parsed = schema.safeParse(raw);
    return parsed.success ? (parsed.data as z.infer<S>) : null;
  }
  const brand = brandOf(schema);
  const known = keptOn<z.infer<S> | null>(raw, brand);
  if (known !== undefined) return known;
  const parsed = schema.safeParse(raw);
  const value = parsed.success ? (parsed.data as z.infer<S>) : null;
  keepOn(raw, brand, value);
  if (value !== null && typeof value === 'object' && value !== raw) keepOn(value, brand, value);
  return value;
}

/**
 * Marks a value built by typed server code (already of the schema's type) as valid, so the next read of it
 * does not validate it again. Only for values that went through the type checker, never for input.
 */
export function rememberValid<S extends z.ZodType>(schema: S, value: z.infer<S>): void {
  if (value === null || typeof value !== 'object') return;
  keepOn(value as object, brandOf(schema), value);
}
