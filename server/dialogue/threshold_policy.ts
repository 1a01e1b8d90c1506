/**
 * The decision rules:
 *  - a question about a dormant account, a deceased relative's money, a transfer sent to the wrong account,
 *    a customer's disability, damaged banknotes or coins, or how to contact the bank -> that article, whatever
 *    the intent model heard (no intent covers these; see dormant_account_question.ts, bereavement_question.ts,
 *    mistaken_transfer_question.ts, disability_question.ts, damaged_money_question.ts, contact_question.ts),
 *    taking cash out abroad (overseas_withdrawal_question.ts), a trip abroad told and nothing else ("下周去
 *    日本玩", "off to spain on saturday": the using-a-card-abroad article, travel_statement.ts), where a machine or a counter is ("ATM在哪",
 *    "where do I deposit cash": branch_place_question.ts; on the lobby screen the article's lines for someone
 *    in the branch), a payment charged twice
 *    (double_charge_question.ts), or about the assistant itself ("what can you
 *    do", assistant_question.ts);
 *  - a deposit named with an amount and a term ("存10万定期一年利息多少"): the interest worked out, said as the
 *    deposit-rates article's answer (deposit_interest.ts);
 *  - a confident intent (>= intentThreshold, clear of the runner-up) -> its response, flow or handoff;
 *    for plain "answer" intents an FAQ article that matches well is preferred (it carries the real answer),
 *    and for flow intents too when the message asks how something works rather than asking to do it.
 *    Of the articles that match well, one that fits the intent (its `intents:` names it, see
 *    `article_schema.ts`) wins when retrieval cannot tell it from the top one (within `NEAR_TIE`): the
 *    confident intent breaks the tie. A clear retrieval winner from another subject still answers: on the
 *    first held-out FAQ set the intent model is often confidently wrong about subjects it has no intent for
 *    (ATM limits heard as find_branch, a social security card's activation as activate_card), and the
 *    article was right in all of the 40-odd such cases. "How do I activate my new card" is answered by
 *    the activation article, which fits activate_card, not the card replacement fee that shares "new card";
 *  - else an FAQ match (>= faqThreshold) -> the article with its source;
 *  - a close call between two intents (both >= clarifyFloor) -> a clarifying question with both as quick replies;
 *  - one article far ahead of every other though below the threshold (`clear_lead.ts`), in a message that does
 *    not sound like something other than banking (`in_scope_lead.ts`) -> that article;
 *  - one article ahead of the rest in a message the intent model finds banking (`in_scope_lead.ts`) -> that article;
 *  - one article far ahead of the rest in a long spoken question the intent model finds banking, its score diluted
 *    by the customer's asides (`long_question_lead.ts`) -> that article;
 *  - nothing -> an honest fallback (counted per session by the pipeline).
 * An article that answers a question asking only a price, and is about more than that price, is said as its
 * lines on the price (`fee_question.ts`).
 * Thanks or a "no more" with a goodbye ("谢谢，再见", "thanks, bye") is the goodbye (`farewell.ts`); thanks or a
 * greeting on its own ("好的谢谢", "hi there", `social_remarks.ts`) is that intent, never an article, and an
 * acknowledgement ("行 知道了", "got it") the affirm intent. "That's all, thanks" / "就这些，谢谢" (`nothing_more.ts`)
 * is the goodbye.
 * A message that is only a short answer ("确认", "取消", "ok", "no") is the affirm or deny intent, never an
 * article: the words match articles about confirming or cancelling things the customer did not ask about.
 * A message that only refuses an action ("我不想转账", "don't send 4000", `declined_request.ts`) is the deny
 * intent, never the flow its words name.
 * A message that only says there is a question or a problem ("I have a question", "问个事", `vague_opener.ts`)
 * is `vague_opener`: the customer is asked what it is about.
 * A message that is only a number ("123") is `bare_number` (bare_number.ts), only a card's last four digits
 * ("尾号6060") `bare_tail` (bare_tail.ts): a running flow reads it, else the
 * customer is asked what it is for.
 */
