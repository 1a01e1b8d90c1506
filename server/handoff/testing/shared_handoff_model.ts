/**
 * Test support: the trained handoff model as the server loads it, from the server's default model cache
 * (`.cache/` at the project root, where test servers keep theirs too). The cache file is keyed by the corpus, the model config and the model
 * version, so a suite never gets a model trained on other data; the first suite to ask trains it (about 20 s
 * on the shipped corpus) and every later suite, and every test server, reads the file back instead of
 * training its own copy.
 */
import { loadConfig } from '../../config.ts';
import type { HandoffConfig } from '../handoff_config.ts';
import type { HandoffModel } from '../model/handoff_model.ts';
import { handoffModelFor } from '../model/handoff_model_cache.ts';

export function sharedHandoffModel(config: HandoffConfig): HandoffModel {
  const model = handoffModelFor(config, loadConfig({}).cacheDir);
  if (!model) throw new Error('the handoff model is switched off in this configuration');
  return model;
}
