/**
 * Fraud-risk score of one customer message: which known scam patterns it describes (safe account,
 * police/prosecutor demanding a transfer, an investment "teacher", someone asking for the SMS code, a
 * "refund agent" pushing a loan…) and a combined score in [0, 1]. Plain banking ("how do I transfer
 * money", "验证码收不到") scores 0.
 */
import { withoutBankIdentifiers } from './bank_identifier.ts';
import { CUES, FRAUD_RULES, type CueName, type FraudScheme } from './fraud_patterns.ts';
import { isScamCallsAskedToBeBlocked } from './scam_calls_that_keep_coming_asked_to_be_blocked.ts';
import { isScamCallSeenThroughAtOnceNumberAskedToBeFlagged } from './scam_call_seen_through_at_once_number_asked_to_be_flagged.ts';
import { isRelativeInTroubleVerifiedWithThemDirectly } from './relative_in_trouble_verified_with_them_directly.ts';
import { isQuestionAboutScams } from './scam_question.ts';
import { isPlainPayment } from './plain_payment.ts';
import { isKnownPayee } from './known_payee.ts';
import { isOwnHospitalBill } from './own_hospital_bill.ts';
import { isOwnPetsVetBill } from './own_pets_vet_bill.ts';
import { isHospitalBillPaidThroughItsOwnChannel } from './hospital_bill_paid_through_the_hospitals_own_channel.ts';
import { isOwnLifeEventBill } from './own_life_event_bill.ts';
import { isFamilyDisasterRelief } from './family_disaster_relief.ts';
import { isBankCheckConfirmed } from './bank_check_confirmed.ts';
import {
  isCallerPosingAsTheBank,
  isOwnPaymentHeldAndConfirmedOnTheBanksCall,
} from './own_payment_held_and_confirmed_on_the_banks_call.ts';
import { isHelpingAnOlderRelative } from './helping_an_older_relative.ts';
import { isMerchantChargeback } from './merchant_chargeback.ts';
import { isLongStandingSupplier } from './long_standing_supplier.ts';
import { isOwnSalesReceipt } from './own_sales_receipt.ts';
import { isTransferMechanicsQuestion } from './transfer_mechanics_question.ts';
import { isReceivingMoneyQuestion } from './receiving_money_question.ts';
import { approachTurnedDown } from './approach_turned_down_nothing_given.ts';
import { isApproachBlockedAndReported } from './approach_blocked_and_reported.ts';
import { isLeftOrCheckedAndGaveNothing } from './left_or_checked_and_gave_nothing.ts';
import { isOwnPensionCertification } from './own_pension_certification.ts';
import { isBranchFamilyCheck } from './branch_family_check.ts';
import { payeePresent } from './payee_present.ts';
import { withoutScamTypeNames } from './scam_type_name.ts';
import { withoutFeesAvoided } from './fees_avoided.ts';
import { withoutAntiFraudAdviceQuoted } from './anti_fraud_advice_quoted.ts';
import { withoutCodesSaidNotAsked } from './code_said_not_asked.ts';
import { withoutBanksOwnPlatform } from './banks_own_platform.ts';
import {
  isBanksOwnVideoAppointment,
  withoutBanksOwnVideoAppointment,
} from './banks_own_video_appointment.ts';
import { isOwnMoneyComingIn, withoutOwnAdvanceRepaid } from './money_coming_in.ts';
import { isDetailsGivenToBePaid } from './details_given_to_be_paid.ts';
import { isOwnThingSoldToSomeoneMet } from './own_thing_sold_to_someone_met.ts';
import { isRefundOwedByOnesLandlordOrProvider } from './refund_owed_by_ones_landlord_or_provider.ts';
import { isMerchantRefundAwaited } from './merchant_refund_awaited.ts';
import { isHackedAccountCaughtInTime } from './hacked_account_caught_in_time.ts';
import { isDamagesPaidToTheCustomer } from './damages_paid_to_the_customer.ts';
import { isSoldThroughThePlatformsCheckout } from './sold_through_the_platforms_checkout.ts';
import { withoutFriendsAdvanceRepaid } from './friends_advance_repaid.ts';
import { withoutBanksOwnScamPrompt } from './banks_own_scam_prompt.ts';
import { isOwnBusinessBill } from './own_business_bill.ts';
import { isNeighboursGroupBuy } from './neighbours_group_buy.ts';
import { isHomePurchaseFeeWithAgentPresent } from './home_purchase_fee_with_agent_present.ts';
import { isRentalDepositAfterAViewing } from './rental_deposit_after_a_viewing.ts';
import { isLoanToAFriendAskedAsATransfer } from './loan_to_a_friend_asked_as_a_transfer.ts';
import { saysMachineKeptCard } from '../../flows/card_kept_by_machine.ts';
import { isInsuranceClaimPaidToTheCustomer } from './insurance_claim_paid_to_the_customer.ts';
import { isOwnCardLostOrStolenAndReported } from './own_card_lost_or_stolen_and_reported.ts';
import { isOwnCodeAskedForAgain } from './own_code_asked_for_again.ts';
import { isOwnNewPhoneLoginWithOwnCode } from './own_new_phone_login_with_own_code.ts';
import { isProtectiveCardSettingAsked } from './protective_card_setting_asked.ts';
import { isProtectiveSettingAfterAScamStoppedOrPast } from './protective_setting_after_a_scam_stopped_or_past.ts';
import { isOwnScamOverThenAPracticalAsk } from './own_scam_over_then_a_practical_ask.ts';
import { isPastScamToldAsTheReasonForCare } from './a_past_scam_told_as_the_reason_for_care.ts';
import { isRecordsForOnesOwnCase } from './records_for_ones_own_police_or_court_case.ts';
import { isBanksOwnIdentityStepAskedAbout } from './banks_own_identity_step_asked_about.ts';
import { isBetrothalGiftAfterMeetingTheFamily } from './betrothal_gift_after_meeting_the_family.ts';
import { isOwnInvestmentAccountTopUp } from './own_investment_account_top_up.ts';
import { isBanksOwnPledgeNotToLendTheAccount } from './banks_own_pledge_not_to_lend_the_account.ts';
import { isScamNewsThenAQuestionOfOnesOwn } from './scam_news_then_a_question_of_ones_own.ts';
import { isBanksOwnCallThatAskedForNothing } from './banks_own_call_that_asked_for_nothing.ts';
import { isFeeToAnInstitutionsPublishedAccountHeld } from './fee_to_an_institutions_published_account_held_by_the_banks_check.ts';
import { isSavingARegularPayee } from './saving_a_regular_payee.ts';
import { isCourtPaymentThroughTheCourtsOwnChannel } from './court_payment_through_the_courts_own_channel.ts';
import { isPaymentToAFormerSpouseUnderOnesOwnCourtOrder } from './payment_to_a_former_spouse_under_ones_own_court_order.ts';
import { isCashPaidOnSeeingTheItem } from './cash_paid_on_seeing_the_item.ts';
import { isLessonFeeToAChildsOwnTeacher } from './lesson_fee_to_a_childs_own_teacher.ts';
import { isOwnPolicyPaidInTheInsurersOwnApp } from './own_policy_paid_in_the_insurers_own_app.ts';
import { isOwnCardPaymentDisputedAfterAnOvercharge } from './own_card_payment_disputed_after_an_overcharge.ts';
import { isCourtOrderedMoneyPaidToTheCustomer } from './court_ordered_money_paid_to_the_customer.ts';
import { isCourtPayoutToTheAccountGivenInOnesOwnCase } from './court_payout_to_the_account_given_in_ones_own_case.ts';
import { isBanksOwnSecurityKeyDeliveredToTheCustomer } from './banks_own_security_key_delivered_to_the_customer.ts';
import { isAccountForOnesOwnCommissionAsked } from './account_for_ones_own_commission_asked.ts';
import { isSafeguardAskedAfterAScamThatIsOver } from './a_safeguard_asked_after_a_scam_that_is_over.ts';
import { isPayeesNewAccountConfirmedInPerson } from './a_payees_new_account_confirmed_with_them_in_person.ts';
import { isCardReplacedByTheBankNewCardAskedAfter } from './card_replaced_by_the_bank_new_card_asked_after.ts';
import { isOverpaymentRefusedAndSoldElsewhere } from './overpayment_refused_and_sold_elsewhere.ts';
import { isSomeoneElsesScamOverAskedAboutForThem } from './someone_elses_scam_over_asked_about_for_them.ts';
import { isSomeoneElsesScamCallLongPastAndReported } from './someone_elses_scam_call_long_past_and_reported.ts';
import { isBanksRealNumberCalledByTheCustomer } from './banks_real_number_called_by_the_customer.ts';
import { isOfficialLetterByPostAskedAbout } from './official_letter_by_post_asked_about.ts';

