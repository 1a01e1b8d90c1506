/**
 * The features every server node runs, in order. Each entry is one import and one line.
 */
import type { FeatureFactory } from './feature.ts';
import { LlmHub } from './llm/llm_hub.ts';
import { verifiedTransactions } from './flows/verified_transactions_feature.ts';
import { speechFeature } from './speech/speech_feature.ts';
import { handoffFeature } from './handoff/handoff_feature.ts';

/** Shares the language model's sentence stream with the voice path. */
const llm = new LlmHub();

export const DEFAULT_FEATURES: FeatureFactory[] = [
  llm.feature(),
  verifiedTransactions,
  speechFeature({ sentences: llm.sinks }),
  handoffFeature,
];
