/**
 * Start-up loading of the intent model: reuse `<cacheDir>/intent-model-<hash>.json` when the catalog
 * examples, the model config and INTENT_MODEL_VERSION are unchanged, otherwise train per locale and write
 * the cache (atomically, removing stale intent-model files). A corrupt cache file is retrained, not fatal.
 */
import { createHash } from 'node:crypto';
import type { Logger } from '../logger.ts';
import { LOCALES } from '../protocol/protocol.ts';
import type { IntentCatalog } from './intent_catalog.ts';
import { IntentModel, INTENT_MODEL_VERSION } from './intent_model.ts';
import { modelCacheFile, readModelCache, writeModelCache, type ModelFileCache } from './model_file_cache.ts';
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

function intentModelCache(dir: string): ModelFileCache<IntentModel> {
  return {
    what: 'intent model',
    dir,
    prefix: 'intent-model-',
    fromJSON: (json) => IntentModel.fromJSON(json),
    toJSON: (model) => model.toJSON(),
  };
}

export function loadOrTrain(
  catalog: IntentCatalog,
  cacheDir: string,
  log?: Logger,
  config: LinearIntentConfig = DEFAULT_LINEAR_INTENT_CONFIG,
): LoadedIntentModel {
  const start = performance.now();
  const cache = intentModelCache(cacheDir);
  const file = modelCacheFile(cache, intentModelCacheKey(catalog, config));
  const cached = readModelCache(cache, file, log);
  if (cached) {
    const ms = performance.now() - start;
    log?.info({ file, ms: Math.round(ms), locales: cached.locales }, 'intent model loaded from cache');
    return { model: cached, source: 'cache', file, ms };
  }
  const model = trainAll(catalog, config, log);
  writeModelCache(cache, file, model, log);
  return { model, source: 'trained', file, ms: performance.now() - start };
}

/** The intent classifier for both locales, from cache when the catalog is unchanged. */
export function loadOrTrainIntentModel(catalog: IntentCatalog, cacheDir: string, log?: Logger): IntentModel {
  return loadOrTrain(catalog, cacheDir, log).model;
}
