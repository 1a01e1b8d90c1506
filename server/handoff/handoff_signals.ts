/**
 * Everything the handoff policy looks at for one customer message: its sentiment (and the conversation's
 * trend after it), whether it repeats an earlier question, fraud risk, an explicit ask for a person, and
 * the trained handoff model's probabilities. `score()` reads one message once (rules and model);
 * `read()` adds the conversation's state (trend, repetition). The turn steps share one `read()` per turn
 * through `TurnSignalsCache`.
 */
import { holdsAStaffWordOnlyByLook } from './staff_word_look_alike.ts';
import { isAgentHoursQuestion } from './agent_hours_question.ts';
import { withoutManualReviewStatus } from './manual_review_status.ts';
import { withoutAFundsNewManager } from './a_funds_new_manager.ts';
import { isCallForHelp } from './call_for_help.ts';
import { isVagueOpener } from '../dialogue/vague_opener.ts';
import { isExplicitComplaint } from './explicit_complaint.ts';
import { isFollowUpQuestion } from '../dialogue/follow_up_question.ts';
import { isLanguageQuestion } from './language_question.ts';
import { isSmallTalkRequest } from './small_talk_request.ts';
import { isSpeakerRequest } from './speaker_request.ts';
import { isIndividualCustomerQuestion } from './individual_customer.ts';
import { isContactQuestion, isDeclinedHumanRequest, isExplicitHumanRequest } from './explicit_request.ts';
import { FraudDetector, type FraudAssessment } from './fraud/fraud_detector.ts';
import { withoutModelFraudOnAnOrdinaryMatter } from './fraud/model_fraud_reading_set_aside.ts';
import type { HandoffExtension } from './handoff_extension.ts';
import { messageLocale, type HandoffModel, type HandoffModelScores } from './model/handoff_model.ts';
import { asksWhatTheAssistantIs } from './assistant_nature_question.ts';
import { asksForStaffWhoSpeakALanguage } from './staff_who_speaks_a_language.ts';
import { asksForAFraudSpecialist } from './fraud/fraud_specialist_asked_for.ts';
import { isCalmAntiFraudAdviceCheck } from './fraud/anti_fraud_advice_quoted.ts';
import {
  messageSignature,
  RECENT_MESSAGES,
  repeatCount,
  type MessageSignature,
} from './sentiment/question_repetition.ts';
import { RuleSentimentScorer, type SentimentAnalysis } from './sentiment/sentiment_scorer.ts';
import { nextTrend, type SentimentTrend } from './sentiment/sentiment_trend.ts';
import { isTimeOrAmountAnswer } from './sentiment/points_in_time.ts';
import { isCalmStuckAppReport } from './sentiment/stuck_app_report.ts';
import { isCalmKeptCardReport } from './sentiment/kept_card_report.ts';
import { isCalmSpendingQuestion } from './sentiment/spending_question.ts';
import { isCalmSelfCorrection } from './sentiment/self_correction.ts';
import { isCalmWhichSideQuestion } from './sentiment/which_side_question.ts';
import { isCalmUpdateBreakageReport } from './sentiment/broken_by_an_update.ts';
import { isCalmProtectiveLimitRequest } from './sentiment/protective_limit_request.ts';
import { isCalmErrandToAutomate } from './sentiment/errand_to_automate.ts';
import { isCalmCheckQuestion } from './sentiment/calm_check_question.ts';
import { isCalmCodeNotReceived } from './sentiment/code_not_received.ts';
import { isCalmCashNotDispensed } from './sentiment/cash_not_dispensed.ts';
import { isCalmFailedPaymentDebited } from './sentiment/failed_payment_debited.ts';
import { isCalmAppFaultReportWithDevice } from './sentiment/app_fault_report_with_device.ts';
import { isCalmDeclinedThoughTheMoneyIsThere } from './sentiment/declined_though_the_money_is_there.ts';
import { isCalmChargeAskedAhead } from './sentiment/charge_asked_ahead.ts';
import { isCalmSameDayArrivalQuestion } from './sentiment/same_day_arrival_question.ts';
import { isCalmMachineTookPayment } from './sentiment/machine_took_the_payment.ts';
import { isCalmLateHourPaymentQuestion } from './sentiment/late_hour_payment_question.ts';
import { isCalmEitherOrQuestion } from './sentiment/either_or_question.ts';
import { isCalmPoliteReport } from './sentiment/polite_report_of_a_possible_error.ts';
import { isCalmDelayJustPastAPromiseAskedToBeTracked } from './sentiment/delay_just_past_a_promised_period_asked_to_be_tracked.ts';
import { isCalmBanksIdRuleAskedAbout } from './sentiment/banks_id_rule_asked_about.ts';
import { isCalmFaultStillThereAfterWhatWasTried } from './sentiment/fault_still_there_after_what_was_tried.ts';
import { isAccountReviewNotice } from './fraud/account_review_notice.ts';
import { isOwnMistakenTransfer } from './fraud/own_mistaken_transfer.ts';
import { isOwnChildAccountQuestion } from './fraud/own_child_account.ts';
import { isAssistantNatureAskedInJest } from './assistant_nature_asked_in_jest.ts';
import { isAssistantNatureInPassing } from './assistant_nature_in_passing.ts';
import { isCalmOwnWrongPin } from './sentiment/own_wrong_pin.ts';
import { isCalmPressedByMistake } from './sentiment/pressed_by_mistake.ts';
import { isCalmSentHereByStaff } from './sent_here_by_staff.ts';
import { isCalmSentToAnAppFeatureByBranchStaff } from './sent_to_an_app_feature_by_branch_staff.ts';
import { isPersonNeededOrDoneHereInstead } from './person_needed_or_done_here_instead.ts';
import { cameInAsTheBanksStaffAsked } from './came_in_as_the_banks_staff_asked.ts';
import { isPlaceOrMachineSought } from './place_or_machine_sought.ts';
import { requestAfterOffTopicVent } from './sentiment/off_topic_clause.ts';
import { isGibberish } from './gibberish.ts';
import { isPhoneNumberAnswer } from '../nlu/phone_number_answer.ts';
import { isCodeAnswer } from '../nlu/code_answer.ts';
import { LruMemo } from '../nlu/lru_memo.ts';