import type { IntentCatalog } from '../nlu/intent_catalog.ts';
import type { FaqHit, KnowledgeBase, Understanding } from '../nlu/understanding.ts';
import type { DialoguePolicy, TurnContext } from '../pipeline/stages.ts';
import type { Decision } from './decision.ts';
import { asksAboutAssistant, ASSISTANT_ARTICLE } from './assistant_question.ts';
import { BARE_NUMBER_INTENT, isBareNumber, isChatNumber } from './bare_number.ts';
import { BARE_TAIL_INTENT, bareTailOf } from './bare_tail.ts';
import { articleExcerpt } from './article_excerpt.ts';
import {
  asksAboutElsewhere,
  asksWhereInTheBranch,
  BRANCH_ARTICLE,
  IN_THE_BRANCH,
} from './branch_place_question.ts';
import { asksAboutDeceasedsAccount, BEREAVEMENT_ARTICLE } from './bereavement_question.ts';
import { declinesRequest } from './declined_request.ts';
import { asksDepositInterest, depositInterestReply } from './deposit_interest.ts';
import { DEPOSIT_RATES_ARTICLE } from './deposit_rates.ts';
import { clearLead } from './clear_lead.ts';
import { inScopeLead, soundsOutOfScope } from './in_scope_lead.ts';
import { longQuestionLead } from './long_question_lead.ts';
import { asksForContactDetails, CONTACT_ARTICLE } from './contact_question.ts';
import { asksAboutDamagedMoney, DAMAGED_MONEY_ARTICLE } from './damaged_money_question.ts';
import { ACCESSIBILITY_ARTICLE, asksAboutDisability } from './disability_question.ts';
import { asksAboutDormancy, DORMANCY_ARTICLE } from './dormant_account_question.ts';
import { saysGoodbyeInCloseCall, saysGoodbyeWith } from './farewell.ts';
import { asksOnlyTheFee, feeLines } from './fee_question.ts';
import { isResolvedOnItsOwn } from './resolved_on_its_own.ts';
import { asksAboutMistakenTransfer, MISTAKEN_TRANSFER_ARTICLE } from './mistaken_transfer_question.ts';
import { asksAboutOverseasWithdrawal, OVERSEAS_WITHDRAWAL_ARTICLE } from './overseas_withdrawal_question.ts';
import { announcesTripAbroad, CARD_ABROAD_ARTICLE } from './travel_statement.ts';
import { DOUBLE_CHARGE_ARTICLE, reportsDoubleCharge } from './double_charge_question.ts';
import { asksForInformation, asksToVisitOnADay } from './information_question.ts';
import { articleBesideTheFlow } from './article_beside_the_flow.ts';
import { articleBesideTheAnswer } from './article_beside_the_answer.ts';
import { asksAboutMissingCode, MISSING_CODE_ARTICLE } from './missing_code_question.ts';
import { asksAboutRestrictedAccount, RESTRICTED_ACCOUNT_ARTICLE } from './restricted_account_question.ts';
import { ACCOUNT_CLOSURE_ARTICLE, asksAboutClosing } from './account_closure_question.ts';
import { asksRatherThanRefuses } from './question_not_refusal.ts';
import { shortAnswerIntent, shortAnswerOf } from './short_answers.ts';
import { saysNothingMore } from './nothing_more.ts';
import { socialRemarkOf } from './social_remarks.ts';
import { isVagueOpener, VAGUE_OPENER_INTENT } from './vague_opener.ts';
import { isBarePenaltyQuestion, PENALTY_QUESTION_INTENT } from './penalty_question.ts';

/** One sound said three times or more, other than "嗯" ("嗯嗯嗯" agrees): "啊啊啊啊", "哈哈哈", "ahhhh". */
const DRAWN_OUT = /^([^嗯\s])\1{2,}[!！。.~～]*$|^a+h{2,}$/iu;

/**
 * Top scores this close are a tie that a confident intent may break. Kept small: at 0.05 it moved one
 * right answer on the first held-out FAQ set ("交话费收不收手续费": utility bills 0.49, top-ups 0.45, heard
 * as mobile_topup) and fixed none there.
 */
