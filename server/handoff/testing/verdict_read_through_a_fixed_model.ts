/**
 * Test support: the handoff policy's verdict on a first message, as `first_message_verdict.ts` gives it, with the model
 * reading every message as `scores` and that reading passed through the signal reader, so the reader's own set-asides
 * (a calm polite report, a calm outage question, a code that has not come…) apply to it, as they do to the trained
 * model's. `firstMessageVerdict(thresholds, scores)` puts the scores in after the reader and skips them.
 */
import type { Decision } from '../../dialogue/decision.ts';
import type { Understanding } from '../../nlu/understanding.ts';
import { loadHandoffConfig } from '../handoff_config.ts';
import { HandoffExtension } from '../handoff_extension.ts';
import { HandoffPolicy, type PolicyVerdict } from '../handoff_policy.ts';
import { HandoffSignalReader } from '../handoff_signals.ts';
import type { HandoffModel, HandoffModelScores } from '../model/handoff_model.ts';

const FALLBACK: Decision = { type: 'fallback', reason: 'out_of_scope' };

/** The verdict on a first message the assistant could not place, the model reading it as `scores`. */
export function verdictReadThroughAFixedModel(
  scores: HandoffModelScores,
): (text: string) => PolicyVerdict | null {
  const config = loadHandoffConfig({});
  const model = { score: () => scores } as unknown as HandoffModel;
  const reader = new HandoffSignalReader(config.trendAlpha, model);
  const policy = new HandoffPolicy(config);
  return (text) => {
    const prev = HandoffExtension.parse({});
    const signals = reader.read(text, prev);
    const u: Understanding = {
      text,
      locale: /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en',
      intent: { top: null, ranking: [], outOfScope: true },
      entities: [],
      faq: [],
      sentiment: 0,
    };
    return (
      policy.fraud({ signals, understanding: u, decision: FALLBACK }) ??
      policy.decide({
        signals,
        understanding: u,
        decision: FALLBACK,
        context: { fallbackCount: 0, extensions: {} },
        prev: { ...prev, ...signals.next },
        turn: 0,
      })
    );
  };
}
