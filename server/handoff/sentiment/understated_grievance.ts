/**
 * Grievances told calmly, politely or with a wry remark, which the trained model reads as ordinary messages: each
 * class is in its own file. `../handoff_policy.ts` hands such a message to a person however calm the model reads it
 * and whether or not an article answers the question in it.
 */
import { isChargeCalledABitMuch } from './charge_called_a_bit_much.ts';
import { isFumingAfterAWaitOnTheBank } from './fuming_after_a_wait_on_the_bank.ts';
import { isLoyalCustomerReproach } from './loyal_customer_reproach.ts';
import { isNotTryingToArgueBut } from './not_trying_to_argue_but.ts';
import { isQuickToTakeMoney } from './quick_to_take_money.ts';
import { isCrowdedQueueFewCounters } from './crowded_queue_few_counters.ts';
import { isEveryUpdateMovesIt } from './every_update_moves_it.ts';
import { isFeeKeptAfterTheMoneyCameBack } from './fee_kept_after_the_money_came_back.ts';
import { isHoopsForOnesOwnMoney } from './hoops_for_ones_own_money.ts';
import { isIronicTiming } from './ironic_timing.ts';
import { isMonthsGoneBy } from './months_gone_by.ts';
import { isNotTheFirstTime } from './not_the_first_time.ts';
import { isQuietThreatToMoveBanks } from './quiet_threat_to_move_banks.ts';
import { isResignedToNoFix } from './resigned_to_no_fix.ts';
import { isScareQuotedBankClaim } from './scare_quoted_bank_claim.ts';
import { isChallengeToExplain } from './challenge_to_explain.ts';
import { isMoneyAskedAfterADate } from './money_asked_after_a_date.ts';
import { isChargedThoughToldOtherwise } from './charged_though_told_otherwise.ts';
import { isRunaroundQuestion } from './runaround_question.ts';
import { isComplaintLeftUnanswered } from './complaint_left_unanswered.ts';
import { isCurtOrderToFixIt } from './curt_order_to_fix_it.ts';
import { isToldToGetItsActTogether } from './told_to_get_its_act_together.ts';
import { isChargedAllTheSame } from './charged_all_the_same.ts';
import { isChargeTakenInGoodConscience } from './charge_taken_in_good_conscience.ts';
import { isPassedBackAndForth } from './passed_back_and_forth.ts';
import { isTakeYourTimeNow } from './take_your_time_now.ts';
import { isNotToldWhenSold } from './not_told_when_sold.ts';
import { isBankExcuseThrownBack } from './bank_excuse_thrown_back.ts';
import { isOwnRecordsUnread } from './own_records_unread.ts';
import { isLeftOutByTheApp } from './left_out_by_the_app.ts';
import { isChargeCalledArbitrary } from './charge_called_arbitrary.ts';
import { isPolitenessAnnounced } from './politeness_announced.ts';
import { isWorstTimingRemarked } from './worst_timing_remarked.ts';
import { isFeeCalledUnfairToPay } from './fee_called_unfair_to_pay.ts';
import { isSameThingEveryTime } from './same_thing_every_time.ts';
import { isBankChangeCalledInconvenient } from './bank_change_called_inconvenient.ts';
import { isTriedOverAndOverStillFailing } from './tried_over_and_over_still_failing.ts';
import { isChargeThatSitsBadly } from './charge_that_sits_badly.ts';
import { isRefusalMetWithDisbelief } from './refusal_met_with_disbelief.ts';
import { isMildDissatisfactionWithWhatTheBankDid } from './mild_dissatisfaction_with_what_the_bank_did.ts';
import { isWryRemarkAtTheBanksWord } from './wry_remarks_at_the_banks_word.ts';
import { isFrustrationToldWithoutAngerWords } from './frustration_told_without_anger_words.ts';