const NEAR_TIE = 0.03;

/**
 * The flow offered, not started, with the article that answers a question about it ("能不能周六去": the opening
 * hours; "取五万要预约吗": the cash-withdrawal article), and with the hours for "can I go on a saturday".
 */
const BOOKING_INTENT = 'book_appointment';

/**
 * Subjects no intent covers, each with the article that answers it: "卡好久没用了还能用吗" (the model hears a credit
 * limit, a freeze or fraud), "我爸去世了，他卡里的钱怎么取出来" (recent transactions, social security), "转账转错人了
 * 怎么办" (a fraud report), "我是盲人，能开户吗" (open_account), "破了的钱能换吗" (transfer_status), "在日本取日元要
 * 手续费吗" (a remittance; retrieval ranked currency exchange first), "下周去日本玩" (nothing at all), "what's your hotline number"
 * (queue_ticket), "what can you do" (nothing at all). First match wins: a disability before
 * contact ("我是聋哑人，怎么联系你们" is answered by the accessibility article, text chat and sign language).
 */
const SUBJECT_ARTICLES: ReadonlyArray<readonly [(text: string) => boolean, string]> = [
  [asksAboutDormancy, DORMANCY_ARTICLE],
  [asksAboutDeceasedsAccount, BEREAVEMENT_ARTICLE],
  [asksAboutMistakenTransfer, MISTAKEN_TRANSFER_ARTICLE],
  [asksAboutDisability, ACCESSIBILITY_ARTICLE],
  [asksAboutDamagedMoney, DAMAGED_MONEY_ARTICLE],
  [asksAboutOverseasWithdrawal, OVERSEAS_WITHDRAWAL_ARTICLE],
  [announcesTripAbroad, CARD_ABROAD_ARTICLE],
  [asksWhereInTheBranch, BRANCH_ARTICLE],
  [reportsDoubleCharge, DOUBLE_CHARGE_ARTICLE],
  [asksForContactDetails, CONTACT_ARTICLE],
  [asksAboutAssistant, ASSISTANT_ARTICLE],
  [asksAboutMissingCode, MISSING_CODE_ARTICLE],
  [asksAboutRestrictedAccount, RESTRICTED_ACCOUNT_ARTICLE],
  [asksAboutClosing, ACCOUNT_CLOSURE_ARTICLE],
];

/** Intents of social talk, which carry no subject of their own. */
const SOCIAL_INTENTS: ReadonlySet<string> = new Set(['greeting', 'goodbye', 'thanks']);

/** An article without `intents:` fits any intent; otherwise it must name it. */
function fitsIntent(hit: FaqHit, intent: string): boolean {
  return hit.article.intents === undefined || hit.article.intents.includes(intent);
}

export interface PolicyThresholds {
  intentThreshold: number;
  clarifyFloor: number;
  clarifyMargin: number;
  faqThreshold: number;
}

export class ThresholdPolicy implements DialoguePolicy {
  constructor(
    private readonly catalog: IntentCatalog,
    private readonly t: PolicyThresholds,
    /** The knowledge base, for an article a rule names that retrieval did not list. */
    private readonly articles?: Pick<KnowledgeBase, 'get'> | null,
  ) {}

  decide(u: Understanding, ctx: TurnContext): Decision {
    const decision = this.choose(u, ctx);
    // "往国外汇钱要多少手续费": the article's lines on the price, not the quota it opens with (fee_question.ts).
    if (decision.type !== 'faq' || decision.excerpt || !asksOnlyTheFee(u.text)) return decision;
    const fee = feeLines(decision.hit.article, u.locale);
    return fee ? { ...decision, excerpt: fee } : decision;
  }