export interface FraudAssessment {
  /** 1 - Π(1 - weight) over the rules that fired; 0 when none did. */
  score: number;
  /** Schemes recognised, strongest first. */
  schemes: FraudScheme[];
  /**
   * A question about scams in general ("如何防范诈骗", "安全账户是不是骗人的", "what should I do if someone asks
   * for my code?"), not a scheme told as happening to the customer.
   */
  preventionQuestion: boolean;
  /**
   * The customer turned an approach down ("有人自称公安，我直接挂了", "I got a prize text and deleted it"), and
   * either no scheme fired or they ended it themselves and gave nothing: worth a word of advice, not a scam
   * under way.
   */
  declined: boolean;
  /**
   * No scheme fired and the scam is not the customer's own now: already reported to the police, long past, a
   * friend's, a payee the customer checked themselves, or only scam calls received ("已经报警处理完了", "我朋友被人骗了", "我妈老接到诈骗电话"): a question
   * for the FAQ, not a scam under way. Or someone else's scam that is over, whatever scheme its story names
   * ("我朋友去年刷单被骗了 报过警了").
   */
  settled: boolean;
  /**
   * The customer refused the approach outright, gave nothing and it is over, whatever scheme it names ("我没理他",
   * "Said no obviously.", approach_turned_down_nothing_given.ts): `declined`, and the model's sure alarm does not overrule it.
   */
  refusedOutright?: boolean;
  /** A short payment instruction with nobody else in it and no scheme ("send $120 to Wei Ling", "转500给李娜"). */
  plainPayment: boolean;
  /** No scheme, and the payee is with the customer or asked face to face ("hes with me now", "当面跟我说的"). */
  payeePresent: boolean;
  /**
   * No scheme, and the payee is one the customer already deals with, nobody pushing ("I've paid him before",
   * "same account as before", "合同上的对公账户", known_payee.ts).
   */
  knownPayee: boolean;
  /**
   * No scheme, and the customer asks how the bank handles their own payment: its limit, fee, arrival or checks,
   * nobody else pushing ("will it arrive same day", "转给他个人账户有限额吗", transfer_mechanics_question.ts).
   */
  transferQuestion?: boolean;
  /**
   * No scheme, and the customer pays the hospital for their own relative, nobody else's voice in the message
   * ("我爸突然住院了，医院要先交三万押金…转到医院的账户上", own_hospital_bill.ts), or the vet for their own pet from their
   * own card or limit ("my dog needs surgery tonight… can I raise my credit card limit?", own_pets_vet_bill.ts).
   */
  ownHospitalBill?: boolean;
  /**
   * No scheme, and the customer pays for their own family's funeral, wedding or court settlement, nobody else's
   * voice in the message ("我奶奶上礼拜走了 我们要给殡仪馆还有墓地交钱", own_life_event_bill.ts).
   */
  ownLifeEventBill?: boolean;
  /**
   * No scheme, and the customer sends money to their own family after a disaster at home, nobody else's voice in
   * the message ("The earthquake hit my village, I need to send money to my wife's account", family_disaster_relief.ts).
   */
  familyDisasterRelief?: boolean;
  /**
   * No scheme, and the customer answered the bank's own fraud check as their doing and asks for the hold lifted
   * ("Your fraud team texted… Yes that was me… Can you release it?", bank_check_confirmed.ts).
   */
  bankCheckConfirmed?: boolean;
  /**
   * No scheme, and a seller or a gig worker asks how to be paid for their own sales or work, nobody else's voice in
   * the message ("I sell handmade earrings online, can I link my account to PayPal to withdraw sales?",
   * own_sales_receipt.ts).
   */
  ownSalesReceipt?: boolean;
  /**
   * No scheme, and a son, a daughter or a grandchild helps an older relative with the relative's own routine banking,
   * nobody else's voice in the message ("I'm helping my nan, she wants to know if her pension went in",
   * helping_an_older_relative.ts).
   */
  helpingOlderRelative?: boolean;
  /**
   * No scheme, and a cardholder disputes a payment made at the customer's own shop ("有个顾客…说不是他刷的，我收到拒付通知了",
   * "got a chargeback from a diner"), nothing asked of the customer (merchant_chargeback.ts).
   */
  merchantChargeback?: boolean;
  /**
   * No scheme, and a supplier dealt with for years presses for payment to the account it has always used ("合作十年了
   * 对公转他公户", "worked together 10 years, paying his usual account"), nothing changed (long_standing_supplier.ts).
   */
  longStandingSupplier?: boolean;
  /**
   * No scheme, and money comes in to the customer from their own family, a friend paying back or their own sale, asked
   * about on the bank's side ("女儿想从新加坡汇钱给我，收款行的英文名称在哪看", "withdrawing my ETH sale back to my
   * account, any limits?"), nobody else in it (money_coming_in.ts).
   */
  ownMoneyComingIn?: boolean;
  /**
   * Screen sharing on a video appointment the customer booked with the bank in its own app, nobody calling, nothing
   * to install ("I booked a mortgage appointment in your app… how do I share my screen?", banks_own_video_appointment.ts).
   */
  banksOwnAppointment?: boolean;
  /**
   * No scheme, and someone the customer deals with in person or under an agreement pays the customer, who gives only
   * the receiving details or asks when it arrives: a neighbour buying the customer's own e-bike, a landlord refunding
   * a deposit (own_thing_sold_to_someone_met.ts, refund_owed_by_ones_landlord_or_provider.ts). Also `ownMoneyComingIn`.
   */
  paidBySomeoneDealtWith?: boolean;
  /**
   * No scheme, and a small share of a group buy run by a neighbour the customer knows, paid to her own QR code ("楼下王姐
   * 在业主群接龙团购东北大米，一袋268", neighbours_group_buy.ts).
   */
  neighboursGroupBuy?: boolean;
  /**
   * No scheme, and the customer's own wallet or card was lost or stolen and reported, and they ask how to get at their
   * own money meanwhile ("Cards are cancelled already but I need cash today", own_card_lost_or_stolen_and_reported.ts).
   */
  ownCardLostAndReported?: boolean;
  /**
   * No scheme, and a code the customer asked for themselves expired and is asked for again ("yes I asked for it, I was
   * resetting my password, but it says expired", own_code_asked_for_again.ts).
   */
  ownCodeAskedForAgain?: boolean;
  /**
   * No scheme, and a login on the customer's own new phone, approved with a code they asked for themselves, then the
   * bank's own device check asked about ("approved login on my new phone with the code I requested, now app says device
   * being verified", own_new_phone_login_with_own_code.ts).
   */
  ownNewPhoneLogin?: boolean;
  /**
   * No scheme, and a card or an account limited on purpose is asked for ("she's 82 and wants a card that can't be used
   * online at all", protective_card_setting_asked.ts): the intent's fraud report stands down.
   */
  protectiveSettingAsked?: boolean;
}

