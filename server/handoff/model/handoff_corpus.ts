/**
 * The handoff training corpus: every `*.csv` in `server/handoff/model/data/` (columns `text,locale,label`,
 * labels `frustrated`, `explicit`, `neutral`, `fraud_risk`), read in file-name order so the corpus, and its
 * hash, do not depend on the file system.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '../../protocol/protocol.ts';
import { readCsvFile, requireColumn } from '../../content/csv.ts';

export const HANDOFF_LABELS = ['frustrated', 'explicit', 'neutral', 'fraud_risk'] as const;
export type HandoffLabel = (typeof HANDOFF_LABELS)[number];

export interface HandoffExample {
  text: string;
  locale: Locale;
  label: HandoffLabel;
  /** An everyday message from the intent catalog (`everyday_examples.ts`): trained on, not used for thresholds. */
  everyday?: boolean;
}

/** The corpus shipped with the server. */
export const DEFAULT_HANDOFF_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

/** Rows of one labelled CSV file; a bad locale or label fails with the file and row. */
export function readHandoffCsv(file: string): HandoffExample[] {
  const table = readCsvFile(file);
  const [texts, locales, labels] = ['text', 'locale', 'label'].map((c) => requireColumn(table, c, file));
  return texts!.map((text, i) => {
    const locale = locales![i] as Locale;
    const label = labels![i] as HandoffLabel;
    if (!(LOCALES as readonly string[]).includes(locale))
      throw new Error(`${file}: row ${i + 2}: bad locale`);
    if (!(HANDOFF_LABELS as readonly string[]).includes(label))
      throw new Error(`${file}: row ${i + 2}: label must be one of ${HANDOFF_LABELS.join(', ')}`);
    return { text, locale, label };
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