  private choose(u: Understanding, ctx: TurnContext): Decision {
    const [first, second] = u.intent.ranking;
    const faq = u.faq[0];
    const faqOk = faq !== undefined && faq.score >= this.t.faqThreshold;
    const margin = first && second ? first.confidence - second.confidence : 1;
    const short = this.shortAnswer(u);
    if (short) return short;
    // "网银转钱免不免费" / "OTP not arriving" heard as "no": a question or a problem, read without the deny intent.
    if (first?.intent === 'deny' && asksRatherThanRefuses(u.text))
      return this.choose({ ...u, intent: { ...u.intent, ranking: u.intent.ranking.slice(1) } }, ctx);
    // "我不想转账" / "don't send 4000": a "no", never the flow its words name (declined_request.ts).
    if (declinesRequest(u.text) && this.catalog.intents.has('deny'))
      return this.intentDecision('deny', Math.max(first?.intent === 'deny' ? first.confidence : 0, 0.9));
    // "123" / "1": only a number; no flow starts and no article answers it (bare_number.ts).
    if (isBareNumber(u.text) && !isChatNumber(u.text))
      return { type: 'intent', intent: BARE_NUMBER_INTENT, confidence: 1, trigger: { type: 'answer' } };
    // "尾号6060" / "the one ending 4321": only a card or account's last digits (bare_tail.ts).
    if (bareTailOf(u.text, u.entities) !== null)
      return { type: 'intent', intent: BARE_TAIL_INTENT, confidence: 1, trigger: { type: 'answer' } };
    // "好的谢谢" / "hi there": thanks or a greeting, never an article that happens to share a word ("约好的").
    const remark = socialRemarkOf(u.text);
    if ((remark === 'thanks' || remark === 'greeting') && this.catalog.intents.has(remark))
      return this.intentDecision(remark, Math.max(first?.intent === remark ? first.confidence : 0, 0.9));
    // "ok thanks that's all" / "就这些，谢谢": nothing more is needed; the goodbye, not "anything else?" (nothing_more.ts).
    if (saysNothingMore(u.text) && this.catalog.intents.has('goodbye'))
      return this.intentDecision(
        'goodbye',
        Math.max(first?.intent === 'goodbye' ? first.confidence : 0, 0.9),
      );
    // "行 知道了" / "got it, cool": an acknowledgement is the affirm reply, never the out-of-scope fallback.
    // An exclamation drawn out ("啊啊啊啊", "哈哈哈") is no acknowledgement: it stays the fallback.
    if (remark === 'acknowledgement' && !DRAWN_OUT.test(u.text.trim()) && this.catalog.intents.has('affirm'))
      return this.intentDecision('affirm', Math.max(first?.intent === 'affirm' ? first.confidence : 0, 0.9));
    // "never mind, I found it" / "算了，找到了": the matter sorted itself out; a courteous word and "anything
    // else?" (the affirm reply), never the out-of-scope fallback or the last article again.
    if (isResolvedOnItsOwn(u.text) && this.catalog.intents.has('affirm'))
      return this.intentDecision('affirm', Math.max(first?.intent === 'affirm' ? first.confidence : 0, 0.9));
    // "I have a problem" / "我有个问题想问": nothing yet says what about; asked, never an article (vague_opener.ts).
    if (isVagueOpener(u.text))
      return { type: 'intent', intent: VAGUE_OPENER_INTENT, confidence: 1, trigger: { type: 'answer' } };
    // "do I pay a penalty?" / "有罚息吗": for what is asked, never the bill payment "pay" sounds like (penalty_question.ts).
    if (isBarePenaltyQuestion(u.text))
      return { type: 'intent', intent: PENALTY_QUESTION_INTENT, confidence: 1, trigger: { type: 'answer' } };
    const subject = this.subjectAnswer(u, ctx);
    if (subject) return subject;
    const interest = this.depositInterest(u);
    if (interest) return interest;

    if (
      !u.intent.outOfScope &&
      first &&
      first.confidence >= this.t.intentThreshold &&
      margin >= this.t.clarifyMargin
    ) {
      if (saysGoodbyeWith(first.intent, u.text) && this.catalog.intents.has('goodbye'))
        return this.intentDecision('goodbye', first.confidence);
      // "I'm deaf, can I do everything by chat?" heard as a goodbye: a social intent in a message that is no
      // social remark, and one article far ahead (clear_lead.ts), is that article.
      const lead = SOCIAL_INTENTS.has(first.intent) && remark === null ? clearLead(u.faq) : null;
      if (lead) return { type: 'faq', hit: lead, intent: null, confidence: lead.score, lead: true };
      const trigger = this.catalog.intents.get(first.intent)?.trigger ?? { type: 'answer' as const };
      if (trigger.type === 'answer' && faqOk) {
        const hit = this.articleForIntent(first.intent, u.faq) ?? faq;
        return { type: 'faq', hit, intent: first.intent, confidence: first.confidence };
      }
      // "app推送提醒收钱不" heard as unlock_account: an article on another subject far ahead (article_beside_the_answer.ts).
      const aside = trigger.type === 'answer' ? articleBesideTheAnswer(u, first.intent) : null;
      if (aside) return { type: 'faq', hit: aside, intent: null, confidence: aside.score, lead: true };
      // "转到别的银行多久到账": a question about a flow's subject, answered by an article, starts no flow.
      // A booking is offered with the article ("能不能周六去": the opening hours, and a booking one tap away).
      const offers = first.intent === BOOKING_INTENT ? { offers: BOOKING_INTENT } : {};
      if (trigger.type === 'flow' && faqOk && asksForInformation(u)) {
        return { type: 'faq', hit: faq, intent: null, confidence: faq.score, ...offers };
      }
      // "老人腿脚不方便，能不能上门办业务": such a question with one article far ahead, though under the threshold.
      const infoLead = trigger.type === 'flow' && asksForInformation(u) ? clearLead(u.faq) : null;
      if (infoLead)
        return {
          type: 'faq',
          hit: infoLead,
          intent: null,
          confidence: infoLead.score,
          lead: true,
          ...offers,
        };
      // "卡冻上了还能收钱不" / "Lost my locker key": about something beside the flow (article_beside_the_flow.ts).
      const beside =
        trigger.type === 'flow' ? articleBesideTheFlow(u, first.intent, this.t.faqThreshold) : null;
      if (beside) return { type: 'faq', hit: beside, intent: null, confidence: beside.score, ...offers };
      return { type: 'intent', intent: first.intent, confidence: first.confidence, trigger };
    }
    if (faqOk) {
      // "can I go on a saturday", heard as nothing in particular: the hours, with a booking one tap away.
      const offers =
        asksToVisitOnADay(u.text) && this.catalog.intents.has(BOOKING_INTENT)
          ? { offers: BOOKING_INTENT }
          : {};
      return { type: 'faq', hit: faq, intent: null, confidence: faq.score, ...offers };
    }
    // Close call: two plausible intents and neither is clearly ahead (or the best is below the threshold).
    if (!u.intent.outOfScope && first && second && second.confidence >= this.t.clarifyFloor) {
      // "cool thx bye": thanks or goodbye too close to call, with a goodbye's own words, is the goodbye.
      if (
        saysGoodbyeInCloseCall([first.intent, second.intent], u.text) &&
        this.catalog.intents.has('goodbye')
      )
        return this.intentDecision('goodbye', first.confidence);
      return { type: 'clarify', options: [first, second] };
    }
    // Nothing confident, but one article far ahead of every other (clear_lead.ts): that article.
    // Not for a message that sounds like something else ("附近哪里有好吃的火锅": branch locations far ahead).
    const lead = soundsOutOfScope(u) ? null : clearLead(u.faq);
    if (lead) return { type: 'faq', hit: lead, intent: null, confidence: lead.score, lead: true };
    // A message the intent model finds banking, whose top article is ahead of the rest (in_scope_lead.ts).
    const ahead = inScopeLead(u);
    if (ahead) return { type: 'faq', hit: ahead, intent: null, confidence: ahead.score, lead: true };
    // A long spoken question whose words dilute the top score, not the lead (long_question_lead.ts).
    const long = longQuestionLead(u);
    if (long) return { type: 'faq', hit: long, intent: null, confidence: long.score, lead: true };
    return { type: 'fallback', reason: u.intent.outOfScope ? 'out_of_scope' : 'low_confidence' };
  }

