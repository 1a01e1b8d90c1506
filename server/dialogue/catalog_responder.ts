/**
 * Turns a decision into the reply the customer sees and hears: intent responses from `intents/`, FAQ
 * answers with their source, clarifying questions with quick replies, honest fallbacks.
 */
import type { Expression, QuickReply } from '../protocol/protocol.ts';
import type { IntentCatalog } from '../nlu/intent_catalog.ts';
import type { Understanding } from '../nlu/understanding.ts';
import type { ReplyDraft, Responder, TurnContext } from '../pipeline/stages.ts';
import { BARE_NUMBER_INTENT, bareNumberReply } from './bare_number.ts';
import { BARE_TAIL_INTENT, bareTailOf, bareTailReply } from './bare_tail.ts';
import type { Decision } from './decision.ts';
import { msg } from './messages.ts';
import { notCoveredReply } from './follow_up_same_article.ts';
import { shortAnswerOf } from './short_answers.ts';
import { lostCardAside } from './lost_card_aside.ts';
import { VAGUE_OPENER_INTENT, vagueOpenerReply } from './vague_opener.ts';
import { PENALTY_QUESTION_INTENT, penaltyQuestionReply } from './penalty_question.ts';

const HAPPY_INTENTS = new Set(['greeting', 'thanks', 'goodbye']);
const EMPATHY_INTENTS = new Set(['complaint', 'fraud_report', 'report_lost_card', 'card_declined']);

export class CatalogResponder implements Responder {
  constructor(private readonly catalog: IntentCatalog) {}

  respond(decision: Decision, u: Understanding, ctx: TurnContext): ReplyDraft {
    const base = { entities: u.entities, source: null, quickReplies: [] as QuickReply[] };
    const expression = this.expressionFor(decision, u);
    switch (decision.type) {
      case 'intent': {
        if (decision.intent === BARE_NUMBER_INTENT) {
          const asked = bareNumberReply(ctx.locale);
          return { ...base, ...asked, kind: 'intent', intent: decision.intent, confidence: 1, expression };
        }
        const tail = decision.intent === BARE_TAIL_INTENT ? bareTailOf(u.text, u.entities) : null;
        if (tail !== null) {
          const asked = bareTailReply(tail, ctx.locale);
          return { ...base, ...asked, kind: 'intent', intent: decision.intent, confidence: 1, expression };
        }
        if (decision.intent === PENALTY_QUESTION_INTENT) {
          // "do I pay a penalty?": which penalty, with the usual ones as quick replies.
          const asked = penaltyQuestionReply(ctx.locale);
          return { ...base, ...asked, kind: 'intent', intent: decision.intent, confidence: 1, expression };
        }
        if (decision.intent === VAGUE_OPENER_INTENT) {
          // "I have a question": what about, with the greeting's menu.
          const menu = this.catalog.intents.get('greeting')?.quickReplies?.[ctx.locale] ?? [];
          const quickReplies = menu.map((t) => ({ label: t, text: t }));
          const text = vagueOpenerReply(ctx.locale);
          return {
            ...base,
            text,
            quickReplies,
            kind: 'intent',
            intent: decision.intent,
            confidence: 1,
            expression,
          };
        }
        const file = this.catalog.intents.get(decision.intent);
        const variants = file?.responses?.[ctx.locale] ?? [];
        const text =
          this.nothingPending(decision.intent, u, ctx.locale) ??
          (variants.length > 0
            ? variants[ctx.session.turnCount % variants.length]!
            : msg('fallback', ctx.locale));
        const quick = (file?.quickReplies?.[ctx.locale] ?? []).map((t) => ({ label: t, text: t }));
        return {
          ...base,
          kind:
            decision.trigger.type === 'flow'
              ? 'flow'
              : decision.trigger.type === 'handoff'
                ? 'handoff'
                : 'intent',
          text,
          intent: decision.intent,
          confidence: decision.confidence,
          quickReplies: quick,
          expression,
        };
      }
      case 'faq': {
        const answer = decision.excerpt ?? decision.hit.article.answer;
        // "I lost my card, how long does a replacement take?": the loss report first (lost_card_aside.ts).
        const aside = lostCardAside(u.text, decision.hit.article.id, ctx.locale);
        return {
          ...base,
          kind: 'faq',
          text: aside ? `${aside.text}\n\n${answer}` : answer,
          intent: decision.intent,
          confidence: decision.confidence,
          source: { id: decision.hit.article.id, title: decision.hit.article.title },
          ...(aside ? { quickReplies: [aside.quickReply] } : {}),
          ...(!aside && decision.offers
            ? { quickReplies: [this.quickReplyFor(decision.offers, ctx.locale)] }
            : {}),
          expression,
        };
      }
      case 'clarify':
        return {
          ...base,
          kind: 'clarify',
          text: msg('clarify', ctx.locale),
          intent: decision.options[0].intent,
          confidence: decision.options[0].confidence,
          quickReplies: decision.options.map((o) => this.quickReplyFor(o.intent, ctx.locale)),
          expression,
        };
      case 'fallback':
      default:
        return {
          ...base,
          kind: 'fallback',
          text:
            decision.type === 'fallback' && decision.notCovered
              ? notCoveredReply(ctx.locale, decision.notCovered.variant, decision.notCovered.title)
              : msg(
                  decision.type === 'fallback' && decision.reason === 'out_of_scope'
                    ? 'fallbackOutOfScope'
                    : 'fallback',
                  ctx.locale,
                ),
          intent: null,
          confidence: u.intent.top?.confidence ?? 0,
          expression,
        };
    }
  }

  /**
   * "确认" / "取消" reaching the responder: no step had anything waiting for them (a running flow, a queue),
   * so say so instead of "okay" (which would suggest something was confirmed or cancelled).
   */
  private nothingPending(intent: string, u: Understanding, locale: TurnContext['locale']): string | null {
    if (intent !== 'affirm' && intent !== 'deny') return null;
    const answer = shortAnswerOf(u.text);
    if (answer === 'confirm') return msg('nothingToConfirm', locale);
    if (answer === 'cancel') return msg('nothingToCancel', locale);
    return null;
  }

  /** A quick reply for an intent: its first example, which the classifier maps back to the intent. */
  private quickReplyFor(intent: string, locale: TurnContext['locale']): QuickReply {
    const example = this.catalog.intents.get(intent)?.examples[locale][0] ?? intent;
    return { label: example, text: example };
  }

  private expressionFor(decision: Decision, u: Understanding): Expression {
    if (u.sentiment <= -0.4) return 'sad';
    const intent = decision.type === 'intent' || decision.type === 'faq' ? decision.intent : null;
    if (intent && HAPPY_INTENTS.has(intent)) return 'happy';
    if (intent && EMPATHY_INTENTS.has(intent)) return 'sad';
    return 'neutral';
  }
}
