/**
 * Offline sentiment and frustration score of one customer message, in [-1, 1] (negative = upset), from the
 * zh-CN and en lexicons plus rules for negation (不是不满意, "not unhappy"), intensity (非常/太, "very", "!!!",
 * CAPS), sarcasm (呵呵, "great, just great"), claims of repetition (我都说了三遍了, "third time I'm asking")
 * and threats to complain or leave (投诉, 12378, "report you", 销户 in an angry frame).
 * Both lexicons apply to every message: customers mix languages ("我要 complain").
 */
import { withoutDissatisfactionAskedInGeneral } from './complaint_route_or_deadline_asked_in_general.ts';
import { isCalmDelayQuestion, withoutDelayWords } from './delay_question.ts';
import { isCalmLoginProblemQuestion, withoutLoginSymptom } from './login_problem_question.ts';
import { isCheckQuestionText, withoutCheckWords } from './calm_check_question.ts';
import { isCalmOutageQuestion, withoutOutageSymptom } from './outage_question.ts';
import { withoutFeeQuestions } from './fee_question.ts';
import { withoutReliefThatNobody } from './relief_that_nobody_fell_for_it.ts';
import { isCodeNotReceivedText, withoutCodeWait } from './code_not_received.ts';
import { isSameDayArrivalText, withoutNotYet } from './same_day_arrival_question.ts';
import { isUsualPaydayAskedAfter } from './usual_payday_asked_after.ts';
import { isAppFaultReportWithDeviceText, withoutAppFaultWords } from './app_fault_report_with_device.ts';
import { isOwnWrongPinText, withoutTriesAndLock } from './own_wrong_pin.ts';
import { hasPracticalClosureReason, isPlainClosureRequest } from './practical_closure.ts';
import { isResolvedOnItsOwn } from '../../dialogue/resolved_on_its_own.ts';
import type { Locale } from '../../protocol/protocol.ts';
import type { SentimentScorer } from '../../pipeline/understand_stage.ts';
import {
  anyMatch,
  compileLexicons,
  gap,
  matchTerms,
  type CompiledLexicon,
  type MatchedTerm,
} from './lexicon.ts';
import { ATTEMPT_COUNT, ATTEMPT_PENALTY } from './attempt_count.ts';
import { withoutAppBehaviourAskedAsASetting } from './app_behaviour_asked_about_as_a_setting.ts';
import { withoutRecurringStepToSave } from './recurring_step_to_save.ts';
import { withoutShareOutOfLiking } from './shared_out_of_liking.ts';
import { consequentialLoss } from './consequential_loss.ts';
import { annoyedEmojiWeight, repeatedPoliteEmoji } from './emoji_tone.ts';
import { EN_LEXICON } from './lexicon_en.ts';
import { ZH_LEXICON } from './lexicon_zh.ts';
import { offTopicSpans } from './off_topic_clause.ts';
import { SELF_BLAME, selfBlameSpans } from './self_blame.ts';
import { otherBankComparison } from './other_bank_comparison.ts';
import { periodOverrun } from './period_overrun.ts';
import { wastedTrip } from './wasted_trip.ts';
import { withinPromisedPeriod } from './promised_period.ts';
import { RECURRENCE_PENALTY, recurringProblem } from './recurring_problem.ts';
import { someoneElsesFeelingSpans } from './someone_elses_feeling.ts';
import { fearedScamSpans } from './feared_scam.ts';
import { unwantedCallSpans } from './unwanted_calls.ts';
import { someoneElsesPhoneUnansweredSpans } from './someone_elses_phone_unanswered.ts';
import { callerCaughtOutSpans } from './caller_caught_out.ts';
import { PAYMENT_AND_TAX_ACRONYMS } from './payment_and_tax_acronyms.ts';
import { tripWorriedAheadSpans } from './trip_worried_ahead.ts';
import { withoutOwnChoiceOnPurpose } from './own_choice_on_purpose.ts';
import { withoutPoliteRequestWord } from './polite_request_word.ts';
import { timeSpentPreparingSpans } from './time_spent_preparing.ts';
import { scamCallsNuisanceSpans } from '../fraud/scam_calls_that_keep_coming_asked_to_be_blocked.ts';
import { isPoliteReportText } from './polite_report_of_a_possible_error.ts';
import { isDelayJustPastAPromiseAskedToBeTrackedText } from './delay_just_past_a_promised_period_asked_to_be_tracked.ts';
import { spamTextReportedAsIgnoredSpans } from './spam_text_reported_as_ignored.ts';
import { lossToAScammerToldAsPastSpans } from './a_loss_to_a_scammer_told_as_past.ts';
import { isBanksIdRuleAskedAboutText, withoutIdAsk } from './banks_id_rule_asked_about.ts';

