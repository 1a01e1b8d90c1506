/**
 * Imports a Rasa `nlu.yml` (format version 3.x) into our one-file-per-intent catalog for one locale.
 * `intent` entries become examples (entity annotations `[text](entity)` / `[text]{...}` reduced to their
 * text); `synonym`, `regex` and `lookup` entries have no equivalent here and are skipped with a warning.
 * Existing intent files are merged: new examples are appended to the locale, everything else is kept.
 *
 *   npx tsx server/nlu/rasa_import.ts --locale en --out intents/ path/to/nlu.yml
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, isMap, parse, parseDocument, Scalar } from 'yaml';
import { Locale, LOCALES } from '../protocol/protocol.ts';
import { parseIntentFile } from './intent_catalog.ts';
import { createLogger, type Logger } from '../logger.ts';

export interface RasaImport {
  /** Intent name (converted to snake_case) to its examples, in file order, de-duplicated. */
  intents: Map<string, string[]>;
  warnings: string[];
}

/** `[text](entity)`, `[text]{"entity": ...}` and `[text][...]` annotations reduced to `text`. */
export function stripEntityAnnotations(example: string): string {
  return example.replace(/\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\])/g, '$1');
}

/** Rasa allows names like `faq/ask_hours` or `CheckBalance`; ours are snake_case. */
export function toIntentName(rasaName: string): string {
  const snake = rasaName
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(snake) ? snake : `intent_${snake}`;
}

function exampleTexts(raw: unknown): string[] {
  if (typeof raw === 'string') {
    return raw
      .split('\n')
      .map((line) => line.replace(/^\s*-\s?/, '').trim())
      .filter((line) => line.length > 0);
  }
  if (Array.isArray(raw)) {
    return raw
      .map((item: unknown) =>
        typeof item === 'string'
          ? item
          : typeof item === 'object' && item !== null && 'text' in item
            ? String((item as { text: unknown }).text)
            : '',
      )
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  }
  return [];
}

export function parseRasaNlu(source: string, fileName = 'nlu.yml'): RasaImport {
  const doc: unknown = parse(source);
  const warnings: string[] = [];
  const intents = new Map<string, string[]>();
  if (typeof doc !== 'object' || doc === null || !('nlu' in doc) || !Array.isArray(doc.nlu)) {
    throw new Error(`${fileName}: not a Rasa NLU file (no top-level "nlu:" list)`);
  }
  const version = 'version' in doc ? String(doc.version) : undefined;
  if (version !== undefined && !version.startsWith('3')) {
    warnings.push(`${fileName}: format version "${version}" (expected 3.x); importing anyway`);
  }
  (doc.nlu as unknown[]).forEach((entry, i) => {
    if (typeof entry !== 'object' || entry === null) {
      warnings.push(`${fileName}: nlu[${i}] is not a mapping; skipped`);
      return;
    }
    const e = entry as Record<string, unknown>;
    const skipped = (['synonym', 'regex', 'lookup'] as const).find((k) => k in e);
    if (skipped) {
      warnings.push(`${fileName}: nlu[${i}] ${skipped} "${String(e[skipped])}" has no equivalent; skipped`);
      return;
    }
    if (typeof e.intent !== 'string') {
      warnings.push(`${fileName}: nlu[${i}] has no intent; skipped`);
      return;
    }
    const name = toIntentName(e.intent);
    if (name !== e.intent) warnings.push(`${fileName}: intent "${e.intent}" renamed to "${name}"`);
    const list = intents.get(name) ?? [];
    for (const text of exampleTexts(e.examples).map(stripEntityAnnotations)) {
      if (!list.includes(text)) list.push(text);
    }
    intents.set(name, list);
  });
  return { intents, warnings };
}

/** No line folding, so long responses stay on one line as written. */
const YAML_OPTIONS = { lineWidth: 0 } as const;

function blockList(examples: readonly string[]): Scalar {
  const node = new Scalar(examples.map((t) => `- ${t}`).join('\n') + '\n');
  node.type = Scalar.BLOCK_LITERAL;
  return node;
}

export interface MergeResult {
  created: string[];
  updated: string[];
  /** Examples added across all files (duplicates of existing ones not counted). */
  added: number;
}

/**
 * Writes the imported intents into `outDir`, one `<intent>.yml` each. Existing files keep their other
 * fields and comments; the locale's examples become the old ones followed by the new ones.
 */
export function mergeIntoCatalog(imported: RasaImport, outDir: string, locale: Locale): MergeResult {
  mkdirSync(outDir, { recursive: true });
  const result: MergeResult = { created: [], updated: [], added: 0 };
  for (const [intent, examples] of imported.intents) {
    const file = join(outDir, `${intent}.yml`);
    if (existsSync(file)) {
      const source = readFileSync(file, 'utf8');
      const existing = parseIntentFile(source, file).examples[locale];
      const fresh = examples.filter((t) => !existing.includes(t));
      if (fresh.length === 0) continue;
      const doc = parseDocument(source);
      doc.setIn(['examples', locale], blockList([...existing, ...fresh]));
      const text = doc.toString(YAML_OPTIONS);
      parseIntentFile(text, file);
      writeFileSync(file, text);
      result.updated.push(file);
      result.added += fresh.length;
    } else {
      const doc = new Document({
        intent,
        description: `Imported from Rasa NLU (${locale}).`,
        trigger: { type: 'answer' },
        examples: Object.fromEntries(LOCALES.map((l) => [l, []])),
      });
      const trigger = doc.get('trigger', true);
      if (isMap(trigger)) trigger.flow = true;
      doc.setIn(['examples', locale], blockList(examples));
      const text = doc.toString(YAML_OPTIONS);
      parseIntentFile(text, file);
      writeFileSync(file, text);
      result.created.push(file);
      result.added += examples.length;
    }
  }
  return result;
}

export interface RasaImportArgs {
  locale: Locale;
  out: string;
  inputs: string[];
}

export function parseRasaImportArgs(argv: readonly string[]): RasaImportArgs {
  let locale: string | undefined;
  let out = 'intents';
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--locale') locale = argv[++i];
    else if (a === '--out') out = argv[++i] ?? out;
    else if (a?.startsWith('--')) throw new Error(`unknown option ${a}`);
    else if (a) inputs.push(a);
  }
  const parsed = Locale.safeParse(locale);
  if (!parsed.success) throw new Error(`--locale must be one of ${LOCALES.join(', ')}`);
  if (inputs.length === 0) throw new Error('usage: rasa_import.ts --locale en --out intents/ nlu.yml [...]');
  return { locale: parsed.data, out, inputs };
}

export function runRasaImport(args: RasaImportArgs, log?: Logger): MergeResult {
  const total: MergeResult = { created: [], updated: [], added: 0 };
  for (const input of args.inputs) {
    const imported = parseRasaNlu(readFileSync(input, 'utf8'), input);
    for (const w of imported.warnings) log?.warn({ detail: w }, 'rasa import warning');
    const r = mergeIntoCatalog(imported, resolve(args.out), args.locale);
    total.created.push(...r.created);
    total.updated.push(...r.updated);
    total.added += r.added;
  }
  return total;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const log = createLogger({ name: 'rasa-import' });
  try {
    const r = runRasaImport(parseRasaImportArgs(process.argv.slice(2)), log);
    log.info({ created: r.created, updated: r.updated, added: r.added }, 'rasa import done');
  } catch (err) {
    log.error({ err }, 'rasa import failed');
    process.exitCode = 1;
  }
}
