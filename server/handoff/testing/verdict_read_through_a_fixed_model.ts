/**
 * Test support: the handoff policy's verdict on a first message, as `first_message_verdict.ts` gives it, with the model
 * reading every message as `scores` and that reading passed through the signal reader, so the reader's own set-asides
 * (a calm polite report, a calm outage question, a code that has not come…) apply to it, as they do to the trained
 * model's. `firstMessageVerdict(thresholds, scores)` puts the scores in after the reader and skips them.
 */
import { loadHandoffConfig } from '../handoff_config.ts';
import { HandoffPolicy, type PolicyVerdict } from '../handoff_policy.ts';
import { HandoffSignalReader } from '../handoff_signals.ts';
import type { HandoffModel, HandoffModelScores } from '../model/handoff_model.ts';
import { verdictOnAFirstMessage } from './first_message_verdict.ts';

/** The verdict on a first message the assistant could not place, the model reading it as `scores`. */
export function verdictReadThroughAFixedModel(
  scores: HandoffModelScores,
): (text: string) => PolicyVerdict | null {
  const config = loadHandoffConfig({});
  const model = { score: () => scores } as unknown as HandoffModel;
  return verdictOnAFirstMessage(new HandoffSignalReader(config.trendAlpha, model), new HandoffPolicy(config));
}
