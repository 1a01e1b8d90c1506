import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../protocol/protocol.ts';
import { catalogFromFiles, type IntentCatalog } from './intent_catalog.ts';
import type { IntentFile } from './intent_catalog_schema.ts';
import { loadOrTrain, loadOrTrainIntentModel } from './intent_model_cache.ts';
import { smallBankExamples } from './testdata/small_bank_intents.ts';

function catalogOf(extraEnglish: string[] = []): IntentCatalog {
  const byIntent = new Map<string, IntentFile>();
  for (const locale of LOCALES) {
    for (const { text, intent } of smallBankExamples(locale)) {
      const file = byIntent.get(intent) ?? {
        intent,
        trigger: { type: 'answer' },
        examples: { 'zh-CN': [], en: [] },
      };
      file.examples[locale].push(text);
      byIntent.set(intent, file);
    }
  }
  byIntent.get('check_balance')!.examples.en.push(...extraEnglish);
  return catalogFromFiles([...byIntent.values()]);
}

describe('intent model cache', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'intent-cache-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('trains once, then loads the same model from the cache without retraining', () => {
    const dir = tempDir();
    const catalog = catalogOf();
    const first = loadOrTrain(catalog, dir);
    expect(first.source).toBe('trained');
    expect(first.model.reports.size).toBe(2);
    const written = statSync(first.file).mtimeMs;

    const second = loadOrTrain(catalog, dir);
    expect(second.source).toBe('cache');
    expect(second.file).toBe(first.file);
    // A loaded model has no training reports: nothing was trained.
    expect(second.model.reports.size).toBe(0);
    expect(statSync(second.file).mtimeMs).toBe(written);
    for (const [text, locale] of [
      ['帮我查下余额', 'zh-CN'],
      ['I lost my card', 'en'],
      ['asdfgh qwerty', 'en'],
    ] as const) {
      expect(second.model.classify(text, locale)).toEqual(first.model.classify(text, locale));
    }
    expect(loadOrTrainIntentModel(catalog, dir).reports.size).toBe(0);
  });

  it('retrains when the catalog changes and removes the stale cache file', () => {
    const dir = tempDir();
    const first = loadOrTrain(catalogOf(), dir);
    const changed = loadOrTrain(catalogOf(['balance inquiry please']), dir);
    expect(changed.source).toBe('trained');
    expect(changed.file).not.toBe(first.file);
    expect(readdirSync(dir)).toEqual([changed.file.split('/').pop()]);
  });

  it('retrains over a corrupt cache file instead of failing', () => {
    const dir = tempDir();
    const catalog = catalogOf();
    const first = loadOrTrain(catalog, dir);
    writeFileSync(first.file, '{"version": 1, "locales": {"en": {"labels": []}}}');
    const again = loadOrTrain(catalog, dir);
    expect(again.source).toBe('trained');
    expect(again.model.classify('I lost my card', 'en').top?.intent).toBe('report_lost_card');
    expect(loadOrTrain(catalog, dir).source).toBe('cache');
  });
});
