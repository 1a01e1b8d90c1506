/**
 * Start-up loading of the handoff model, like the intent model's cache: reuse
 * `<cacheDir>/handoff-model-<hash>.json` when the corpus, the model config and HANDOFF_MODEL_VERSION are
 * unchanged, otherwise train and write the cache (atomically, removing stale handoff-model files). A
 * corrupt cache file is retrained, not fatal.
 */
import { createHash } from 'node:crypto';
import type { Logger } from '../../logger.ts';
import type { HandoffConfig } from '../handoff_config.ts';
import {
  modelCacheFile,
  readModelCache,
  writeModelCache,
  type ModelFileCache,
} from '../../nlu/model_file_cache.ts';
import { DEFAULT_HANDOFF_DATA_DIR, readHandoffCorpus, type HandoffExample } from './handoff_corpus.ts';
import { everydayExamples } from './everyday_examples.ts';
import {
  DEFAULT_HANDOFF_MODEL_CONFIG,
  HANDOFF_MODEL_VERSION,
  HandoffModel,
  type HandoffModelConfig,
} from './handoff_model.ts';

export interface LoadedHandoffModel {
  model: HandoffModel;
  source: 'cache' | 'trained';
  file: string;
  ms: number;
}

export interface HandoffModelSource {
  /** Directory of labelled CSV files (default: the corpus shipped in server/handoff/model/data). */
  dataDir?: string;
  /** Intent catalog whose examples join the corpus as everyday messages (default: the shipped `intents/`). */
  intentsDir?: string;
  /** Examples to train on instead of reading `dataDir` and the intent catalog. */
  examples?: readonly HandoffExample[];
  cacheDir: string;
  config?: HandoffModelConfig;
  log?: Logger;
}

export function handoffModelCacheKey(
  examples: readonly HandoffExample[],
  config: HandoffModelConfig,
): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: HANDOFF_MODEL_VERSION, config }));
  for (const e of examples) hash.update(JSON.stringify([e.locale, e.label, e.text, e.everyday === true]));
  return hash.digest('hex').slice(0, 16);
}

function handoffModelCache(dir: string): ModelFileCache<HandoffModel> {
  return {
    what: 'handoff model',
    dir,
    prefix: 'handoff-model-',
    fromJSON: (json) => HandoffModel.fromJSON(json),
    toJSON: (model) => model.toJSON(),
  };
}

export function loadOrTrainHandoffModel(source: HandoffModelSource): LoadedHandoffModel {
  const start = performance.now();
  const { cacheDir, log } = source;
  const config = source.config ?? DEFAULT_HANDOFF_MODEL_CONFIG;
  const examples = source.examples ?? [
    ...readHandoffCorpus(source.dataDir ?? DEFAULT_HANDOFF_DATA_DIR),
    ...everydayExamples(source.intentsDir),
  ];
  const cache = handoffModelCache(cacheDir);
  const file = modelCacheFile(cache, handoffModelCacheKey(examples, config));
  const cached = readModelCache(cache, file, log);
  if (cached) {
    const ms = performance.now() - start;
    log?.info({ file, ms: Math.round(ms), thresholds: cached.thresholds }, 'handoff model loaded from cache');
    return { model: cached, source: 'cache', file, ms };
  }
  // Training takes about 15 s of CPU on the shipped corpus: say so before it starts, not only after.
  log?.info(
    { examples: examples.length, file },
    'training the handoff model (first start or a changed corpus; cached for later starts)',
  );
  const model = HandoffModel.train(examples, config);
  const r = model.report;
  log?.info(
    {
      examples: r?.examples,
      features: r?.features,
      trainMs: Math.round(r?.trainMs ?? 0),
      thresholds: model.thresholds,
      heldOut: r?.heldOut,
    },
    'handoff model trained',
  );
  writeModelCache(cache, file, model, log);
  return { model, source: 'trained', file, ms: performance.now() - start };
}

/**
 * The handoff model as configured (HANDOFF_MODEL, HANDOFF_MODEL_DATA, HANDOFF_MODEL_FALSE_ESCALATION,
 * HANDOFF_MODEL_FRAUD_SHARE and the threshold overrides), or null when it is switched off.
 */
export function handoffModelFor(
  config: Pick<
    HandoffConfig,
    | 'model'
    | 'modelDataDir'
    | 'modelFalseEscalation'
    | 'modelFraudShare'
    | 'modelEscalateThreshold'
    | 'modelFraudThreshold'
  >,
  cacheDir: string,
  log?: Logger,
  intentsDir?: string,
): HandoffModel | null {
  if (!config.model) return null;
  const { model } = loadOrTrainHandoffModel({
    cacheDir,
    ...(intentsDir ? { intentsDir } : {}),
    ...(config.modelDataDir ? { dataDir: config.modelDataDir } : {}),
    config: {
      ...DEFAULT_HANDOFF_MODEL_CONFIG,
      falseEscalationBudget: config.modelFalseEscalation,
      fraudShare: config.modelFraudShare,
    },
    ...(log ? { log } : {}),
  });
  return model.withThresholds({
    ...(config.modelEscalateThreshold !== undefined ? { escalate: config.modelEscalateThreshold } : {}),
    ...(config.modelFraudThreshold !== undefined ? { fraud: config.modelFraudThreshold } : {}),
  });
}
