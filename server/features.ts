/**
 * The features every server node runs, in order. Each entry is one import and one line.
 *
 * One `LlmHub` links the language model to the others: its sentence stream to the voice path, the flow step
 * a `start_flow` tool call is handed to on the same turn (so the transactions flow starts and verifies the
 * customer at once), and the summariser that writes the agent's brief on handoff.
 */
import type { FeatureFactory } from './feature.ts';
import { LlmHub } from './llm/llm_hub.ts';
import {
  verifiedTransactionsWith,
  type VerifiedTransactionsOptions,
} from './flows/verified_transactions_feature.ts';
import { speechFeature } from './speech/speech_feature.ts';
import { createHandoffFeature, type HandoffFeatureOptions } from './handoff/handoff_feature.ts';
import { languageFeature } from './dialogue/language_feature.ts';
import { notUnderstoodFeature } from './dialogue/not_understood_feature.ts';

/** Settings of the features in the default list (tests); the defaults read the environment. */
export interface DefaultFeatureOptions {
  llm?: Parameters<LlmHub['feature']>[0];
  transactions?: Omit<VerifiedTransactionsOptions, 'onStep'>;
  handoff?: Omit<HandoffFeatureOptions, 'summarize'>;
}

export function defaultFeatures(options: DefaultFeatureOptions = {}): FeatureFactory[] {
  const llm = new LlmHub();
  return [
    llm.feature(options.llm),
    verifiedTransactionsWith({ ...options.transactions, onStep: llm.startFlowsWith }),
    speechFeature({ sentences: llm.sinks }),
    createHandoffFeature({ ...options.handoff, summarize: llm.summarize }),
    languageFeature,
    notUnderstoodFeature,
  ];
}

export const DEFAULT_FEATURES: FeatureFactory[] = defaultFeatures();
