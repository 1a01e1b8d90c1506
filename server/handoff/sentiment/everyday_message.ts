/**
 * Everyday messages whose own words show there is nothing wrong, which the handoff model alone read as upset or as a
 * scam: courtesies only (`courtesy_only.ts`), a correction of what the assistant picked
 * (`correction_of_the_assistant.ts`), a request for a place in the branch queue (`queue_ticket_request.ts`), a
 * question outside banking asked for fun (`chit_chat_question.ts`), a calm report that the customer's own payment
 * has not reached the payee (`payment_not_reached_the_payee.ts`), and a plain request to pay one's own bill or for a
 * loan for one's own business (`routine_service_request.ts`), and praise with nothing else (`praise_only.ts`), and a branch's amenity reported in passing
 * (`passing_remark_on_a_branch_amenity.ts`), and the app's behaviour asked about as a setting
 * (`app_behaviour_asked_about_as_a_setting.ts`), and a call from the bank missed through the customer's own
 * circumstances (`banks_call_missed_through_ones_own_circumstances.ts`). Each needs the whole message to be that and the
 * lexicon to find nothing angry in it; the rules' own readings (anger words, sarcasm, an ask for a person, a scheme)
 * are never set aside by it.
 */
import { isChitChatQuestion } from './chit_chat_question.ts';
import { isCalmCorrectionOfTheAssistant } from './correction_of_the_assistant.ts';
import { isCourtesyOnly } from './courtesy_only.ts';
import { isCalmPaymentNotReachedThePayee } from './payment_not_reached_the_payee.ts';
import { isCalmQueueTicketRequest } from './queue_ticket_request.ts';
import { isRoutineServiceRequest } from './routine_service_request.ts';
import { isPraiseOnly } from './praise_only.ts';
import { isPassingRemarkOnABranchAmenity } from './passing_remark_on_a_branch_amenity.ts';
import { isAppBehaviourAskedAboutAsASetting } from './app_behaviour_asked_about_as_a_setting.ts';
import { isBanksCallMissedThroughOnesOwnCircumstances } from './banks_call_missed_through_ones_own_circumstances.ts';
import { isBanksOwnAntiScamQuestionOnALongStandingPayee } from './banks_own_anti_scam_question_on_a_long_standing_payee.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** The message is one of the everyday kinds above (see the file comment). */
export function isEverydayMessage(text: string, sentiment: SentimentAnalysis): boolean {
  return (
    isCourtesyOnly(text, sentiment) ||
    isCalmCorrectionOfTheAssistant(text, sentiment) ||
    isCalmQueueTicketRequest(text, sentiment) ||
    isChitChatQuestion(text, sentiment) ||
    isCalmPaymentNotReachedThePayee(text, sentiment) ||
    isRoutineServiceRequest(text, sentiment) ||
    isPraiseOnly(text, sentiment) ||
    // "顺手提一句，三楼网点的饮水机没水了" (passing_remark_on_a_branch_amenity.ts).
    isPassingRemarkOnABranchAmenity(text, sentiment) ||
    // "the app logs me out every time I switch… Is there a setting for this?" (app_behaviour_asked_about_as_a_setting.ts).
    isAppBehaviourAskedAboutAsASetting(text, sentiment) ||
    // "the app asks whether anyone told me to lie… normal? it's my landlord of 4 years"
    // (banks_own_anti_scam_question_on_a_long_standing_payee.ts).
    isBanksOwnAntiScamQuestionOnALongStandingPayee(text, sentiment) ||
    // "你们客服热线回电了，我当时在地铁上没听太清，违约金怎么算" (banks_call_missed_through_ones_own_circumstances.ts).
    isBanksCallMissedThroughOnesOwnCircumstances(text, sentiment)
  );
}