/** What one message says on its own, whatever the conversation before it. */
export interface MessageSignals {
  sentiment: SentimentAnalysis;
  fraud: FraudAssessment;
  explicit: boolean;
  /**
   * Says they want to complain ("我要投诉", "I'd like to file a complaint"): a complaint whatever the model's
   * calm reading (`explicit_complaint.ts`).
   */
  explicitComplaint: boolean;
  /** Asks for a phone number or other contact details. */
  contactQuestion: boolean;
  /** Says no person is needed ("不用转人工了", "no need for an agent"). */
  declinedAsk: boolean;
  /** A bare call for help ("help", "帮帮我"): the assistant's menu, not a person (`call_for_help.ts`). */
  callForHelp: boolean;
  /**
   * Only a code or a PIN given with its name ("我收到的验证码：204806", "my otp: 124219"): an answer to the bank's
   * own verification, no scam story (`../nlu/code_answer.ts`).
   */
  codeAnswer: boolean;
  /**
   * Only says there is a question or a problem ("I have a problem", "我有个问题"): the assistant asks what about,
   * no complaint and no ask for a person (`../dialogue/vague_opener.ts`).
   */
  vagueOpener: boolean;
  /** Asks which language the assistant speaks ("can you speak English?"), not for a person. */
  languageQuestion: boolean;
  /**
   * Asks when agents are there ("那人工什么时候上班", "when will someone be available?"): answered with the service
   * hours, no ask for a person now (`agent_hours_question.ts`).
   */
  agentHoursQuestion: boolean;
  /** Asks for small talk ("tell me a joke", "讲个笑话"), which is no anger. */
  smallTalk: boolean;
  /**
   * Asks the bank to send someone to give a talk at the customer's company ("能不能派个人过来给员工讲一讲"): an event to
   * arrange, no ask for a person now (`speaker_request.ts`).
   */
  speakerRequest?: boolean;
  /**
   * A calm report that the bank's own code has not come ("等了好几分钟都没验证码", "OTP not coming"): no fraud report
   * and no complaint (`sentiment/code_not_received.ts`).
   */
  codeNotReceived?: boolean;
  /**
   * A calm report that a cash machine debited the account but gave out no or too little cash: a machine fault, no
   * fraud report (`sentiment/cash_not_dispensed.ts`).
   */
  cashNotDispensed?: boolean;
  /**
   * A calm report that a payment to a shop or a service failed yet was debited ("UPI payment failed but the money was
   * debited, please reverse"): a fault of the payment rails, no fraud report (`sentiment/failed_payment_debited.ts`).
   */
  failedPaymentDebited?: boolean;
  /** "个人能不能办支票本": 个人 is the customer as an individual, no ask for a person (`individual_customer.ts`). */
  individualCustomer?: boolean;
  /** The only word for a person is a look-alike: 工人工资, 本人工行卡, "a banker's draft" (`staff_word_look_alike.ts`). */
  staffWordOnlyByLook?: boolean;
  /**
   * The bank's staff sent the customer here or back through the app, calmly ("one of your staff phoned… told me to
   * contact you back through the app", sent_here_by_staff.ts): the model's ask for a person is set aside.
   */
  sentHereByStaff?: boolean;
  /**
   * Whether a person is needed, asked with the wish to do it here instead ("do I need to speak to anyone…, or can I do it
   * here?", person_needed_or_done_here_instead.ts): the model's ask for a person is set aside.
   */
  doneHereInstead?: boolean;
  /**
   * Came to the branch as their own member of staff asked and asks where to go ("客户经理让我本人过来签字，我到了，去几号窗口",
   * came_in_as_the_banks_staff_asked.ts): no scam told (with no scam pattern read), no person asked for.
   */
  cameInAsStaffAsked?: boolean;
  /** Seeks a machine or a place of the bank ("帮我找一个最近的取款机", place_or_machine_sought.ts): no ask for a person. */
  placeSought?: boolean;
  /**
   * Asks about the bank's own account review seen in its app ("App首页提示我账户被风控了，让补身份证说明资金用途"): no fraud
   * report (`fraud/account_review_notice.ts`).
   */
  accountReviewNotice?: boolean;
  /**
   * The customer's own mistaken payment ("手一抖输错了一位账号", "accidentally transferred 5k to a stranger"): no fraud
   * report (`fraud/own_mistaken_transfer.ts`).
   */
  ownMistakenTransfer?: boolean;
  /**
   * A parent asks how their own young child gets a card ("我儿子今年十五了 非要自己办张卡 要咋弄"): no money mule
   * (`fraud/own_child_account.ts`).
   */
  ownChildAccount?: boolean;
  /** A short follow-up question about something else ("and euro?", "那欧元呢"). */
  followUp: boolean;
  /** The trained handoff model's reading; null when no model is loaded. */
  model: HandoffModelScores | null;
}

