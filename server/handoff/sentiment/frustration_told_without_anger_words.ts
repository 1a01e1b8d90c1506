/**
 * Frustration told without an angry word (check set dec46), each class in its own file: anger disclaimed before a
 * grievance, a rhetorical question at the bank's rules, resignation at the bank's ways, an insult at the bank's check on
 * one's own money, another bank that does it at once held up in a "why", and a terse demand; and (check set dec47) the
 * bank's competence mocked in a rhetorical question ("Can you lot do anything right?"). Read with the other understated
 * grievances (`understated_grievance.ts`).
 */
import { isAngerDisclaimedBeforeAGrievance } from './anger_disclaimed_before_a_grievance.ts';
import { isRhetoricalQuestionAtTheBanksRules } from './rhetorical_question_at_the_banks_rules.ts';
import { isResignationAtTheBanksWays } from './resignation_at_the_banks_ways.ts';
import { isInsultAtACheckOnOnesOwnMoney } from './insult_at_a_check_on_ones_own_money.ts';
import { isAnotherBankFasterAskedWhy } from './another_bank_faster_asked_why.ts';
import { isTerseDemandToTheBank } from './terse_demand_to_the_bank.ts';
import { isRhetoricalInsultAtTheBanksCompetence } from './rhetorical_insult_at_the_banks_competence.ts';

/** Frustration told without an angry word (see the file comment). */
export function isFrustrationToldWithoutAngerWords(text: string): boolean {
  return (
    isAngerDisclaimedBeforeAGrievance(text) ||
    isRhetoricalQuestionAtTheBanksRules(text) ||
    isResignationAtTheBanksWays(text) ||
    isInsultAtACheckOnOnesOwnMoney(text) ||
    isAnotherBankFasterAskedWhy(text) ||
    isTerseDemandToTheBank(text) ||
    isRhetoricalInsultAtTheBanksCompetence(text)
  );
}
