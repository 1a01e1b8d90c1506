/**
 * When a conversation goes to a person, and why. Reasons are the closed set `HandoffReason`:
 *   fraud_risk          a scam pattern (or the fraud_report intent): always, and first in the queue;
 *   asked_for_human     an explicit ask (phrases or the human_agent intent);
 *   complaint           the complaint intent, or a threat to complain, go to the regulator/media or leave;
 *   negative_sentiment  the sentiment trend below the threshold, or one message below the turn threshold;
 *   repeated_fallback   `fallbackCount` since the last handoff >= the limit (not inside a running flow).
 * The automatic reasons (sentiment, fallback) stay quiet for a few turns after a handoff ended, so a
 * customer who was returned to the assistant is not sent straight back.
 */
import type { Decision } from '../dialogue/decision.ts';
import type { HandoffReason } from '../nlu/intent_catalog_schema.ts';
import type { Understanding } from '../nlu/understanding.ts';
import type { DialogueContext } from '../session/session_record.ts';
import type { HandoffConfig } from './handoff_config.ts';
import type { HandoffExtension } from './handoff_extension.ts';
import type { TurnSignals } from './handoff_signals.ts';

/** Intents whose catalog trigger is a handoff, when the policy did not already act on them. */
const INTENT_REASONS: Record<string, HandoffReason> = {
  human_agent: 'asked_for_human',
  complaint: 'complaint',
  fraud_report: 'fraud_risk',
};

export interface PolicyInput {
  signals: TurnSignals;
  understanding: Understanding;
  decision: Decision;
  context: DialogueContext;
  /** The session's handoff state before this turn. */
  prev: HandoffExtension;
  /** Turn number of this turn (the session's turnCount before it). */
  turn: number;
}

export interface PolicyVerdict {
  reason: HandoffReason;
  /** What triggered it, for the transcript and the agent ("intent:complaint", "threat:strong", ...). */
  because: string[];
}

export type PolicyThresholds = Pick<
  HandoffConfig,
  'sentimentThreshold' | 'turnThreshold' | 'fallbackLimit' | 'fraudThreshold' | 'intentConfidence'
>;

export class HandoffPolicy {
  constructor(private readonly t: PolicyThresholds) {}

  /** The reason the classifier's intent asks for, if any. */
  intentReason(u: Understanding, decision: Decision): HandoffReason | null {
    if (decision.type === 'intent' && decision.trigger.type === 'handoff') return decision.trigger.reason;
    const top = u.intent.top;
    if (!top || u.intent.outOfScope || top.confidence < this.t.intentConfidence) return null;
    return INTENT_REASONS[top.intent] ?? null;
  }

  /**
   * The classifier's complaint, fraud or human_agent intent, unless the message itself contradicts it: "不是投诉，就问问" /
   * "I'm quite happy with your service" is no complaint, "如何防范电信诈骗" / "how do I recognise a scam call"
   * is a question about scams, not a report of one (the detector still catches a scam described in it).
   */
  vetoed(reason: HandoffReason, signals: TurnSignals): boolean {
    if (reason === 'complaint')
      return (
        !signals.sentiment.threat && (signals.sentiment.deniesComplaint || signals.sentiment.score > 0.05)
      );
    if (reason === 'fraud_risk')
      return signals.fraud.score < this.t.fraudThreshold && signals.fraud.preventionQuestion;
    // "客服电话是多少" asks for a number, not for a person now (an explicit phrase is never vetoed).
    if (reason === 'asked_for_human') return !signals.explicit && signals.contactQuestion;
    return false;
  }

  /** Fraud is decided on its own (it runs before everything else and also holds money). */
  fraud(input: Pick<PolicyInput, 'signals' | 'understanding' | 'decision'>): PolicyVerdict | null {
    const { signals, understanding, decision } = input;
    const because: string[] = [];
    if (signals.fraud.score >= this.t.fraudThreshold)
      because.push(...signals.fraud.schemes.map((s) => `scheme:${s}`));
    if (this.intentReason(understanding, decision) === 'fraud_risk' && !this.vetoed('fraud_risk', signals))
      because.push('intent:fraud_report');
    return because.length > 0 ? { reason: 'fraud_risk', because } : null;
  }

  /** Every reason except fraud, strongest first. */
  decide(input: PolicyInput): PolicyVerdict | null {
    const { signals, understanding, decision, context, prev, turn } = input;
    const intent = this.intentReason(understanding, decision);
    if (signals.explicit || (intent === 'asked_for_human' && !this.vetoed('asked_for_human', signals)))
      return { reason: 'asked_for_human', because: [signals.explicit ? 'phrase' : 'intent:human_agent'] };
    const complaintIntent = intent === 'complaint' && !this.vetoed('complaint', signals);
    if (signals.sentiment.threat || complaintIntent)
      return {
        reason: 'complaint',
        because: [signals.sentiment.threat ? `threat:${signals.sentiment.threat}` : 'intent:complaint'],
      };
    if (turn < prev.quietUntilTurn) return null;
    if (signals.trend.value <= this.t.sentimentThreshold || signals.turnScore <= this.t.turnThreshold) {
      const because = [`trend:${signals.trend.value}`];
      if (signals.sentiment.sarcasm) because.push('sarcasm');
      if (signals.sentiment.repetition || signals.repeats > 0) because.push('repetition');
      return { reason: 'negative_sentiment', because };
    }
    // Inside a running flow (server/flows keeps its state under extensions.flow) the default policy's
    // "fallback" is an answer to the flow's question ("500", "确认"), not the assistant failing.
    const inFlow = context.extensions['flow'] !== undefined;
    if (!inFlow && context.fallbackCount - prev.fallbackBase >= this.t.fallbackLimit)
      return {
        reason: 'repeated_fallback',
        because: [`fallbacks:${context.fallbackCount - prev.fallbackBase}`],
      };
    return null;
  }
}
