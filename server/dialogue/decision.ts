import type { FaqHit, IntentScore } from '../nlu/understanding.ts';
import type { DepositSum } from './deposit_interest.ts';
import type { HandoffReason, IntentTrigger } from '../nlu/intent_catalog_schema.ts';

/** What the policy decided to do with one utterance. */
export type Decision =
  | { type: 'intent'; intent: string; confidence: number; trigger: IntentTrigger }
  // `overrulesIntent`: a rule chose the article whatever the intent model heard (dormant_account_question.ts),
  // so that intent is no signal for anything else either (the handoff policy's intent reasons).
  // `lead`: the article scored under the FAQ threshold, far ahead of the rest (clear_lead.ts): a weaker match,
  // which the handoff policy does not count as the knowledge base answering a complaint.
  | {
      type: 'faq';
      hit: FaqHit;
      intent: string | null;
      confidence: number;
      overrulesIntent?: true;
      lead?: true;
      /**
       * The lines of the article that answer a follow-up about the article just given (article_excerpt.ts),
       * said instead of the whole article again; or, on the lobby screen, its lines for a customer standing in
       * the branch (branch_place_question.ts); or its lines on the price, for a question that asks only that
       * (fee_question.ts).
       */
      excerpt?: string;
      /**
       * The flow the message was heard as, set aside because it asks about it ("能不能周六去": the booking;
       * information_question.ts): offered as a quick reply with the article, not started.
       */
      offers?: string;
      /** The amount and term whose interest the excerpt works out (deposit_interest.ts), for a follow-up. */
      deposit?: DepositSum;
    }
  | { type: 'clarify'; options: [IntentScore, IntentScore] }
  | {
      type: 'fallback';
      reason: 'out_of_scope' | 'low_confidence';
      /**
       * A follow-up ("and for a credit card?") found only the article just given, which says nothing of the
       * variant asked about (follow_up_same_article.ts): said so, instead of the article again.
       */
      notCovered?: { variant: string; title: string };
    }
  // Decisions taken by turn steps (flows, verification, handoff, language model):
  | { type: 'flow'; flow: string; step: string }
  | { type: 'handoff'; reason: HandoffReason }
  | { type: 'agent' }
  | { type: 'llm'; sources: string[] };

export type DecisionType = Decision['type'];