export class FraudDetector {
  assess(text: string): FraudAssessment {
    // A scam named by its type ("a “safe account” scam") is the word "scam", not the scheme told (scam_type_name.ts).
    // Nor is a SWIFT code or a sort code asked for by a payer a code asked for (bank_identifier.ts).
    // …nor a fee avoided ("to avoid platform charges") a question about avoiding scams (fees_avoided.ts).
    // …nor anti-fraud advice quoted ("he says never give your OTP to anyone", 验证码谁都不能给) a scheme told
    // (anti_fraud_advice_quoted.ts).
    const withAdvice = withoutFeesAvoided(withoutScamTypeNames(text.toLowerCase().replace(/[’‘]/g, "'")));
    const named = withoutAntiFraudAdviceQuoted(withAdvice);
    // …nor a code the customer says nobody asked for ("他们也没问验证码", "they didn't ask for my PIN", code_said_not_asked.ts).
    // …nor the bank's own investment platform a scam's "platform" (banks_own_platform.ts).
    // …nor the customer's own advance now paid back ("帮朋友垫付了…他现在还钱给我") a scam's 垫付 (money_coming_in.ts).
    // …nor screen sharing on the bank's own video appointment the customer booked (banks_own_video_appointment.ts).
    // …nor a friend's advance the customer repays ("朋友帮我垫付了酒店钱，要还他", friends_advance_repaid.ts).
    // …nor the bank's own scam check quoted from its app ("the app says 'could this be a scam?'", banks_own_scam_prompt.ts).
    const lower = withoutBanksOwnScamPrompt(
      withoutFriendsAdvanceRepaid(
        withoutBanksOwnVideoAppointment(
          withoutOwnAdvanceRepaid(
            withoutBanksOwnPlatform(withoutCodesSaidNotAsked(withoutBankIdentifiers(named))),
          ),
        ),
      ),
    );
    const hits = new Map<CueName, boolean>();
    const cue = (name: CueName): boolean => {
      let v = hits.get(name);
      if (v === undefined) {
        v = CUES[name].test(lower);
        hits.set(name, v);
      }
      return v;
    };
    let keep = 1;
    const bestByScheme = new Map<FraudScheme, number>();
    for (const rule of FRAUD_RULES) {
      if (!rule.all.every(cue)) continue;
      if (rule.unless?.some(cue)) continue;
      keep *= 1 - rule.weight;
      bestByScheme.set(rule.scheme, Math.max(bestByScheme.get(rule.scheme) ?? 0, rule.weight));
    }
    const schemes = [...bestByScheme.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    // Asked about scams in general, not told as happening (scam_question.ts).
    // …not when a stranger's file was opened and the phone now acts alone: that already happened, whatever the
    // customer then asks ("if I just don't enter the codes is it fine?", app_installed_from_a_message.ts).
    // …and the advice quoted is asked about as such ("is it true the bank will never ask for my OTP?"), read with the
    // advice in it (anti_fraud_advice_quoted.ts).
    const asksAboutScams = (t: string, has: (name: CueName) => boolean): boolean =>
      isQuestionAboutScams(t, has('prevention') || has('hypothetical') || has('genuineCheck'));
    const preventionQuestion =
      (!(bestByScheme.has('remote_access') && cue('fileFromAMessage')) && asksAboutScams(lower, cue)) ||
      (named !== withAdvice &&
        schemes.length === 0 &&
        asksAboutScams(withAdvice, (name) => CUES[name].test(withAdvice)));
    // A scheme the customer turned down and ended ("我直接挂了", "I hung up and gave nothing") is told after the
    // fact: worth advice, not a scam under way.
    // …or nearly went along, stopped and gave nothing ("nearly paid a 'delivery fee' link but stopped, didn't enter my card").
    // …or left a scam's group without doing anything, or checked with the real person and paid nothing.
    // …or someone else's hacked account asking for money, checked with them in time (hacked_account_caught_in_time.ts).
    // …or turned down, nothing given: 'outright' here, 'ended' only `declined` (approach_turned_down_nothing_given.ts).
    const turnedDown = approachTurnedDown(lower);
    const refusedOutright =
      turnedDown === 'outright' ||
      isLeftOrCheckedAndGaveNothing(lower) ||
      isHackedAccountCaughtInTime(lower) ||
      // …or blocked and reported, nothing given ("I didn't give it and blocked them", approach_blocked_and_reported.ts).
      isApproachBlockedAndReported(lower);
    const declined =
      refusedOutright ||
      turnedDown === 'ended' ||
      // …or an odd offer told no, the item sold to someone else (overpayment_refused_and_sold_elsewhere.ts).
      isOverpaymentRefusedAndSoldElsewhere(lower) ||
      (cue('notActed') &&
        !cue('actedAnyway') &&
        (schemes.length === 0 || cue('refusedAfter') || cue('nearMiss')));
    // …or the customer checked a payee's details themselves on a channel they trust (no scam words).
    // Someone else's scam that is over (long past, reported, in court) is settled even where its story names a
    // scheme: "我朋友去年刷单被骗了 报过警了…" (victim_context.ts).
    const settled =
      cue('othersScamOver') ||
      // …or asked about for a protective setting ("我同事被刷单骗了…你们有没有大额转账提醒", victim_context.ts).
      cue('othersScamProtection') ||
      // …or after a scam stopped in time or long past (protective_setting_after_a_scam_stopped_or_past.ts).
      isProtectiveSettingAfterAScamStoppedOrPast(lower) ||
      // …or a past or someone else's scam told as the reason for a safeguard or a payee change already checked
      // (a_past_scam_told_as_the_reason_for_care.ts).
      isPastScamToldAsTheReasonForCare(lower) ||
      // …or a safeguard asked after a scam that is over: the money long gone, the relative's "emergency" checked with
      // the family, an escape last year (a_safeguard_asked_after_a_scam_that_is_over.ts).
      isSafeguardAskedAfterAScamThatIsOver(lower) ||
      // …or a payee's new account confirmed with the payee in person, only how to pay asked
      // (a_payees_new_account_confirmed_with_them_in_person.ts).
      isPayeesNewAccountConfirmedInPerson(lower) ||
      // …or the card the bank's own team froze and replaced, only the new card asked after, no scheme
      // (card_replaced_by_the_bank_new_card_asked_after.ts).
      (schemes.length === 0 && isCardReplacedByTheBankNewCardAskedAfter(lower)) ||
      // …or the bank's records asked for the customer's own police or court case, nothing moved
      // (records_for_ones_own_police_or_court_case.ts).
      isRecordsForOnesOwnCase(lower) ||
      // …or money a court ordered paid to the customer, only the receiving details asked
      // (court_ordered_money_paid_to_the_customer.ts).
      isCourtOrderedMoneyPaidToTheCustomer(lower) ||
      // …or the court's payout in the customer's own case, to the account given when filing (court_payout_to_the_account_given_in_ones_own_case.ts).
      isCourtPayoutToTheAccountGivenInOnesOwnCase(lower) ||
      // …or the bank's own security key delivered to the customer who applied for it (banks_own_security_key_delivered_to_the_customer.ts).
      (schemes.every((s) => s === 'money_mule') && isBanksOwnSecurityKeyDeliveredToTheCustomer(lower)) ||
      // …or an account for the commission of one's own or a parent's trade (account_for_ones_own_commission_asked.ts).
      (schemes.every((s) => s === 'money_mule') && isAccountForOnesOwnCommissionAsked(lower)) ||
      // …or a court's own fine, bail or auction deposit paid through the court's own channel, nobody reaching out
      // (court_payment_through_the_courts_own_channel.ts).
      isCourtPaymentThroughTheCourtsOwnChannel(lower) ||
      // …or the former spouse paid under the customer's own divorce order
      // (payment_to_a_former_spouse_under_ones_own_court_order.ts).
      isPaymentToAFormerSpouseUnderOnesOwnCourtOrder(lower) ||
      // …or a betrothal gift paid to the fiancée's family after the families met (betrothal_gift_after_meeting_the_family.ts).
      isBetrothalGiftAfterMeetingTheFamily(lower) ||
      // …or the bank's own pledge not to lend the account, asked about (banks_own_pledge_not_to_lend_the_account.ts).
      isBanksOwnPledgeNotToLendTheAccount(lower) ||
      // …or what the news or a video said about scams, told as the reason for a question of the customer's own
      // (scam_news_then_a_question_of_ones_own.ts).
      isScamNewsThenAQuestionOfOnesOwn(lower) ||
      // …or a fee paid to an institution's published account, held by the bank's own check
      // (fee_to_an_institutions_published_account_held_by_the_banks_check.ts).
      isFeeToAnInstitutionsPublishedAccountHeld(lower) ||
      // …or the bank's own call that asked for nothing, asked whether genuine (banks_own_call_that_asked_for_nothing.ts).
      (schemes.length === 0 && isBanksOwnCallThatAskedForNothing(lower)) ||
      // …or the customer's own scam that is over (card replaced, reported, long past), then a practical follow-up,
      // its story told in no scheme but its own words (own_scam_over_then_a_practical_ask.ts).
      (schemes.every((s) => s === 'victim_report' || s === 'advance_fee') &&
        isOwnScamOverThenAPracticalAsk(lower)) ||
      // …or scam calls that keep coming, asked to be blocked, nothing given (scam_calls_that_keep_coming_asked_to_be_blocked.ts).
      (schemes.every((s) => s === 'victim_report') && isScamCallsAskedToBeBlocked(lower)) ||
      // …or one scam call seen through at once, its number asked to be flagged (scam_call_seen_through_at_once_number_asked_to_be_flagged.ts).
      (schemes.every((s) => s === 'victim_report') &&
        isScamCallSeenThroughAtOnceNumberAskedToBeFlagged(lower)) ||
      // …or a relative in trouble the customer spoke to directly, the money going to them
      // (relative_in_trouble_verified_with_them_directly.ts).
      isRelativeInTroubleVerifiedWithThemDirectly(lower) ||
      // …or someone else's scam that is over, asked about for them (someone_elses_scam_over_asked_about_for_them.ts).
      isSomeoneElsesScamOverAskedAboutForThem(lower) ||
      // …or someone else's scam call long past and reported, told before a general question
      // (someone_elses_scam_call_long_past_and_reported.ts).
      isSomeoneElsesScamCallLongPastAndReported(lower) ||
      // …or the bank's real number called by the customer, a card replaced, no scheme (banks_real_number_called_by_the_customer.ts).
      (schemes.length === 0 && isBanksRealNumberCalledByTheCustomer(lower)) ||
      // …or a public body's letter received by post, asked about, no scheme (official_letter_by_post_asked_about.ts).
      (schemes.length === 0 && isOfficialLetterByPostAskedAbout(lower)) ||
      (schemes.length === 0 &&
        (cue('reportFiled') ||
          cue('pastVictim') ||
          cue('scamContact') ||
          // A scam seen on the news or in a show, nearly fallen for, or said not to be the customer's own.
          cue('heardAbout') ||
          cue('nearMiss') ||
          cue('notTheirScam') ||
          (cue('checkedThemselves') && !cue('victim')) ||
          // The bank's own routine: its check in the customer's own payment, its notice of a new manager, its
          // fee for the customer's own cash withdrawal ("在泰国取钱要先交手续费吗", own_withdrawal_fee.ts), a
          // relative's written authority to act for them ("有他签的委托书", bank_routine.ts).
          ((cue('ownVerification') ||
            cue('managerChange') ||
            // The bank's own staff calling the customer in about a deposit maturing or a card ready (bank_routine.ts).
            cue('bankInvite') ||
            cue('ownWithdrawalFee') ||
            cue('mandate') ||
            // The branch's identity check for a large cash withdrawal ("the branch said I need two forms of ID").
            cue('branchIdCheck') ||
            // The real police's inquiry, helped in person or on paper (police_inquiry_in_person.ts).
            cue('policeInquiry') ||
            // A relative's remote help or shared screen, asked about for safety (family_remote_help.ts).
            cue('familyRemoteHelp')) &&
            !cue('victim') &&
            !cue('codeGiven')) ||
          // The customer's own pension certification asked about, nothing asked of them (own_pension_certification.ts).
          isOwnPensionCertification(lower) ||
          // The bank's own face or identity step, met at the branch or in the customer's own payment, asked about
          // (banks_own_identity_step_asked_about.ts).
          isBanksOwnIdentityStepAskedAbout(lower) ||
          // The branch's own check with the customer's family on a large withdrawal (branch_family_check.ts).
          (isBranchFamilyCheck(lower) && !cue('victim')) ||
          // A card a cash machine kept ("我卡被吞了", "the ATM ate my card"): the intent model hears a fraud report
          // in "卡被…了"; the retained-card article answers it (../../flows/card_kept_by_machine.ts).
          saysMachineKeptCard(lower)));
    const plainPayment = schemes.length === 0 && isPlainPayment(lower);
    // …or the customer's own home purchase fee paid with the agent in the room (home_purchase_fee_with_agent_present.ts).
    // …or the bond on a rental the customer has seen in person (rental_deposit_after_a_viewing.ts).
    const present =
      schemes.length === 0 &&
      (payeePresent(lower) ||
        isHomePurchaseFeeWithAgentPresent(lower) ||
        isRentalDepositAfterAViewing(lower) ||
        // …or cash for a second-hand item paid on seeing it (cash_paid_on_seeing_the_item.ts).
        isCashPaidOnSeeingTheItem(lower));
    // …or the customer's own business paying a trade bill (own_business_bill.ts).
    // …or the customer's own money into their own ordinary investment account (own_investment_account_top_up.ts).
    const knownPayee =
      schemes.length === 0 &&
      (isKnownPayee(lower) ||
        isOwnBusinessBill(lower) ||
        isOwnInvestmentAccountTopUp(lower) ||
        // …or a regular payee saved so its details need not be typed again (saving_a_regular_payee.ts).
        isSavingARegularPayee(lower) ||
        // …or a child's lesson fee to the child's own teacher (lesson_fee_to_a_childs_own_teacher.ts).
        isLessonFeeToAChildsOwnTeacher(lower) ||
        // …or the customer's own premium paid in the insurer's own app (own_policy_paid_in_the_insurers_own_app.ts).
        isOwnPolicyPaidInTheInsurersOwnApp(lower));
    // …or whether receiving money needs a PIN, nobody else in it (receiving_money_question.ts).
    // …or a loan to a friend made face to face, only the transfer's note asked (loan_to_a_friend_asked_as_a_transfer.ts).
    const transferQuestion =
      schemes.length === 0 &&
      (isTransferMechanicsQuestion(lower) ||
        isReceivingMoneyQuestion(lower) ||
        isLoanToAFriendAskedAsATransfer(lower) ||
        // …or a chargeback on the customer's own card payment to a merchant who overcharged (own_card_payment_disputed_after_an_overcharge.ts).
        isOwnCardPaymentDisputedAfterAnOvercharge(lower));
    // …or the vet for the customer's own pet, from their own card or limit (own_pets_vet_bill.ts).
    // …or a relative's hospital bill paid through the hospital's own account or window
    // (hospital_bill_paid_through_the_hospitals_own_channel.ts).
    const ownHospitalBill =
      schemes.length === 0 &&
      (isOwnHospitalBill(lower) || isOwnPetsVetBill(lower) || isHospitalBillPaidThroughItsOwnChannel(lower));
    const ownLifeEventBill = schemes.length === 0 && isOwnLifeEventBill(lower);
    const familyDisasterRelief = schemes.length === 0 && isFamilyDisasterRelief(lower);
    // …or the customer's own payment held by the bank's system, confirmed on the bank's call, asked to go again; neither
    // when the caller posed as the bank (an unknown number, the money to a new account:
    // own_payment_held_and_confirmed_on_the_banks_call.ts).
    const bankCheckConfirmed =
      schemes.length === 0 &&
      (isBankCheckConfirmed(lower) || isOwnPaymentHeldAndConfirmedOnTheBanksCall(lower)) &&
      !isCallerPosingAsTheBank(lower);
    const ownSalesReceipt = schemes.length === 0 && isOwnSalesReceipt(lower);
    const helpingOlderRelative = schemes.length === 0 && isHelpingAnOlderRelative(lower);
    const merchantChargeback = schemes.length === 0 && isMerchantChargeback(lower);
    const longStandingSupplier = schemes.length === 0 && isLongStandingSupplier(lower);
    // A buyer met in person, or a landlord refunding, paying the customer (own_thing_sold_to_someone_met.ts,
    // refund_owed_by_ones_landlord_or_provider.ts).
    const paidBySomeoneDealtWith =
      schemes.length === 0 &&
      (isOwnThingSoldToSomeoneMet(lower) ||
        isRefundOwedByOnesLandlordOrProvider(lower) ||
        // …or damages paid by whoever caused them ("对方赔我两千…要卡号还是手机号", damages_paid_to_the_customer.ts).
        isDamagesPaidToTheCustomer(lower) ||
        // …or the customer's own insurance claim, settled ("平安那边定损完了…问我要收款账户", insurance_claim_paid_to_the_customer.ts).
        isInsuranceClaimPaidToTheCustomer(lower));
    // …or the customer's receiving details asked for by a new employer or a buyer (details_given_to_be_paid.ts).
    const ownMoneyComingIn =
      paidBySomeoneDealtWith ||
      (schemes.length === 0 &&
        (isOwnMoneyComingIn(lower) ||
          isDetailsGivenToBePaid(lower) ||
          // …or a refund of the customer's own purchase from the merchant, asked after (merchant_refund_awaited.ts).
          isMerchantRefundAwaited(lower) ||
          // …or the customer's own sale paid through a platform's own checkout (sold_through_the_platforms_checkout.ts).
          isSoldThroughThePlatformsCheckout(lower)));
    return {
      score: Math.round((1 - keep) * 1000) / 1000,
      schemes,
      preventionQuestion,
      declined,
      refusedOutright,
      settled,
      plainPayment,
      payeePresent: present,
      knownPayee,
      transferQuestion,
      ownHospitalBill,
      ownLifeEventBill,
      familyDisasterRelief,
      bankCheckConfirmed,
      ownSalesReceipt,
      helpingOlderRelative,
      merchantChargeback,
      longStandingSupplier,
      ownMoneyComingIn,
      paidBySomeoneDealtWith,
      banksOwnAppointment: schemes.length === 0 && isBanksOwnVideoAppointment(named),
      neighboursGroupBuy: schemes.length === 0 && isNeighboursGroupBuy(lower),
      ownCardLostAndReported: schemes.length === 0 && isOwnCardLostOrStolenAndReported(lower),
      ownCodeAskedForAgain: schemes.length === 0 && isOwnCodeAskedForAgain(lower),
      ownNewPhoneLogin: schemes.length === 0 && isOwnNewPhoneLoginWithOwnCode(lower),
      protectiveSettingAsked: schemes.length === 0 && isProtectiveCardSettingAsked(lower),
    };
  }
}
