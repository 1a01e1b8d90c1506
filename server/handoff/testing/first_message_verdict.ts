/**
 * Test support: the handoff policy's verdict on a message as the first of a conversation that the assistant
 * could not place (no intent, no article), read with the trained handoff model (or with given model scores), as
 * the suites on what the model misreads need it. The model comes from the shared test cache (`shared_handoff_model.ts`), so it is
 * trained once per corpus, not once per suite. Call it at the top level of a test file (or inside `describe`).
 */
import type { Decision } from '../../dialogue/decision.ts';
import type { Understanding } from '../../nlu/understanding.ts';
import { loadHandoffConfig } from '../handoff_config.ts';
import { HandoffExtension } from '../handoff_extension.ts';
import { HandoffPolicy, type PolicyThresholds, type PolicyVerdict } from '../handoff_policy.ts';
import { HandoffSignalReader } from '../handoff_signals.ts';
import type { HandoffModelScores } from '../model/handoff_model.ts';
import { sharedHandoffModel } from './shared_handoff_model.ts';

const FALLBACK: Decision = { type: 'fallback', reason: 'out_of_scope' };

/**
 * `thresholds`: settings over the default configuration's (e.g. the FAQ threshold the product runs with).
 * `scores`: the model's reading of every message, in place of the trained model's (which is then not trained).
 */
export function firstMessageVerdict(
  thresholds: Partial<PolicyThresholds> = {},
  scores?: HandoffModelScores,
): (text: string) => PolicyVerdict | null {
  const config = loadHandoffConfig({});
  const reader = new HandoffSignalReader(config.trendAlpha, scores ? null : sharedHandoffModel(config));
  return verdictOnAFirstMessage(reader, new HandoffPolicy({ ...config, ...thresholds }), scores);
}

/**
 * The verdict of `policy` on a first message the assistant could not place, its signals read by `reader`;
 * `scores`, when given, replace the model's reading after the reader (so the reader's own set-asides do not see them).
 */
export function verdictOnAFirstMessage(
  reader: HandoffSignalReader,
  policy: HandoffPolicy,
  scores?: HandoffModelScores,
): (text: string) => PolicyVerdict | null {
  return (text) => {
    const prev = HandoffExtension.parse({});
    const read = reader.read(text, prev);
    const signals = scores ? { ...read, model: scores } : read;
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