export type ThreatLevel = 'strong' | 'weak';

export interface SentimentAnalysis {
  /** In [-1, 1]; negative is upset. */
  score: number;
  /** A threat to complain, go to the regulator or the media, or to leave the bank in an angry frame. */
  threat: ThreatLevel | null;
  sarcasm: boolean;
  /** The customer says they have had to repeat themselves. */
  repetition: boolean;
  /** Several exclamation marks or an upper-case shout. */
  shouting: boolean;
  /** The customer says it is not a complaint ("不是投诉", "not a complaint"), or calmly asks about the
   * complaint procedure or a complaint already settled. */
  deniesComplaint: boolean;
  /** The customer says the problem is sorted now ("works now", "现在正常了"), without a question about it, or
   * the whole message says it resolved itself or is no longer needed ("never mind, I found it", "算了，找到了",
   * `resolved_on_its_own.ts`). */
  resolved: boolean;
  /** The sentiment terms that counted, for explanations in the agent console. */
  terms: string[];
  /** Every anger word was about something other than the bank ("今天这天气太糟糕了，网点还开门吗"), with no
   * sarcasm, repetition, waiting, accusation or threat beside it. */
  offTopicOnly: boolean;
  /**
   * A calm question whether a payment's delay is normal or when it will arrive ("my transfer hasn't arrived yet,
   * when will it?", "还要再等等吗", delay_question.ts), with at most mild problem words ("显示失败") and nothing
   * clearly negative, sarcastic or repeated in it.
   */
  calmDelayQuestion?: boolean;
  /**
   * A calm question whether the app is down for maintenance ("app一直转圈圈打不开 是在维护吗", "App keeps loading
   * forever, is there maintenance going on?", outage_question.ts), with nothing negative left beside its symptom.
   */
  calmOutageQuestion?: boolean;
}

/** Words a term may be from its negator or intensifier (Han characters / Latin words). */
const WINDOW = { han: 4, latin: 3 } as const;
/** Negator weight that marks an imperative (别, 不要): the sentiment is kept, not flipped. */
const IMPERATIVE = 0;
/** The most that mild words add up to (tanh(-0.4) ≈ -0.38, above the default threshold). */
const MILD_CAP = -0.4;
/**
 * A question about it, or a problem back again ("is it fixed yet?", "it broke again", "又不行了"), or a fix only
 * promised and never made ("someone promises it's fixed. It is never fixed", "每次都说修好了，从来没好过").
 */
