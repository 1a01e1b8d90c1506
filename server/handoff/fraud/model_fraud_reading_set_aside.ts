/**
 * The trained model's fraud reading set aside where it is known to misread an ordinary matter (check set dec49): a
 * seller the customer is standing with, the bank's payee check passed (`seller_met_in_person_payee_name_confirmed.ts`),
 * and a public body's letter received by post, asked about (`official_letter_by_post_asked_about.ts`). Only when no
 * scheme rule fired and the model is not all but certain (below 0.97): its frustration and its ask for a person stand.
 */
import type { HandoffModelScores } from '../model/handoff_model.ts';
import { ruleText } from '../rule_text.ts';
import type { FraudAssessment } from './fraud_detector.ts';
import { isSellerMetInPersonPayeeNameConfirmed } from './seller_met_in_person_payee_name_confirmed.ts';
import { isOfficialLetterByPostAskedAbout } from './official_letter_by_post_asked_about.ts';

/** Above this the model's fraud reading stands whatever the message's frame. */
const CERTAIN_FRAUD = 0.97;

/** The model's reading with its fraud alarm set aside for the matters above. */
export function withoutModelFraudOnAnOrdinaryMatter(
  m: HandoffModelScores | null,
  text: string,
  fraud: Pick<FraudAssessment, 'score'>,
): HandoffModelScores | null {
  if (!m?.fraud || fraud.score > 0 || m.fraud_risk >= CERTAIN_FRAUD) return m;
  const lower = ruleText(text);
  if (!isSellerMetInPersonPayeeNameConfirmed(lower) && !isOfficialLetterByPostAskedAbout(lower)) return m;
  return { ...m, fraud: false };
}
