/**
 * Start-up loading of the intent model: reuse `<cacheDir>/intent-model-<hash>.json` when the catalog
 * examples, the model config and INTENT_MODEL_VERSION are unchanged, otherwise train per locale and write
 * the cache (atomically, removing stale intent-model files). A corrupt cache file is retrained, not fatal.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.ts';
import { LOCALES } from '../protocol/protocol.ts';
import type { IntentCatalog } from './intent_catalog.ts';
import { IntentModel, INTENT_MODEL_VERSION } from './intent_model.ts';
import { DEFAULT_LINEAR_INTENT_CONFIG, type LinearIntentConfig } from './linear_intent_model.ts';

export interface LoadedIntentModel {
  model: IntentModel;
  source: 'cache' | 'trained';
  file: string;
  /** Wall time of loading or training. */
  ms: number;
}

export function intentModelCacheKey(catalog: IntentCatalog, config: LinearIntentConfig): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: INTENT_MODEL_VERSION, config }));
  for (const locale of LOCALES) hash.update(JSON.stringify([locale, catalog.examples(locale)]));
  return hash.digest('hex').slice(0, 16);
}

function tryLoad(file: string, log?: Logger): IntentModel | undefined {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      log?.warn({ err, file }, 'intent model cache unreadable');
    return undefined;
  }
  try {
    return IntentModel.fromJSON(JSON.parse(source));
  } catch (err) {
    log?.warn({ err, file }, 'intent model cache invalid; retraining');
    return undefined;
  }
}

function trainAll(catalog: IntentCatalog, config: LinearIntentConfig, log?: Logger): IntentModel {
  const model = new IntentModel(config);
  for (const locale of LOCALES) {
    const examples = catalog.examples(locale);
    if (new Set(examples.map((e) => e.intent)).size < 2) {
      log?.warn({ locale, examples: examples.length }, 'too few intents to train a model for this locale');
      continue;
    }
    const r = model.train(examples, locale);
    log?.info(
      {
        locale,
        examples: r.examples,
        intents: r.classes,
        features: r.features,
        trainMs: Math.round(r.trainMs),
        threshold: r.threshold.threshold,
      },
      'intent model trained',
    );
  }
  return model;
}

function writeCache(dir: string, file: string, model: IntentModel, log?: Logger): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(model.toJSON()));
    renameSync(tmp, file);
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name.startsWith('intent-model-') && name.endsWith('.json') && path !== file)
        rmSync(path, { force: true });
    }
  } catch (err) {
    log?.warn({ err, file }, 'could not write intent model cache');
  }
}

export function loadOrTrain(
  catalog: IntentCatalog,
  cacheDir: string,
  log?: Logger,
  config: LinearIntentConfig = DEFAULT_LINEAR_INTENT_CONFIG,
): LoadedIntentModel {
  const start = performance.now();
  const file = join(cacheDir, `intent-model-${intentModelCacheKey(catalog, config)}.json`);
  const cached = tryLoad(file, log);
  if (cached) {
    const ms = performance.now() - start;
    log?.info({ file, ms: Math.round(ms), locales: cached.locales }, 'intent model loaded from cache');
    return { model: cached, source: 'cache', file, ms };
  }
  const model = trainAll(catalog, config, log);
  writeCache(cacheDir, file, model, log);
  return { model, source: 'trained', file, ms: performance.now() - start };
}

/** The intent classifier for both locales, from cache when the catalog is unchanged. */
export function loadOrTrainIntentModel(catalog: IntentCatalog, cacheDir: string, log?: Logger): IntentModel {
  return loadOrTrain(catalog, cacheDir, log).model;
}