export function isUnderstatedGrievance(text: string): boolean {
  return (
    // Dares, demands after a date, contradicted charges, runarounds, unanswered complaints (each file's comment).
    isChallengeToExplain(text) ||
    isMoneyAskedAfterADate(text) ||
    isChargedThoughToldOtherwise(text) ||
    isRunaroundQuestion(text) ||
    isComplaintLeftUnanswered(text) ||
    isCurtOrderToFixIt(text) ||
    isQuickToTakeMoney(text) ||
    isChargeCalledABitMuch(text) ||
    isNotTryingToArgueBut(text) ||
    isLoyalCustomerReproach(text) ||
    isFumingAfterAWaitOnTheBank(text) ||
    isFeeKeptAfterTheMoneyCameBack(text) ||
    isQuietThreatToMoveBanks(text) ||
    isResignedToNoFix(text) ||
    isIronicTiming(text) ||
    isMonthsGoneBy(text) ||
    isScareQuotedBankClaim(text) ||
    isCrowdedQueueFewCounters(text) ||
    isHoopsForOnesOwnMoney(text) ||
    isEveryUpdateMovesIt(text) ||
    isNotTheFirstTime(text) ||
    // "在医院交押金刷卡刷不出来…你们能不能靠点谱" (told_to_get_its_act_together.ts).
    isToldToGetItsActTogether(text) ||
    // "取款机少吐了两百块钱账上还照扣" (charged_all_the_same.ts).
    isChargedAllTheSame(text) ||
    // "这钱收得心安理得吗", "A说找B，B说找A", "从别处借到了，你们慢慢批吧", "办的时候一个字都没提", '"正常"就可以一直这样吗',
    // "do you read your own records?" (each file's comment).
    isChargeTakenInGoodConscience(text) ||
    isPassedBackAndForth(text) ||
    isTakeYourTimeNow(text) ||
    isNotToldWhenSold(text) ||
    isBankExcuseThrownBack(text) ||
    isOwnRecordsUnread(text) ||
    // "Your app won't run on any phone older than 2 years. Not everyone can afford a new iPhone" (left_out_by_the_app.ts).
    isLeftOutByTheApp(text) ||
    // "手续费是按心情收的吗", "我很有礼貌地问一下：为什么…", "Another 'scheduled maintenance' on salary day. Of course."
    // (charge_called_arbitrary.ts, politeness_announced.ts, worst_timing_remarked.ts).
    isChargeCalledArbitrary(text) ||
    isPolitenessAnnounced(text) ||
    isWorstTimingRemarked(text) ||
    // "…扣了一笔年费，凭啥我来交", "Every month the same thing… It is never fixed." (fee_called_unfair_to_pay.ts,
    // same_thing_every_time.ts).
    isFeeCalledUnfairToPay(text) ||
    isSameThingEveryTime(text) ||
    // "网点下个月起周末不营业了…真的很不方便", "重发了十次…到底是哪里的问题" (bank_change_called_inconvenient.ts,
    // tried_over_and_over_still_failing.ts).
    isBankChangeCalledInconvenient(text) ||
    isTriedOverAndOverStillFailing(text) ||
    // "一张卡被扣了好几年管理费…心里挺不舒服的", "…it doesn't sit right with me" (charge_that_sits_badly.ts).
    isChargeThatSitsBadly(text) ||
    // "一罐硬币拿来存你们不收？？", "对处理结果不太满意…只退了一半", "Not very happy that my rate was cut without a word"
    // (refusal_met_with_disbelief.ts, mild_dissatisfaction_with_what_the_bank_did.ts).
    isRefusalMetWithDisbelief(text) ||
    isMildDissatisfactionWithWhatTheBankDid(text) ||
    // "24小时在线客服是哪个时区的24小时", "Let me guess, still 'processing'", "…because I feel misled"
    // (wry_remarks_at_the_banks_word.ts).
    isWryRemarkAtTheBanksWord(text) ||
    // "我没生气，就是想知道为啥又扣了", "这是银行还是菜市场", "爱咋收咋收吧", "or am I just special", "Fix my card NOW."
    // (frustration_told_without_anger_words.ts).
    isFrustrationToldWithoutAngerWords(text)
  );
}