export interface TurnSignals extends MessageSignals {
  /** This turn's score after the repeated-question penalty. */
  turnScore: number;
  trend: SentimentTrend;
  /** How many recent messages this one repeats. */
  repeats: number;
  /** The session's handoff state with this turn's trend and signature added. */
  next: HandoffExtension;
}

/** A letter or a Han character. */
const WORD = /\p{L}/u;

/** Penalty on a turn that repeats one / several earlier questions. */
const REPEAT_PENALTY = [0, -0.35, -0.6] as const;

/** One message's signals (shared by every turn that sends the same text: read-only) and its signature. */
interface ScoredMessage {
  readonly signals: MessageSignals;
  readonly signature: MessageSignature;
}

/**
 * "my transfer hasn't arrived yet, when will it?", "昨天存的钱今天查不到，是不是要等一天？": a calm question whether a
 * payment's delay is normal (the lexicon finds nothing negative, sarcastic or repeated in it,
 * `sentiment/delay_question.ts`) is no frustration, though the model hears it in "hasn't arrived" / 查不到. Only
 * the model's frustration is set aside: its ask for a person and its fraud reading stand.
 */
function withoutDelayFrustration(m: HandoffModelScores, sentiment: SentimentAnalysis): HandoffModelScores {
  if (!sentiment.calmDelayQuestion || !m.escalate || m.explicit >= m.frustrated) return m;
  return { ...m, escalate: false };
}

