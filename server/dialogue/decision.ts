import type { FaqHit, IntentScore } from '../nlu/understanding.ts';
import type { IntentTrigger } from '../nlu/intent_catalog_schema.ts';

/** What the policy decided to do with one utterance. */
export type Decision =
  | { type: 'intent'; intent: string; confidence: number; trigger: IntentTrigger }
  | { type: 'faq'; hit: FaqHit; intent: string | null; confidence: number }
  | { type: 'clarify'; options: [IntentScore, IntentScore] }
  | { type: 'fallback'; reason: 'out_of_scope' | 'low_confidence' };

export type DecisionType = Decision['type'];
