/**
 * Test support: a first message the intent classifier heard as a fraud report (confidence 0.9, no article),
 * read by the handoff policy: the reason the intent gives, and whether the fraud check raises an alarm once
 * the message's own signals are read. For the suites on messages the classifier wrongly calls a fraud report.
 */
import type { Understanding } from '../../nlu/understanding.ts';
import { loadHandoffConfig } from '../handoff_config.ts';
import { HandoffExtension } from '../handoff_extension.ts';
import { HandoffPolicy } from '../handoff_policy.ts';
import { HandoffSignalReader } from '../handoff_signals.ts';

const FALLBACK = { type: 'fallback', reason: 'out_of_scope' } as const;

export function classifierFraudReport(): (text: string) => {
  intentReason: ReturnType<HandoffPolicy['intentReason']>;
  fraudRaised: boolean;
} {
  const config = loadHandoffConfig({});
  const reader = new HandoffSignalReader(config.trendAlpha);
  const policy = new HandoffPolicy(config);
  return (text) => {
    const understanding: Understanding = {
      text,
      locale: /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en',
      intent: { top: { intent: 'fraud_report', confidence: 0.9 }, ranking: [], outOfScope: false },
      entities: [],
      faq: [],
      sentiment: 0,
    };
    const signals = reader.read(text, HandoffExtension.parse({}));
    return {
      intentReason: policy.intentReason(understanding, FALLBACK),
      fraudRaised: policy.fraud({ signals, understanding, decision: FALLBACK }) !== null,
    };
  };
}