/**
 * "一直转圈", "i reinstalled, still the same": a calm report of a stuck app is no frustration
 * (`sentiment/stuck_app_report.ts`), though the model hears it in 一直 / "still the same". Only its frustration
 * is set aside, as for a calm delay question.
 */
function withoutStuckAppFrustration(
  m: HandoffModelScores,
  text: string,
  sentiment: SentimentAnalysis,
): HandoffModelScores {
  if (!m.escalate || m.explicit >= m.frustrated || !isCalmStuckAppReport(text, sentiment)) return m;
  return { ...m, escalate: false };
}

/**
 * "how much did I spend this week", "我这周都花哪了": a calm question about what the customer spent asks for their
 * transactions (`sentiment/spending_question.ts`), though the model hears frustration in "spent" / 花了 and the
 * week. Only its frustration is set aside, as for a calm delay question.
 */
function withoutSpendingFrustration(
  m: HandoffModelScores,
  text: string,
  sentiment: SentimentAnalysis,
): HandoffModelScores {
  if (!m.escalate || m.explicit >= m.frustrated || !isCalmSpendingQuestion(text, sentiment)) return m;
  return { ...m, escalate: false };
}

/**
 * "卡吐不出来了", "the atm keeps my card and won't give it back": a calm report of a card a cash machine kept
 * (`sentiment/kept_card_report.ts`), though the model hears frustration in 不出来 / "won't give". Only its
 * frustration is set aside, as for a calm delay question.
 */
function withoutKeptCardFrustration(
  m: HandoffModelScores,
  text: string,
  sentiment: SentimentAnalysis,
): HandoffModelScores {
  if (!m.escalate || m.explicit >= m.frustrated || !isCalmKeptCardReport(text, sentiment)) return m;
  return { ...m, escalate: false };
}

/**
 * Calm reports that are both signals of their own (the policy answers them) and reasons to set the model's
 * frustration aside: computed once per message.
 */
interface CalmReportSignals {
  codeNotReceived: boolean;
  cashNotDispensed: boolean;
  failedPaymentDebited: boolean;
  sentHereByStaff: boolean;
}

function calmReportSignals(text: string, sentiment: SentimentAnalysis): CalmReportSignals {
  return {
    codeNotReceived: isCalmCodeNotReceived(text, sentiment),
    cashNotDispensed: isCalmCashNotDispensed(text, sentiment),
    failedPaymentDebited: isCalmFailedPaymentDebited(text, sentiment),
    // "客服说在这可以查扣款记录我想看看都扣了啥" (sent_here_by_staff.ts), or to a feature of the app by staff in the
    // branch (sent_to_an_app_feature_by_branch_staff.ts).
    sentHereByStaff:
      isCalmSentHereByStaff(text, sentiment) || isCalmSentToAnAppFeatureByBranchStaff(text, sentiment),
  };
}