  /**
   * The matching article (score >= faqThreshold) that fits a confident intent and is within `NEAR_TIE` of
   * the top hit, best first; null when the top hit fits already or none qualifies.
   */
  private articleForIntent(intent: string, hits: readonly FaqHit[]): FaqHit | null {
    const top = hits[0];
    if (!top || fitsIntent(top, intent)) return null;
    return (
      hits.find(
        (h) => h.score >= this.t.faqThreshold && top.score - h.score < NEAR_TIE && fitsIntent(h, intent),
      ) ?? null
    );
  }

  /**
   * A subject no intent covers, whose article answers it whatever the intent model heard
   * (`SUBJECT_ARTICLES`): the article as retrieval scored it, or fetched by its id when retrieval did not list
   * it ("what can you do" is all stop words). On the lobby screen (`kiosk`) the customer stands in a branch: "ATM在哪"
   * / "where do I deposit cash" is answered by the article's lines for someone already there (the self-service
   * area, the counters, the lobby manager), not the list of branches (branch_place_question.ts).
   */
  private subjectAnswer(u: Understanding, ctx: Pick<TurnContext, 'channel'>): Decision | null {
    const article = SUBJECT_ARTICLES.find(([asks]) => asks(u.text))?.[1];
    if (!article) return null;
    const listed = u.faq.find((h) => h.article.id === article);
    const fetched = listed ? undefined : this.articles?.get(article, u.locale);
    const hit = listed ?? (fetched ? { article: fetched, score: 1 } : undefined);
    if (!hit) return null;
    const here =
      article === BRANCH_ARTICLE && ctx.channel === 'kiosk' && !asksAboutElsewhere(u.text)
        ? articleExcerpt(hit.article.answer, u.locale, (line) => IN_THE_BRANCH.test(line))
        : null;
    const faq = {
      type: 'faq' as const,
      hit,
      intent: null,
      confidence: hit.score,
      ...(here ? { excerpt: here } : {}),
    };
    // Asking for the bank's number is often said in anger at calls nobody answered: the complaint or
    // ask-for-a-person intent still counts for the handoff policy (a calm "客服电话多少" is kept from a handoff by
    // the policy's own contact-question veto). So is closing an account ("我明天就去把卡销了", "why does it take 10
    // days to close a joint account") and an account the bank restricted (an angry "凭什么限制我的账户" is still
    // handed over).
    return article === CONTACT_ARTICLE ||
      article === ACCOUNT_CLOSURE_ARTICLE ||
      article === RESTRICTED_ACCOUNT_ARTICLE
      ? faq
      : { ...faq, overrulesIntent: true };
  }

