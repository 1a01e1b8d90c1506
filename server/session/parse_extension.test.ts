import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseExtension, rememberValid } from './parse_extension.ts';

/** A schema that counts how often it validates. */
function counted(): { schema: z.ZodType<{ step: number }>; runs: () => number } {
  let runs = 0;
  const schema = z.object({ step: z.number().int() }).refine(() => ++runs > 0);
  return { schema, runs: () => runs };
}

describe('reading a dialogue-context extension', () => {
  it('validates an object once, however often a turn reads it', () => {
    const { schema, runs } = counted();
    const raw = { step: 2 };
    expect(parseExtension(schema, raw)).toEqual({ step: 2 });
    expect(parseExtension(schema, raw)).toEqual({ step: 2 });
    expect(runs()).toBe(1);
  });

  it('validates a copy anew, and refuses a copy that went wrong', () => {
    const { schema, runs } = counted();
    const raw = { step: 2 };
    parseExtension(schema, raw);
    expect(parseExtension(schema, { ...raw })).toEqual({ step: 2 });
    expect(parseExtension(schema, { ...raw, step: 'two' })).toBeNull();
    expect(runs()).toBe(2);
  });

  it('remembers what the server built, and leaves no trace in JSON or a clone', () => {
    const { schema, runs } = counted();
    const built = { step: 3 };
    rememberValid(schema, built);
    expect(parseExtension(schema, built)).toBe(built);
    expect(runs()).toBe(0);
    expect(JSON.stringify(built)).toBe('{"step":3}');
    expect(Object.keys(structuredClone(built))).toEqual(['step']);
    parseExtension(schema, structuredClone(built));
    expect(runs()).toBe(1);
  });

  it('reads an extension no turn wrote as nothing, validating that once per schema', () => {
    let runs = 0;
    const schema = z.preprocess((v) => (runs++, v), z.object({ step: z.number() }));
    expect(parseExtension(schema, undefined)).toBeNull();
    expect(parseExtension(schema, undefined)).toBeNull();
    expect(runs).toBe(1);
    expect(parseExtension(z.number().optional(), undefined)).toBeUndefined();
    const withDefault = z.object({ step: z.number() }).default({ step: 0 });
    const first = parseExtension(withDefault, undefined);
    expect(first).toEqual({ step: 0 });
    expect(parseExtension(withDefault, undefined)).not.toBe(first);
  });

  it('keeps the verdict per schema: valid for one is not valid for another', () => {
    const a = counted();
    const strict = z.object({ step: z.number().int().max(1) });
    const raw = { step: 2 };
    expect(parseExtension(a.schema, raw)).toEqual({ step: 2 });
    expect(parseExtension(strict, raw)).toBeNull();
    expect(parseExtension(strict, raw)).toBeNull();
  });

  it('still validates a frozen object (it cannot be marked)', () => {
    const { schema, runs } = counted();
    const frozen = Object.freeze({ step: 1 });
    expect(parseExtension(schema, frozen)).toEqual({ step: 1 });
    expect(parseExtension(schema, frozen)).toEqual({ step: 1 });
    expect(runs()).toBe(2);
  });
});