/**
 * "ETC扣了两次费 是高速那边的问题还是你们这边的": a calm question whose side a problem is on
 * (`sentiment/which_side_question.ts`), and "Face ID stopped working after the iOS update. Any fix?": a calm
 * report of something an update stopped, asking for a fix (`sentiment/broken_by_an_update.ts`), and "oh wait, I
 * meant to Zhang San": a calm correction of what the customer just said (`sentiment/self_correction.ts`), and "老收到
 * “您的账户异常请回电”…能不能把他的卡设成只能在柜台大额转账": a calm request to restrict a card after suspicious messages
 * (`sentiment/protective_limit_request.ts`), and "那个水费 每个月我都要跑一趟 能不能从卡上自动扣": a calm request to automate a
 * payment made by hand every month (`sentiment/errand_to_automate.ts`), and "人脸识别做了三次都没过，还有别的验证办法吗": a calm question about a
 * check or a hold of the bank's own (`sentiment/calm_check_question.ts`), and "app一直转圈圈打不开 是在维护吗": a calm
 * question whether the app is down for maintenance (`sentiment/outage_question.ts`); so are a code that has not come
 * (`sentiment/code_not_received.ts`), a cash machine that gave out too little (`sentiment/cash_not_dispensed.ts`), a
 * charge asked about ahead (`sentiment/charge_asked_ahead.ts`), a transfer or top-up sent today asked after
 * (`sentiment/same_day_arrival_question.ts`), the bank's own account review (`fraud/account_review_notice.ts`) and
 * the customer's own wrong PIN (`sentiment/own_wrong_pin.ts`). The model
 * hears frustration in the charge, in "stopped working" or in "oh wait"; only its frustration is set aside, as for
 * a delay question.
 */
function withoutCalmQuestionFrustration(
  m: HandoffModelScores,
  text: string,
  sentiment: SentimentAnalysis,
  known: CalmReportSignals,
): HandoffModelScores {
  if (!m.escalate || m.explicit >= m.frustrated) return m;
  if (
    !isCalmWhichSideQuestion(text, sentiment) &&
    !isCalmUpdateBreakageReport(text, sentiment) &&
    !isCalmSelfCorrection(text, sentiment) &&
    !isCalmProtectiveLimitRequest(text, sentiment) &&
    !isCalmErrandToAutomate(text, sentiment) &&
    !isCalmCheckQuestion(text, sentiment) &&
    !known.codeNotReceived &&
    !known.cashNotDispensed &&
    // "UPI payment failed but debited", "app一点明细就闪退，华为mate60…麻烦看看" or "Good morning… the app logs me out…
    // Is this a known issue? Pixel 7.", "card declined but my balance is fine"
    // (sentiment/failed_payment_debited.ts, sentiment/app_fault_report_with_device.ts,
    // sentiment/declined_though_the_money_is_there.ts).
    !known.failedPaymentDebited &&
    !isCalmAppFaultReportWithDevice(text, sentiment) &&
    !isCalmDeclinedThoughTheMoneyIsThere(text, sentiment) &&
    !isCalmChargeAskedAhead(text, sentiment) &&
    !isCalmSameDayArrivalQuestion(text, sentiment) &&
    // "vending machine ate my card payment, worth disputing?" (sentiment/machine_took_the_payment.ts).
    !isCalmMachineTookPayment(text, sentiment) &&
    // "员工工资半夜发行不行": paying staff after closing time, asked calmly (sentiment/late_hour_payment_question.ts).
    !isCalmLateHourPaymentQuestion(text, sentiment) &&
    // "商户结算是T+1还是D+0": a short question between two options (sentiment/either_or_question.ts).
    !isCalmEitherOrQuestion(text, sentiment) &&
    !(isAccountReviewNotice(text) && !sentiment.threat) &&
    !isCalmOwnWrongPin(text, sentiment) &&
    // "哎呀不好意思按错了我在等叫号呢": the screen touched by mistake (sentiment/pressed_by_mistake.ts).
    !isCalmPressedByMistake(text, sentiment) &&
    // "客服说在这可以查扣款记录我想看看都扣了啥", "the staff said to use the video assist feature in the app": sent
    // here, or to a feature of the app, by the bank's staff.
    !known.sentHereByStaff &&
    // "我哥是警察，他老说验证码谁都不能给…你们也是这么规定的吧": anti-fraud advice checked (fraud/anti_fraud_advice_quoted.ts).
    !isCalmAntiFraudAdviceCheck(text, sentiment) &&
    sentiment.calmOutageQuestion !== true &&
    // "Hello, I think the fee went out twice. Could you look into it?" (sentiment/polite_report_of_a_possible_error.ts).
    !isCalmPoliteReport(text, sentiment) &&
    // "…said 5 working days. It's day 7. Is there any tracking?"
    // (sentiment/delay_just_past_a_promised_period_asked_to_be_tracked.ts).
    !isCalmDelayJustPastAPromiseAskedToBeTracked(text, sentiment) &&
    // "The teller asked for 2 IDs before my withdrawal. Is that the rule now?" (sentiment/banks_id_rule_asked_about.ts).
    !isCalmBanksIdRuleAskedAbout(text, sentiment) &&
    // "网银导出的对账单PDF打不开…换了三台电脑都一样": a calm fault report telling what was tried
    // (sentiment/fault_still_there_after_what_was_tried.ts).
    !isCalmFaultStillThereAfterWhatWasTried(text, sentiment)
  )
    return m;
  return { ...m, escalate: false };
}