  /**
   * "存10万定期一年利息多少" / "interest on 50k fixed deposit for 2 years": the interest worked out at the posted
   * rate, said as the deposit-rates article's answer (deposit_interest.ts), not the whole article.
   */
  private depositInterest(u: Understanding): Decision | null {
    const sum = asksDepositInterest(u.text, u.entities);
    if (!sum) return null;
    const listed = u.faq.find((h) => h.article.id === DEPOSIT_RATES_ARTICLE);
    const fetched = listed ? undefined : this.articles?.get(DEPOSIT_RATES_ARTICLE, u.locale);
    const hit = listed ?? (fetched ? { article: fetched, score: 1 } : undefined);
    if (!hit) return null;
    const excerpt = depositInterestReply(sum, u.locale);
    return {
      type: 'faq',
      hit,
      intent: null,
      confidence: hit.score,
      excerpt,
      overrulesIntent: true,
      deposit: sum,
    };
  }

  private intentDecision(intent: string, confidence: number): Decision {
    const trigger = this.catalog.intents.get(intent)?.trigger ?? { type: 'answer' as const };
    return { type: 'intent', intent, confidence, trigger };
  }

  private shortAnswer(u: Understanding): Decision | null {
    const answer = shortAnswerOf(u.text);
    if (!answer) return null;
    const intent = shortAnswerIntent(answer);
    const file = this.catalog.intents.get(intent);
    if (!file) return null;
    const scored = u.intent.ranking.find((s) => s.intent === intent)?.confidence;
    return { type: 'intent', intent, confidence: Math.max(scored ?? 0, 0.9), trigger: file.trigger };
  }
}
