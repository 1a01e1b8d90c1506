/**
 * The handoff training corpus: every `*.csv` in `server/handoff/model/data/` (columns `text,locale,label`,
 * labels `frustrated`, `explicit`, `neutral`, `fraud_risk`), read in file-name order so the corpus, and its
 * hash, do not depend on the file system. A small RFC 4180 reader (quoted fields, "" escapes, CRLF).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '../../protocol/protocol.ts';

export const HANDOFF_LABELS = ['frustrated', 'explicit', 'neutral', 'fraud_risk'] as const;
export type HandoffLabel = (typeof HANDOFF_LABELS)[number];

export interface HandoffExample {
  text: string;
  locale: Locale;
  label: HandoffLabel;
}

/** The corpus shipped with the server. */
export const DEFAULT_HANDOFF_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

function parseCsv(source: string): string[][] {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = (): void => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** Rows of one labelled CSV file; a bad locale or label fails with the file and row. */
export function readHandoffCsv(file: string): HandoffExample[] {
  const [header, ...body] = parseCsv(readFileSync(file, 'utf8'));
  const col = (name: string): number => {
    const i = header?.map((h) => h.trim()).indexOf(name) ?? -1;
    if (i < 0) throw new Error(`${file}: no column "${name}"`);
    return i;
  };
  const [t, l, y] = [col('text'), col('locale'), col('label')];
  return body.map((fields, i) => {
    const locale = fields[l] as Locale;
    const label = fields[y] as HandoffLabel;
    if (!(LOCALES as readonly string[]).includes(locale))
      throw new Error(`${file}: row ${i + 2}: bad locale`);
    if (!(HANDOFF_LABELS as readonly string[]).includes(label))
      throw new Error(`${file}: row ${i + 2}: label must be one of ${HANDOFF_LABELS.join(', ')}`);
    return { text: fields[t] ?? '', locale, label };
  });
}

/** Every labelled row under `dir`, duplicates (same text, locale and label) kept once. */
export function readHandoffCorpus(dir: string = DEFAULT_HANDOFF_DATA_DIR): HandoffExample[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  const seen = new Set<string>();
  const out: HandoffExample[] = [];
  for (const f of files) {
    for (const row of readHandoffCsv(join(dir, f))) {
      const key = `${row.locale}\u0000${row.label}\u0000${row.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(row);
    }
  }
  return out;
}
