/**
 * The features every server node runs, in order. Each entry is one import and one line.
 */
import type { FeatureFactory } from './feature.ts';
import { llmFallbackFeature } from './llm/llm_feature.ts';
import { verifiedTransactions } from './flows/verified_transactions_feature.ts';
import { speechFeature } from './speech/speech_feature.ts';
import { handoffFeature } from './handoff/handoff_feature.ts';

export const DEFAULT_FEATURES: FeatureFactory[] = [
  llmFallbackFeature(),
  verifiedTransactions,
  speechFeature(),
  handoffFeature,
];