const UNRESOLVED =
  /[?？]|吗|\b(yet|is it|has it)\b|\b(broke|broken|stopped|fails|failing|failed) again\b|\bstill (not|no|doesn'?t|isn'?t|won'?t|can'?t)\b|又(坏|不行|出错|失败|卡)|还是(不行|没|不)|\bnever (gets |got |been |is |was )?(fixed|sorted|resolved)\b|\b(promise[sd]?|promising|swears?|swore|assures?|assured|claims?|claimed) (me )?(that )?(it'?s|it is|it was|it'?ll|it will|it'?d|it would)( be)? (fixed|sorted|resolved)\b|(从来|就|根本)没(有)?(修好|解决|好)过?/;
/** A conditional clause supposing dissatisfaction (not "again": "要是再不满意" is a complaint). */
const SUPPOSED_DISSATISFACTION =
  /(如果|要是|假如|万一|若是|倘若)(我|您|客户)?(对)?[^，。！？,.!?再又还]{0,12}(不满意|不满|有意见)|\bif (i'?m|i am|we'?re|we are|you'?re|you are|the customer is|they'?re)? ?(not (happy|satisfied)|unhappy|dissatisfied)\b[^,.!?]*/g;
/** The pattern with the global flag, for blanking every match. */
const globalCopy = (p: RegExp): RegExp =>
  new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
/** Spaces as long as the match: taken out of the reading, offsets kept. */
const blank = (m: string): string => ' '.repeat(m.length);
/** A message that opens by praising the service, the staff's manner or the speed. */
const SERVICE_PRAISE_OPENER =
  /^(你们)?(的)?(服务|态度|效率|速度)(可|真是|真|也)?(太|真)?(好|棒|高|快)|^(great|lovely|brilliant|excellent|amazing|fantastic) (service|customer service|efficiency)\b/;
/** The text with the given spans blanked out (same length). */
const withoutSpans = (text: string, spans: ReadonlyArray<[number, number]>): string =>
  spans.reduce((t, [a, b]) => t.slice(0, a) + ' '.repeat(b - a) + t.slice(b), text);

/** Negative contractions typed without the apostrophe ("hasnt", "cant", "dont"), as the lexicons spell them. */
const BARE_CONTRACTION = /\b(is|are|was|were|has|have|had|do|does|did|could|would|should|must|ca|wo)nt\b/g;
const withApostrophes = (lower: string): string => lower.replace(BARE_CONTRACTION, "$1n't");

/** Weight of an anger word in a clause about something other than the bank ("the weather is terrible"). */
const OFF_TOPIC_WEIGHT = 0.2;
/** The lowest sum of a message whose every anger word is about something other than the bank (tanh: about -0.38). */
const OFF_TOPIC_ONLY_FLOOR = -0.4;
/** Weight of someone else's feeling told by the customer ("my son is annoyed…", "我妈有点不高兴"). */
const OTHERS_FEELING_WEIGHT = 0.5;

/** The matched term lies wholly inside one of the spans (`[from, to)` in the lower-cased text). */
const insideAny = (spans: ReadonlyArray<readonly [number, number]>, t: MatchedTerm): boolean =>
  spans.some(([from, to]) => t.start >= from && t.end <= to);

/** Upper-case words that are not shouting. */
const ACRONYMS = new Set(['ATM', 'PIN', 'SMS', 'OTP', 'USD', 'CNY', 'RMB', 'EUR', 'GBP', 'HKD', 'APP', 'ID']);

export class RuleSentimentScorer implements SentimentScorer {
  private readonly lex: CompiledLexicon;
  /** Every lexicon's threat negations, global (for blanking them out). */
  private readonly denials: RegExp[];
  /** Every lexicon's questions about the complaint procedure, global. */
  private readonly inquiries: RegExp[];

  constructor() {
    this.lex = compileLexicons([ZH_LEXICON, EN_LEXICON]);
    this.denials = this.lex.source.flatMap((l) => l.threatNegations.map(globalCopy));
    this.inquiries = this.lex.source.flatMap((l) => l.complaintInquiries.map(globalCopy));
  }

  score(text: string, _locale?: Locale): number {
    return this.analyze(text).score;
  }

  analyze(text: string): SentimentAnalysis {
    const lower = withApostrophes(text.toLowerCase().replace(/[’‘]/g, "'"));
    // Dissatisfaction supposed, not felt ("要是对结果不满意找谁反映", "if I'm not happy with it, can I return it").
    // …and so is a fee asked about ahead of time ("is there a penalty if…", "逾期一天会罚多少", fee_question.ts).
    // "it's still not showing, is that normal?": the delay words of a calm question about a payment on its
    // way describe the payment, not the customer's mood (delay_question.ts).
    // A wait or a word of exasperation about a shop or the weather is not said of the payment
    // (off_topic_clause.ts).
    const offTopicClauses = offTopicSpans(lower);
    // …so is a benefit or the salary not in yet on the day it usually comes, asked after (usual_payday_asked_after.ts).
    const delayQuestion =
      isCalmDelayQuestion(lower, withoutSpans(lower, offTopicClauses)) || isUsualPaydayAskedAfter(lower);
    // "App keeps loading forever, is there maintenance going on?": the app's state, asked about (outage_question.ts).
    const outageQuestion = isCalmOutageQuestion(lower);
    // "I can't get the OTP to log in. How can I fix this?": the symptom of a calm login question is no anger
    // (login_problem_question.ts). Nor are "on hold", "要等24小时" or "每次都要问吗" in a calm question about the
    // bank's own check or hold (calm_check_question.ts).
    // Nor are the wait for a code that has not come (code_not_received.ts), the "还没到" of a transfer or a top-up
    // sent today (same_day_arrival_question.ts) or the tries and the lock of the customer's own wrong PIN
    // (own_wrong_pin.ts).
    const chosenRead = delayQuestion
      ? withoutDelayWords(lower)
      : isCalmLoginProblemQuestion(lower)
        ? withoutLoginSymptom(lower)
        : isCheckQuestionText(lower)
          ? withoutCheckWords(lower)
          : outageQuestion
            ? withoutOutageSymptom(lower)
            : isCodeNotReceivedText(lower)
              ? withoutCodeWait(lower)
              : isSameDayArrivalText(lower)
                ? withoutNotYet(lower)
                : isOwnWrongPinText(lower)
                  ? withoutTriesAndLock(lower)
                  : lower;
    // Beside whichever of those reads it: "The teller asked for 2 IDs before my withdrawal. Is that the rule now?" (no ask
    // repeated, banks_id_rule_asked_about.ts) and "app一点明细就闪退，华为mate60…麻烦帮忙看看", "您好，手机银行一打开就闪退，
    // 华为Mate 60…别人也这样吗" (no anger in the fault's words of a report naming the phone, app_fault_report_with_device.ts).
    const idRuleRead = isBanksIdRuleAskedAboutText(lower) ? withoutIdAsk(chosenRead) : chosenRead;
    const read = isAppFaultReportWithDeviceText(lower) ? withoutAppFaultWords(idRuleRead) : idRuleRead;
    // "luckily nobody paid": relief that nobody fell for a scam, not "nobody helps" (relief_that_nobody_fell_for_it.ts).
    // "麻烦帮我催一下好吗": the polite 麻烦 of a request is no trouble (polite_request_word.ts).
    const terms = matchTerms(
      withoutPoliteRequestWord(
        withoutFeeQuestions(
          // "一般来说对服务不满意可以找哪个部门反映": where it can be raised, in general (complaint_route_or_deadline_asked_in_general.ts).
          withoutDissatisfactionAskedInGeneral(
            withoutReliefThatNobody(read).replace(SUPPOSED_DISSATISFACTION, blank),
          ),
        ),
      ),
      this.lex,
    );
    const contrastAt = this.lastContrast(lower);
    // Anger words about the weather or work are not the customer's anger at the bank; someone else's feeling
    // ("my son is annoyed…") weighs half: it may still be the household's anger at the bank.
    // So are problem words in a clause where the customer blames themselves ("都是我自己证件弄错了"), and the words
    // of a scam feared for someone looked after ("我怕他哪天被人忽悠", feared_scam.ts).
    // Nor are calls from strangers that keep coming ("I keep getting calls from withheld numbers", unwanted_calls.ts).
    const unwantedCalls = unwantedCallSpans(lower);
    const offTopic = [
      ...offTopicClauses,
      ...selfBlameSpans(lower),
      ...fearedScamSpans(lower),
      ...unwantedCalls,
      // …nor someone else's phone nobody answers ("转错给了不认识的人，对方电话也打不通", someone_elses_phone_unanswered.ts).
      ...someoneElsesPhoneUnansweredSpans(lower),
      // …nor a caller's failed check in an approach the customer turned down ("我问他小名他答不上来 我就挂了",
      // caller_caught_out.ts).
      ...callerCaughtOutSpans(lower),
      // …nor the words of a wasted trip feared ahead ("don't want to turn up and find nobody", 怕白跑一趟,
      // trip_worried_ahead.ts).
      ...tripWorriedAheadSpans(lower),
      // …nor "been reading up for months" before the customer's own decision (time_spent_preparing.ts).
      ...timeSpentPreparingSpans(lower),
      // …nor an outburst at scam calls that keep coming, before an ask to block them
      // (../fraud/scam_calls_that_keep_coming_asked_to_be_blocked.ts).
      ...scamCallsNuisanceSpans(lower),
      // …nor the laugh, the "ignored it" and the eye-roll of a spam text in the bank's name reported as ignored ("got an
      // sms saying i won your lucky draw lol… ignored it", spam_text_reported_as_ignored.ts).
      ...spamTextReportedAsIgnoredSpans(lower),
      // …nor a loss to a scammer told as past ("前年被群里的“投资老师”忽悠亏了八万", a_loss_to_a_scammer_told_as_past.ts).
      ...lossToAScammerToldAsPastSpans(lower),
    ];
    const othersFeelings = someoneElsesFeelingSpans(lower);
    const counted: string[] = [];

    let posSum = 0;
    let clearNeg = 0;
    // Mild words describe a problem ("刷不了", "pending") rather than anger; together they stay mild.
    let mildNeg = 0;
    let offTopicNeg = 0;
    let onTopicNeg = 0;
    let negator: MatchedTerm | null = null;
    let intensifier: { term: MatchedTerm; mult: number } | null = null;
    for (const t of terms) {
      if (t.kind === 'negator') {
        negator = t;
        continue;
      }
      if (t.kind === 'intensifier') {
        const near: boolean = intensifier !== null && gap(intensifier.term, t) <= 1;
        intensifier = { term: t, mult: near && intensifier ? intensifier.mult * t.weight : t.weight };
        continue;
      }
      let v = t.kind === 'neg' ? -t.weight : t.weight;
      const intens = intensifier && gap(intensifier.term, t) <= WINDOW[t.script] ? intensifier.mult : 1;
      const negated = negator !== null && gap(negator, t) <= WINDOW[t.script];
      if (negated && negator!.weight === IMPERATIVE) {
        // "别跟我绕圈子" / "不要再敷衍": telling the bank to stop doing something bad is still a complaint.
        v *= 0.9;
      } else if (negated && t.kind === 'neg' && this.rhetorical(lower, t)) {
        // "这不是坑人吗": a rhetorical question affirms what it seems to negate.
        v *= intens;
      } else if (negated) {
        // "不是不满意" / "not unhappy": a negated complaint is roughly neutral; "not happy" is negative.
        v = t.kind === 'neg' ? 0.1 : -0.6 * t.weight * negator!.weight;
      } else v *= intens;
      if (contrastAt >= 0) v *= t.start < contrastAt ? 0.5 : 1.2;
      if (v < 0 && insideAny(offTopic, t)) {
        v *= OFF_TOPIC_WEIGHT;
        offTopicNeg++;
      } else if (v < 0) {
        if (insideAny(othersFeelings, t)) v *= OTHERS_FEELING_WEIGHT;
        onTopicNeg++;
      }
      negator = null;
      intensifier = null;
      if (v >= 0) posSum += v;
      else if (t.weight < 0.5 && !negated) mildNeg += v;
      else clearNeg += v;
      if (v !== 0) counted.push(t.term);
    }
    // An eye-roll or an upside-down smile says what the words do not ("🙃", "Declined at the till. 😑").
    const emoji = annoyedEmojiWeight(text);
    if (emoji > 0) {
      clearNeg -= emoji;
      onTopicNeg++;
      counted.push('emoji');
    }
    const negSum = clearNeg + Math.max(mildNeg, MILD_CAP);
    let sum = negSum + posSum;

    const sources = this.lex.source;
    // Off-topic clauses blanked: waiting at the hospital or a food app down again is none of the bank's doing.
    const onTopic = withoutSpans(read, offTopic);
    const recurring = recurringProblem(onTopic);
    // Counting the days up to a promised period that has only now come is no wait gone too long.
    // "…said 5 working days. It's day 7. Is there any tracking?": a delay just past a promised period, asked to be
    // tracked calmly, is no wait gone too long nor a period overrun (delay_just_past_a_promised_period_asked_to_be_tracked.ts).
    const trackedDelay = isDelayJustPastAPromiseAskedToBeTrackedText(lower);
    const waiting =
      sources.some((l) => anyMatch(l.waiting, onTopic)) &&
      !withinPromisedPeriod(lower) &&
      !delayQuestion &&
      // "…下单十来天了还没发货，麻烦帮我催一下好吗": a wait told in a polite report (polite_report_of_a_possible_error.ts).
      !isPoliteReportText(lower) &&
      !trackedDelay;
    // Praise opening a message that says it had to be done again ("挺好，今年第三次换卡了") is sarcasm too.
    const saysAgain =
      recurring ||
      sources.some((l) =>
        anyMatch(l.repetition, withoutSpans(read, unwantedCalls).replace(ATTEMPT_COUNT, blank)),
      );
    // 呵呵 after the employer's "no bonus this year" mocks the employer, not the bank (off_topic_clause.ts).
    const explicitSarcasm =
      sources.some((l) => anyMatch(l.sarcasm, withoutSpans(lower, offTopicClauses))) ||
      (repeatedPoliteEmoji(text) && (negSum < 0 || recurring));
    const openerSarcasm =
      posSum > 0 &&
      sources.some((l) => anyMatch(l.sarcasticOpeners, lower)) &&
      (negSum <= -0.5 || saysAgain || (negSum < 0 && sources.some((l) => anyMatch(l.againMarkers, lower))));
    // Praise of the service opening a wait or a problem ("服务真好，排了两个小时队", "great service, 40 minutes on
    // hold"); a polite "thanks, I've been waiting for my card" is not sarcasm.
    const servicePraiseSarcasm = posSum > 0 && SERVICE_PRAISE_OPENER.test(lower) && (waiting || negSum < 0);
    // Praise as the last sentence after a problem: "My card was declined twice today. Brilliant." (not after a
    // turn for the better: "it was slow but it went through. Brilliant.")
    const closerSarcasm =
      negSum < 0 && contrastAt < 0 && sources.some((l) => anyMatch(l.sarcasticClosers ?? [], lower));
    const sarcasm = explicitSarcasm || openerSarcasm || closerSarcasm || servicePraiseSarcasm;
    if (sarcasm) {
      // The positive words were meant the other way round.
      sum = negSum - posSum * 0.5 - 0.7;
    } else if (negSum <= -0.7 && posSum > 0) {
      // Politeness ("谢谢", "thanks") does not cancel a clear complaint.
      sum = negSum + posSum * 0.3;
    }

    // "Tried 3 times" with no word of anger is a problem report, not having to repeat oneself to the bank.
    // Having to repeat oneself is read where the bank is the subject: "外卖小哥又送错了，这是这周第三次" is the
    // courier's doing, like the wait at the hospital (off-topic clauses blanked).
    // "每次都要填一堆资料，能保存成模板吗": a form asked to be saved is no repetition (recurring_step_to_save.ts).
    // "the app logs me out every time I switch… Is there a setting for this?": the app's behaviour asked about as a
    // setting (app_behaviour_asked_about_as_a_setting.ts).
    const calmAttempts = withoutAppBehaviourAskedAsASetting(
      negSum === 0 ? withoutRecurringStepToSave(onTopic.replace(ATTEMPT_COUNT, blank)) : onTopic,
    );
    const repetition = sources.some((l) => anyMatch(l.repetition, calmAttempts)) && !SELF_BLAME.test(lower);
    if (repetition) sum -= 0.7;
    else if (calmAttempts !== onTopic) sum += ATTEMPT_PENALTY;
    // The same problem back again ("blocked again", "密码又重置失败了").
    if (recurring && !repetition) sum += RECURRENCE_PENALTY;
    if (waiting) sum -= 0.5;
    // Understated reproach: a loss the bank's failure caused, a quoted period long passed, a faster bank, a trip
    // to a branch made for nothing (wasted_trip.ts).
    // Not in a message that only says the matter is settled: "never mind, I'll do it myself at the branch" is a
    // plan, not the resignation of "never mind, I'll sort it myself" (resolved_on_its_own.ts).
    const settled = isResolvedOnItsOwn(text);
    // "I'm buying crypto myself on purpose": the customer's own choice accuses nobody (own_choice_on_purpose.ts).
    const accusation =
      !settled &&
      // "Petrol's $2.30 a litre now, absolute robbery": an accusation inside an off-topic clause is said of its subject.
      (sources.some((l) =>
        anyMatch(l.accusation, withoutOwnChoiceOnPurpose(withoutSpans(lower, offTopicClauses))),
      ) ||
        consequentialLoss(lower) ||
        (periodOverrun(lower) && !trackedDelay) ||
        otherBankComparison(lower) ||
        wastedTrip(lower));
    if (accusation) sum = Math.min(sum, 0) - 0.8;

    // A threat word the customer denies ("不是投诉", "not complaining") is taken out before threats are read.
    // So is a complaint word in a calm question about the complaint procedure or a settled complaint.
    // "年度账单做得挺有意思，我都发朋友圈了": a share out of liking, nothing negative beside it (shared_out_of_liking.ts).
    const undenied = this.withoutDenials(
      negSum === 0 ? withoutShareOutOfLiking(lower) : lower,
      negSum > -0.5,
    );
    // "外卖…饭都凉了，必须差评！": a bad review promised to a shop or a takeaway is no threat to the bank (off_topic_clause.ts).
    const threat = this.threat(withoutSpans(undenied, offTopicClauses), negSum);
    if (threat) sum -= 1.2;

    const shouting = this.shouting(text);
    if (shouting && sum < -0.05) sum = sum * 1.25 - 0.25;
    else if (shouting && this.exclamations(text) === 0) sum -= 0.6; // caps alone

    // A vent of many anger words all about someone else ("某宝客服跟复读机一样，问啥都答非所问，服了。帮我查下…"): each weighs
    // little, and together they still say nothing of the bank, so they never reach the threshold on their own.
    const offTopicOnly =
      offTopicNeg > 0 && onTopicNeg === 0 && !sarcasm && !repetition && !waiting && !accusation && !threat;
    if (offTopicOnly && !shouting) sum = Math.max(sum, OFF_TOPIC_ONLY_FLOOR);
    const score = clamp(Math.tanh(sum));
    return {
      score,
      threat,
      sarcasm,
      repetition,
      shouting,
      deniesComplaint: undenied !== lower,
      resolved: settled || (sources.some((l) => anyMatch(l.resolved, lower)) && !UNRESOLVED.test(lower)),
      terms: counted,
      offTopicOnly,
      calmDelayQuestion:
        delayQuestion && clearNeg === 0 && !sarcasm && !repetition && !shouting && !accusation && !threat,
      calmOutageQuestion:
        outageQuestion && clearNeg === 0 && !sarcasm && !repetition && !shouting && !accusation && !threat,
    };
  }

  /** A negated term in a clause that ends as a question (不是…吗, 难道…): the negation is rhetorical. */
  private rhetorical(lower: string, t: MatchedTerm): boolean {
    if (t.script !== 'han') return false;
    const rest = lower.slice(t.end);
    const clauseEnd = rest.search(/[,.!;:，。！；：\n]/);
    const tail = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
    return /^[^?？]{0,6}(吗|么|嘛)/.test(tail) || /难道|岂/.test(lower.slice(0, t.start));
  }

  private lastContrast(lower: string): number {
    let at = -1;
    for (const lex of this.lex.source)
      for (const c of lex.contrast) {
        const re = /\p{Script=Han}/u.test(c) ? new RegExp(c, 'g') : new RegExp(`\\b${c}\\b`, 'g');
        for (const m of lower.matchAll(re)) at = Math.max(at, m.index);
      }
    return at;
  }

  /** The text with every denied threat ("我不是来投诉的", "I don't mean to complain") blanked out. */
  private withoutDenials(lower: string, calm: boolean): string {
    let out = lower;
    for (const p of this.denials) out = out.replace(p, blank);
    if (calm) for (const p of this.inquiries) out = out.replace(p, blank);
    return out;
  }

  private threat(lower: string, negSum: number): ThreatLevel | null {
    for (const lex of this.lex.source) if (anyMatch(lex.strongThreats, lower)) return 'strong';
    for (const lex of this.lex.source) {
      if (!anyMatch(lex.weakThreats, lower)) continue;
      const question = anyMatch(lex.questionFrames, lower);
      // "我要" before closing an account for a move, or in a bare request ("我要销户"), is no threat frame.
      const framed =
        anyMatch(lex.threatFrames, lower) &&
        !hasPracticalClosureReason(lower) &&
        !isPlainClosureRequest(lower);
      if ((framed && !question) || negSum <= -0.5) return 'weak';
    }
    return null;
  }

  private exclamations(text: string): number {
    return (text.match(/[!！]/g) ?? []).length;
  }

  private shouting(text: string): boolean {
    if (this.exclamations(text) >= 2 || /[?？][!！]|[!！][?？]|[?？]{2,}/.test(text)) return true;
    // Distinct words: a name written in capitals twice ("IRAS says… by GIRO… set up GIRO") is no shouting.
    // …nor are payment rails, bank codes and tax papers ("NEFT or IMPS… a GST invoice", payment_and_tax_acronyms.ts).
    const caps = new Set(
      (text.match(/\b[A-Z]{2,}\b/g) ?? []).filter(
        (w) => !ACRONYMS.has(w) && !PAYMENT_AND_TAX_ACRONYMS.has(w),
      ),
    );
    const letters = (text.match(/[A-Za-z]/g) ?? []).length;
    const upper = (text.match(/[A-Z]/g) ?? []).length;
    return caps.size >= 3 || (letters >= 12 && upper / letters > 0.7);
  }
}

function clamp(x: number): number {
  return Math.max(-1, Math.min(1, Math.round(x * 1000) / 1000));
}

/** The factory the understanding stage plugs in (`new UnderstandStage({ sentiment: createSentimentScorer() })`). */
export function createSentimentScorer(): RuleSentimentScorer {
  return new RuleSentimentScorer();
}