/**
 * "被老板骂了一上午真想辞职。工资卡能换成你们家的吗", "物业一个月了都不来修电梯…顺便问下养老金这个月到了没": anger only at
 * the boss, the property manager, a shop or the traffic first (`sentiment/off_topic_clause.ts`), then a plain
 * request of the bank. The model hears frustration in the vent; when the lexicon finds nothing negative said of
 * the bank (no threat, sarcasm, repetition or shouting) and the model reads the request after the vent calmly,
 * only its frustration is set aside, as for a calm delay question. A landlord's nagging told after the bank's own
 * delay is its consequence, and stands.
 */
function withoutOffTopicFrustration(
  m: HandoffModelScores,
  text: string,
  sentiment: SentimentAnalysis,
  model: HandoffModel,
): HandoffModelScores {
  if (!m.escalate || m.explicit >= m.frustrated) return m;
  if (sentiment.threat || sentiment.sarcasm || sentiment.repetition || sentiment.shouting) return m;
  // "…人真的快撑不住了……想问下…消费贷": a word the lexicon reads as kind (快) is no anger at the bank.
  if (sentiment.terms.length > 0 && !sentiment.offTopicOnly && sentiment.score < 0) return m;
  const rest = requestAfterOffTopicVent(text.toLowerCase().replace(/[’‘]/g, "'"));
  if (rest === null) return m;
  const r = model.score(rest);
  return r.escalate ? m : { ...m, escalate: false };
}

export class HandoffSignalReader {
  /**
   * Per-message signals are a pure function of the text, and customers repeat the same short messages and
   * quick replies, so they are remembered (bounded, least recently used first).
   */
  private readonly memo: LruMemo<ScoredMessage>;

  constructor(
    private readonly alpha: number,
    private readonly model: HandoffModel | null = null,
    private readonly scorer = new RuleSentimentScorer(),
    private readonly detector = new FraudDetector(),
    cacheSize = 20_000,
  ) {
    this.memo = new LruMemo(cacheSize);
  }

  /** Every per-message signal, each computed once (the model extracts the message's features once). */
  score(text: string): MessageSignals {
    return this.scored(text).signals;
  }

  /** Computes every signal of each text past the cache (nothing remembered): warms cold code at start. */
  warmUp(texts: readonly string[]): void {
    for (const text of texts) this.compute(text);
  }

  private scored(text: string): ScoredMessage {
    return this.memo.get(text, () => this.compute(text));
  }

