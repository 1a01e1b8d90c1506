/**
 * Order 60, after the flows (50). The classifier chose a complaint, fraud or human_agent intent whose catalog
 * trigger is a handoff, but the steps before did not hand over: the message contradicts it
 * (`HandoffPolicy.vetoed`: "不是投诉，就问问", "如何识别诈骗电话", "客服电话是多少"). Answered here from the FAQ or with a
 * short fitting reply, or the default responder would promise a transfer it does not make. It runs after
 * the flows so that a running flow answers its own turns first: the "重新发送验证码" button read as a
 * fraud report is still the flow's resend, and a question in between is answered by the flow, which then
 * carries on.
 */
import type { TurnResult, TurnStep, TurnStepInput } from '../../pipeline/stages.ts';
import { readHandoff, toldFraudStory } from '../handoff_extension.ts';
import { save } from './handoff_session_step.ts';
import { describesCardMisuse } from '../fraud/card_misuse.ts';
import { CUES } from '../fraud/fraud_patterns.ts';
import { describesRelativeInTrouble } from '../fraud/why_a_scam.ts';
import { vetoedIntentReply } from '../handoff_replies.ts';
import type { TurnSignalsCache } from './turn_signals_cache.ts';

export const VETOED_INTENT_STEP_ORDER = 60;

export class VetoedIntentStep implements TurnStep {
  readonly name = 'handoff.vetoed';

  constructor(
    private readonly signals: TurnSignalsCache,
    /** The core's FAQ threshold (answers a vetoed turn from the knowledge base). */
    private readonly faqThreshold: number,
  ) {}

  async run(input: TurnStepInput): Promise<Omit<TurnResult, 'understanding'> | null> {
    const { decision, understanding, context, ctx, text } = input;
    if (decision.type !== 'intent' || decision.trigger.type !== 'handoff') return null;
    const reason = decision.trigger.reason;
    if (reason !== 'complaint' && reason !== 'fraud_risk' && reason !== 'asked_for_human') return null;
    const signals = this.signals.get(context, text, readHandoff(context));
    // Card misuse ("有一笔消费不是我刷的") is answered with the freeze offer, not the nearest article.
    const misuse = reason === 'fraud_risk' && describesCardMisuse(text);
    // Kept for "那我该怎么办" next (fraud/next_steps.ts): freeze the card, keep the records, 110.
    if (misuse) {
      const ext = readHandoff(context);
      const told = { schemes: [], codeGiven: false, cardMisuse: true };
      save(context, { ...ext, fraudStory: toldFraudStory(ext, told, ctx.session.turnCount) });
    }
    // "我孙子在外地被派出所拘留了要我转钱保释": a relative in trouble and money asked for them gets that scam's
    // warning when no article answers (fraud/scheme_warnings.ts).
    const relativeInTrouble =
      reason === 'fraud_risk' &&
      !misuse &&
      describesRelativeInTrouble(text) &&
      CUES.askedFor.test(text.toLowerCase());
    const hit = misuse ? undefined : understanding.faq[0];
    const faq =
      hit && hit.score >= this.faqThreshold
        ? { id: hit.article.id, title: hit.article.title, answer: hit.article.answer, score: hit.score }
        : null;
    const reply = vetoedIntentReply(
      reason,
      faq,
      signals.sentiment.score > 0.2,
      ctx.locale,
      misuse,
      ctx.channel,
      relativeInTrouble,
    );
    return {
      decision:
        faq && hit
          ? { type: 'faq', hit, intent: null, confidence: Math.min(1, hit.score) }
          : {
              type: 'intent',
              intent: decision.intent,
              confidence: decision.confidence,
              trigger: { type: 'answer' },
            },
      reply,
      context,
    };
  }
}
