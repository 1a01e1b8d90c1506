/**
 * Loads `intents/*.yml` into a validated catalog. A file that fails validation stops loading with an error
 * naming the file and the field, so content mistakes are found at start-up, not in a conversation.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Locale } from '../protocol/protocol.ts';
import { IntentFileSchema, OUT_OF_SCOPE, type IntentFile } from './intent_catalog_schema.ts';

export interface IntentCatalog {
  intents: ReadonlyMap<string, IntentFile>;
  /** (text, intent) pairs for one locale, out_of_scope included. */
  examples(locale: Locale): Array<{ text: string; intent: string }>;
}

export class IntentCatalogError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'IntentCatalogError';
  }
}

export function parseIntentFile(source: string, file: string): IntentFile {
  let raw: unknown;
  try {
    raw = parse(source);
  } catch (err) {
    throw new IntentCatalogError(file, `invalid YAML: ${(err as Error).message}`);
  }
  const parsed = IntentFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IntentCatalogError(file, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

export function catalogFromFiles(files: IntentFile[]): IntentCatalog {
  const intents = new Map<string, IntentFile>();
  for (const f of files) {
    if (intents.has(f.intent)) throw new IntentCatalogError(f.intent, 'intent defined twice');
    intents.set(f.intent, f);
  }
  return {
    intents,
    examples(locale) {
      const out: Array<{ text: string; intent: string }> = [];
      for (const f of intents.values())
        for (const text of f.examples[locale]) out.push({ text, intent: f.intent });
      return out;
    },
  };
}

export function loadIntentCatalog(dir: string): IntentCatalog {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort()
    .map((f) => parseIntentFile(readFileSync(join(dir, f), 'utf8'), f));
  return catalogFromFiles(files);
}

export { OUT_OF_SCOPE };