  private compute(text: string): ScoredMessage {
    const sentiment = this.scorer.analyze(text);
    const fraud = this.detector.assess(text);
    const agentHoursQuestion = isAgentHoursQuestion(text);
    const known = calmReportSignals(text, sentiment);
    const signals: MessageSignals = {
      sentiment,
      fraud,
      // "你是真人吗" / "am I talking to a bot?" is an ask for a person by the team's labelling, however the model
      // reads it (assistant_nature_question.ts; the reply also says it is the virtual assistant).
      explicit:
        // "显示“处理中，需人工审核”，一般要审核多久": the bank's manual review named as a state (manual_review_status.ts).
        // …nor a fund's new manager ("基金换经理了，赎不赎", a_funds_new_manager.ts).
        isExplicitHumanRequest(withoutAFundsNewManager(withoutManualReviewStatus(text))) ||
        // …not asked in jest beside a request ("你是机器人还是真人啊…哈哈。最近的网点在哪", assistant_nature_asked_in_jest.ts).
        // …nor in passing before a plain request ("你是真人吗？算了不管了，帮我查下…", "quicker than a real person…",
        // assistant_nature_in_passing.ts).
        (asksWhatTheAssistantIs(text, messageLocale(text)) &&
          !isAssistantNatureAskedInJest(text) &&
          !isAssistantNatureInPassing(text)) ||
        asksForStaffWhoSpeakALanguage(text) ||
        // "麻烦帮我接一下反诈专员", "put me through to a fraud specialist" (fraud/fraud_specialist_asked_for.ts).
        asksForAFraudSpecialist(text),
      explicitComplaint: isExplicitComplaint(text),
      contactQuestion: isContactQuestion(text),
      declinedAsk: isDeclinedHumanRequest(text),
      callForHelp: isCallForHelp(text),
      codeAnswer: isCodeAnswer(text),
      vagueOpener: isVagueOpener(text),
      languageQuestion: isLanguageQuestion(text),
      agentHoursQuestion,
      smallTalk: isSmallTalkRequest(text),
      speakerRequest: isSpeakerRequest(text),
      ...known,
      individualCustomer: isIndividualCustomerQuestion(text),
      staffWordOnlyByLook: holdsAStaffWordOnlyByLook(text),
      doneHereInstead: isPersonNeededOrDoneHereInstead(text),
      cameInAsStaffAsked: cameInAsTheBanksStaffAsked(text),
      placeSought: isPlaceOrMachineSought(text),
      accountReviewNotice: isAccountReviewNotice(text),
      ownMistakenTransfer: isOwnMistakenTransfer(text),
      ownChildAccount: isOwnChildAccountQuestion(text),
      followUp: isFollowUpQuestion(text),
      // …its fraud alarm set aside for a seller met in person or a posted letter (fraud/model_fraud_reading_set_aside.ts).
      model: withoutModelFraudOnAnOrdinaryMatter(this.modelReading(text, sentiment, known), text, fraud),
    };
    return { signals, signature: messageSignature(text) };
  }

  /**
   * The model's reading, with what it is known to misread set aside. A message without a word ("13800000001",
   * "135790": answers to a flow), a time, a day or an amount on its own ("下午3点", "this week", "三千") and
   * keyboard mash ("blah blah 123 qwerty", `gibberish.ts`) give it nothing to read. Its frustration does not
   * stand for a calm delay question, a calm report of a stuck app or of a card a cash machine kept, a calm
   * question about what was spent or whose side a problem is on, or a calm report of what an update stopped.
   */
  private modelReading(
    text: string,
    sentiment: SentimentAnalysis,
    known: CalmReportSignals,
  ): HandoffModelScores | null {
    const model = this.model;
    if (
      !model ||
      !WORD.test(text) ||
      isTimeOrAmountAnswer(text) ||
      isPhoneNumberAnswer(text) ||
      isCodeAnswer(text) ||
      isGibberish(text)
    )
      return null;
    const m = withoutStuckAppFrustration(
      withoutDelayFrustration(model.score(text), sentiment),
      text,
      sentiment,
    );
    return withoutOffTopicFrustration(
      withoutCalmQuestionFrustration(
        withoutKeptCardFrustration(withoutSpendingFrustration(m, text, sentiment), text, sentiment),
        text,
        sentiment,
        known,
      ),
      text,
      sentiment,
      model,
    );
  }

  read(text: string, prev: HandoffExtension): TurnSignals {
    const { signals, signature } = this.scored(text);
    const repeats = repeatCount(signature, prev.recent);
    const penalty = REPEAT_PENALTY[Math.min(repeats, 2)] ?? 0;
    const turnScore = Math.max(-1, signals.sentiment.score + penalty);
    const trend = nextTrend({ value: prev.trend, series: prev.series }, turnScore, this.alpha);
    return {
      ...signals,
      turnScore,
      trend,
      repeats,
      next: {
        ...prev,
        trend: trend.value,
        series: trend.series,
        recent: [...prev.recent, signature].slice(-RECENT_MESSAGES),
      },
    };
  }
}
