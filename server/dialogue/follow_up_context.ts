/**
 * Follow-up questions answered in the context of the previous one. After an answer about deposit rates,
 * "三年的呢" / "what about 3 years?" asks that question again for three years; after exchange rates,
 * "那欧元呢" / "and euro?" asks it for the euro. On its own such a fragment means little to the intent model
 * and the retriever ("三年的呢" read as "okay", "跨行的呢" as transfer arrival times).
 *
 * Every topical answer leaves its question under `context.extensions.followUp` (the rewritten one, when it
 * answered a follow-up, so "五年的呢" after "三年的呢" works). A message the recogniser takes for a follow-up
 * (`follow_up_question.ts`) is read for what it names (`follow_up_slots.ts`):
 *  - a variant of the last question (a currency, card, term, bank, channel, place, "X的", "the one in X"):
 *    the last question is asked again with it, whatever the fragment alone would get; a day ("周末呢",
 *    "what about weekends?") is answered by the last article (its lines on that day, or that it does not
 *    say), never by the branch hours the word alone gets;
 *  - a subject of its own ("那补卡呢"): the same, only when the fragment alone gets no confident answer;
 *  - a request or a question of its own ("那我要转账呢", "为什么呢"): left alone.
 * The rewritten question goes through the same understanding and policy. A confident answer (an article or
 * an answer intent) replaces the turn's understanding and decision; anything else leaves the turn as it was.
 * When the customer swapped a variant ("借记卡" for "信用卡") and the answer is an article about the old one
 * that says nothing of the new, the turn gets the honest fallback: that article answers another question,
 * and what the fragment alone retrieves ("补卡费用" for "那借记卡呢") answers none. When the rewritten question
 * finds only the article just given, it is not given again in full: its lines on the variant ("三年的呢": the
 * 3-year rates), or, when it speaks of neither the variant nor its kind ("那信用卡呢" after transfer limits),
 * that it does not cover it (follow_up_same_article.ts).
 *
 * A short question with no subject of its own ("能免吗" after the annual fee, "会亏本吗" after risk levels,
 * "how do I raise it" after the transfer limit, "要带什么" / "what do I need to bring?" after a lost passbook,
 * "带身份证就行吗" after "我要办张卡"; `leaningWords` in `follow_up_question.ts`) is no fragment, and alone it got
 * the fallback or a neighbouring article (ATM limits, account opening documents, the generic documents reply
 * "您要办哪项业务？"). It is asked again after the last question ("信用卡年费怎么收的 能免吗") and answered only
 * when that stays on the topic: the last article again, or after an intent's answer an article that covers
 * it (`intents:`), also when the combined question gets an answer intent's own reply (the article that
 * covers both open_account and required_documents). The article must speak of what the question adds (免,
 * 亏本, "open"); a question that adds words and alone gets an article of its own ("能提前取吗" after deposit
 * rates, "can I get a loan?") is about that, unless it points back with a pronoun ("how do I open one?");
 * requests that start a flow ("那我要转账呢") get what they get alone.
 *
 * A short question that only asks a price, a time, a rate, a limit or documents of the last subject
 * ("一年多少钱", "那大概要提前几天？", "每人每年额度是多少", "利率多少", "is there a fee?", "how long does it take?";
 * `askedAttributes`) alone gets whatever article says that word most (deposit rates for 利率, transfer fees for
 * "fee", the credit limit for 额度). It is asked again after the last question the same way, and when that stays
 * on the last article (its best match, or the last intent with the article among its matches) the last
 * article answers it if its answer speaks of it (元, 工作日, 额度, 身份证). If not ("利率多少" after loan
 * requirements), and the combined question no longer matches the article the question got alone, the turn
 * gets the honest fallback; otherwise it keeps what it got alone ("额度多少" after the annual fee: the credit
 * limit).
 *
 * An article a step gives instead of the flow its words resemble ("卡被ATM吞了": the retained-card article, not
 * an unfreeze; "我的卡被冻结了": a freeze by the bank) is a topic like any other: "what do i do now", "多久能拿回来"
 * stay on it. Its words need not retrieve it ("my card has been frozen how long does it take"): it is found by
 * its id through the knowledge base, and stays the topic of the follow-ups that lean on it. A bare "为什么" /
 * "why?" after an article that gives reasons gets that article. A subject-less follow-up whose words are
 * in some lines of the last article ("要交违约金吗": 违约金) gets those lines.
 *
 * After the deposit rates, an amount and a term ("50000 for 1 year", "存五万 三年") get the interest worked out
 * (deposit_interest.ts), not the whole article again. After an interest worked out, an amount or a term alone
 * ("那三年呢", "if I put 100k instead") changes that one in the last sum (`Topic.deposit`) and works it out again.
 *
 * After the article on a relative who died, a question about the late person's card, money or PIN ("他密码我知道
 * 能直接取吗", `bereavement_question.ts`) is asked again after the last question and answered by that article.
 *
 * Not while a flow runs (the flow reads the message first), nor across a change of language.
 */
import { z } from 'zod';
import type { FaqHit, KnowledgeBase, Understanding } from '../nlu/understanding.ts';
import type { DialoguePolicy, ReplyDraft, TurnContext, Understander } from '../pipeline/stages.ts';
import { maskSensitive } from '../privacy/mask.ts';
import { Locale } from '../protocol/protocol.ts';
import { parseExtension } from '../session/parse_extension.ts';
import type { DialogueContext } from '../session/session_record.ts';
import type { Decision } from './decision.ts';
import { articleExcerpt } from './article_excerpt.ts';
import { plainWords } from './cancel_phrases.ts';
import { LEAD_FLOOR } from './clear_lead.ts';
import { sameArticleAnswer } from './follow_up_same_article.ts';
import { changedDepositSum, depositInterestReply, depositSumOf } from './deposit_interest.ts';
import { asksForLowerRisk, lowerRiskLines } from './lower_risk_question.ts';
import { asksAboutAnAtm, atmLines, speaksOfAtms } from './atm_question.ts';
import { DEPOSIT_RATES_ARTICLE, DEPOSIT_RATES_INTENT } from './deposit_rates.ts';
import { asksMoreAboutTheLatePerson, BEREAVEMENT_ARTICLE, LATE_PERSONS_PIN } from './bereavement_question.ts';
import {
  askedAttributes,
  answersVerb,
  followUpFragment,
  leaningWords,
  speaksOfAttribute,
  verbAsks,
} from './follow_up_question.ts';
import {
  articleLeavesOut,
  mentionsWord,
  readFragment,
  rewriteQuestion,
  speaksOf,
  type SlotValue,
} from './follow_up_slots.ts';

export const FOLLOW_UP_EXTENSION = 'followUp';

/** Longest question kept as a topic; a longer one is no question a fragment can lean on. */
const MAX_QUESTION_CHARS = 200;

/** The last topical question and what answered it. */
export const Topic = z.object({
  question: z.string().min(1).max(MAX_QUESTION_CHARS),
  locale: Locale,
  intent: z.string().nullable(),
  article: z.string().nullable(),
  /** The article was chosen by a step's rule, not retrieved: its words need not find it again. */
  byStep: z.boolean().optional(),
  /** The amount (fen) and term (months) whose interest was just worked out: "那三年呢" changes one of them. */
  deposit: z.object({ minor: z.number().int().positive(), months: z.number().int().positive() }).optional(),
});
export type Topic = z.infer<typeof Topic>;

/** How many matches of the combined question are looked through for one that speaks of ATMs. */
const ATM_MATCHES = 5;

/** "为什么", "why?", "how come": a why with nothing else. */
const BARE_WHY =
  /^(?:(?:那|那么|可是|但是|请问)?(?:这是)?(?:为什么|为啥|为何|怎么回事)(?:呢|啊|呀)?|(?:but |and |so )?(?:why|why is that|why so|how come)(?: then)?)$/u;
/** An article that gives the reasons for what it answers. */
const GIVES_REASONS = /原因|因为|由于|\b(?:reasons?|because|caused by|due to)\b/i;

/** Intents that answer no question about banking: a follow-up cannot lean on them. */
const CONVERSATIONAL = new Set(['greeting', 'thanks', 'goodbye', 'affirm', 'deny']);
/**
 * Said between a question and its follow-up ("谢谢", "好的", "没听懂"): the topic stays ("谢谢。" then "三年的呢").
 * `not_understood` is the decision of `not_understood_step.ts`.
 */
const ASIDES = new Set(['thanks', 'affirm', 'deny', 'not_understood']);

export interface FollowUpInput {
  /** The normalised message. */
  text: string;
  understanding: Understanding;
  decision: Decision;
  ctx: TurnContext;
  understander: Understander;
  policy: DialoguePolicy;
}

export interface FollowUpAnswer {
  /** Understanding of the rewritten question. */
  understanding: Understanding;
  decision: Decision;
  /** The previous question asked again with the fragment. */
  question: string;
}

export function lastTopic(context: DialogueContext): Topic | null {
  return parseExtension(Topic, context.extensions[FOLLOW_UP_EXTENSION]);
}

/**
 * What a subject-less question adds, as terms a line of the article can hold: its English words, or every two
 * Chinese characters in a row ("交违约金": 交违, 违约, 约金), since `leaningWords` splits Chinese into characters.
 */
function contentTerms(adds: string[]): string[] {
  const han = adds.filter((w) => /^\p{Script=Han}$/u.test(w)).join('');
  if (han.length === 0) return adds;
  return han.length === 1 ? [han] : [...han].slice(1).map((c, i) => han[i] + c);
}

export class FollowUpContext {
  /**
   * `knowledge` finds the last article by its id when the combined question does not retrieve it: an article a
   * step chose by a rule ("我的卡被冻结了": the freeze by the bank) need not be among the matches of its words.
   */
  constructor(private readonly knowledge?: KnowledgeBase) {}

  /** The follow-up answered with the previous question's topic; null leaves the turn as it is. */
  async resolve(input: FollowUpInput): Promise<FollowUpAnswer | null> {
    const { text, decision, ctx } = input;
    const context = ctx.session.context;
    const topic = lastTopic(context);
    if (!topic || topic.locale !== ctx.locale || context.extensions.flow !== undefined) return null;
    if (topic.article === BEREAVEMENT_ARTICLE && asksMoreAboutTheLatePerson(text)) {
      const late = await this.aboutTheLatePerson(input, topic);
      if (late) return late;
    }
    const interest = this.depositInterest(input, topic);
    if (interest) return interest;
    const lower = this.lowerRisk(input, topic);
    if (lower) return lower;
    const atm = await this.atAnAtm(input, topic);
    if (atm) return atm;
    const why = this.whyOfTheLastArticle(input, topic);
    if (why) return why;
    const fragment = followUpFragment(text);
    const reading = fragment === null ? null : readFragment(fragment);
    if (reading === null || reading.type === 'own_question') return this.leaning(input, topic);
    if (reading.type === 'subject' && this.isOwnAnswer(decision)) return null;
    const rewrite = rewriteQuestion(topic.question, reading);
    if (!rewrite) return null;
    const understanding = await input.understander.understand(rewrite.query, ctx);
    const question = rewrite.query;
    const slot = reading.type === 'variant' ? reading.slot : null;
    // "周末呢" after the transfer limits: that subject at weekends, answered by the last article (its lines on
    // weekends, or that it does not say), never by branch hours, which "周末" alone would get.
    const last = slot?.kind === 'day' ? understanding.faq.find((h) => h.article.id === topic.article) : null;
    if (slot && last) {
      const said = reading.text.slice(slot.start, slot.end);
      return { understanding, decision: this.sameArticle(last, slot, said, ctx.locale), question };
    }
    const combined = input.policy.decide(understanding, ctx);
    if (!this.isTopical(combined)) return null;
    if (
      rewrite.replaced &&
      combined.type === 'faq' &&
      articleLeavesOut(combined.hit.article, rewrite.replaced)
    ) {
      return { understanding, decision: { type: 'fallback', reason: 'low_confidence' }, question };
    }
    // "那信用卡呢" that finds only the article just given: its lines on credit cards, or that it has none.
    if (slot && combined.type === 'faq' && combined.hit.article.id === topic.article) {
      const said = reading.text.slice(slot.start, slot.end);
      return {
        understanding,
        decision: this.sameArticle(combined.hit, slot, said, ctx.locale, combined),
        question,
      };
    }
    return { understanding, decision: combined, question };
  }

  /**
   * A bare "为什么" / "why?" after an article that gives the reasons ("我的卡被冻结了": why an account gets
   * restricted): that article again, the reasons being what it says. Null after an article that states rules
   * without their reasons (`leaningWords` leaves a why alone).
   */
  private whyOfTheLastArticle(input: FollowUpInput, topic: Topic): FollowUpAnswer | null {
    const said = plainWords(input.text);
    const plain = /\p{Script=Han}/u.test(said) ? said.replace(/ /g, '') : said;
    if (topic.article === null || !BARE_WHY.test(plain)) return null;
    const found = input.understanding.faq.find((h) => h.article.id === topic.article);
    const article = found?.article ?? this.knowledge?.get(topic.article, topic.locale);
    if (!article || !GIVES_REASONS.test(article.answer)) return null;
    const hit = found ?? { article, score: LEAD_FLOOR };
    const decision: Decision = { type: 'faq', hit, intent: topic.intent, confidence: hit.score };
    return { understanding: input.understanding, decision, question: topic.question };
  }

  /**
   * "50000 for 1 year" / "存五万 三年" after the deposit rates: the interest on that amount for that term worked
   * out (deposit_interest.ts), not the whole article again. Not a request that starts a flow or a handoff.
   */
  private depositInterest(input: FollowUpInput, topic: Topic): FollowUpAnswer | null {
    if (topic.article !== DEPOSIT_RATES_ARTICLE && topic.intent !== DEPOSIT_RATES_INTENT) return null;
    const own = input.decision;
    if (own.type === 'intent' && own.trigger.type !== 'answer') return null;
    const { entities } = input.understanding;
    const sum =
      depositSumOf(input.text, entities) ??
      (topic.deposit ? changedDepositSum(input.text, entities, topic.deposit) : null);
    if (!sum) return null;
    const found = input.understanding.faq.find((h) => h.article.id === DEPOSIT_RATES_ARTICLE);
    const article = found?.article ?? this.knowledge?.get(DEPOSIT_RATES_ARTICLE, topic.locale);
    if (!article) return null;
    const hit = found ?? { article, score: LEAD_FLOOR };
    const excerpt = depositInterestReply(sum, input.ctx.locale);
    // A rule chose the article, whatever the intent model heard ("存5万 3年" read as a complaint).
    const decision: Decision = {
      type: 'faq',
      hit,
      intent: topic.intent,
      confidence: hit.score,
      excerpt,
      overrulesIntent: true,
      deposit: sum,
    };
    return { understanding: input.understanding, decision, question: topic.question };
  }

  /**
   * "风险低一点的" / "something lower risk?" after the risk levels of wealth products: the article's lines on its
   * lowest levels and what even they are not (lower_risk_question.ts), not the whole article again.
   */
  private lowerRisk(input: FollowUpInput, topic: Topic): FollowUpAnswer | null {
    if (topic.article === null || !asksForLowerRisk(input.text)) return null;
    const own = input.decision;
    if (own.type === 'intent' && own.trigger.type !== 'answer') return null;
    const found = input.understanding.faq.find((h) => h.article.id === topic.article);
    const article = found?.article ?? this.knowledge?.get(topic.article, topic.locale);
    if (!article) return null;
    const excerpt = lowerRiskLines(article.answer, input.ctx.locale);
    if (!excerpt) return null;
    const hit = { article, score: Math.max(found?.score ?? 0, LEAD_FLOOR) };
    const decision: Decision = { type: 'faq', hit, intent: topic.intent, confidence: hit.score, excerpt };
    return { understanding: input.understanding, decision, question: topic.question };
  }

  /**
   * "在ATM上能换吗" / "can i do it at the atm" after buying foreign currency: asked again after the last question,
   * and, while that stays on the last article, answered with the ATM lines of the best match that has any
   * (atm_question.ts), not the ATM withdrawal limits the words alone get.
   */
  private async atAnAtm(input: FollowUpInput, topic: Topic): Promise<FollowUpAnswer | null> {
    if (topic.article === null || !asksAboutAnAtm(input.text)) return null;
    const own = input.decision;
    if (own.type === 'intent' && own.trigger.type !== 'answer') return null;
    const question = `${topic.question.replace(/[\s?？。.!！~～]+$/u, '')} ${input.text.trim()}`;
    const understanding = await input.understander.understand(question, input.ctx);
    if (understanding.faq[0]?.article.id !== topic.article) return null;
    // The turn's understanding keeps the best three matches; the article on the subject that speaks of ATMs
    // may come a little further down.
    const matches = this.knowledge?.search(question, input.ctx.locale, ATM_MATCHES) ?? understanding.faq;
    const found = matches.find((h) => speaksOfAtms(h.article.answer));
    if (!found) return null;
    const hit = { ...found, score: Math.max(found.score, LEAD_FLOOR) };
    const excerpt = atmLines(hit.article.answer, input.ctx.locale);
    const decision: Decision = {
      type: 'faq',
      hit,
      intent: null,
      confidence: hit.score,
      ...(excerpt ? { excerpt } : {}),
    };
    return { understanding, decision, question };
  }

  /**
   * The article just given, asked about a variant (`said`): its lines on it, the whole article when it speaks
   * of the kind in general, or the honest "that answer does not cover it" (follow_up_same_article.ts).
   */
  private sameArticle(
    hit: FaqHit,
    slot: SlotValue,
    said: string,
    locale: Locale,
    decided?: Extract<Decision, { type: 'faq' }>,
  ): Decision {
    const same = sameArticleAnswer(hit.article, slot, said, locale);
    if (same.type === 'not_covered') {
      const notCovered = { variant: same.variant, title: same.title };
      return { type: 'fallback', reason: 'low_confidence', notCovered };
    }
    const decision = decided ?? { type: 'faq' as const, hit, intent: null, confidence: hit.score };
    return same.type === 'excerpt' ? { ...decision, excerpt: same.excerpt } : decision;
  }

  /**
   * "他密码我知道 能直接取吗" / "I know his PIN, can I just withdraw it" after the article on a relative who died:
   * about the late person's card, not a password reset. Asked again after the last question; answered with that
   * article (its line on the late person's PIN when the question names one) when the combined question gets it.
   */
  private async aboutTheLatePerson(input: FollowUpInput, topic: Topic): Promise<FollowUpAnswer | null> {
    const question = `${topic.question.replace(/[\s?？。.!！~～]+$/u, '')} ${input.text.trim()}`;
    const understanding = await input.understander.understand(question, input.ctx);
    const combined = input.policy.decide(understanding, input.ctx);
    if (combined.type !== 'faq' || combined.hit.article.id !== BEREAVEMENT_ARTICLE) return null;
    const excerpt = LATE_PERSONS_PIN.test(input.text)
      ? articleExcerpt(combined.hit.article.answer, input.ctx.locale, (line) => LATE_PERSONS_PIN.test(line))
      : null;
    return { understanding, decision: excerpt ? { ...combined, excerpt } : combined, question };
  }

  /**
   * A short question with no subject of its own ("能免吗", "how do I raise it"), asked after the last
   * question: answered only with the last article, or, after an intent's answer, with the article that covers
   * both that intent and the one the question is heard as ("带身份证就行吗" after opening a card), and only when
   * that article speaks of what the question adds (免, "open"; nothing for "how do I raise it"). Left alone:
   * a request to do something (a flow or a handoff), and a question that adds words and alone gets another
   * article ("能提前取吗" after deposit rates: early withdrawal), unless it points back ("how do I open one?").
   * A question that only asks an attribute ("一年多少钱") is not held back by the article it got alone.
   */
  private async leaning(input: FollowUpInput, topic: Topic): Promise<FollowUpAnswer | null> {
    const asks = askedAttributes(input.text);
    const leaning = asks === null ? leaningWords(input.text) : { adds: [], refersBack: false };
    const own = input.decision;
    if (leaning === null || (own.type === 'intent' && own.trigger.type !== 'answer')) return null;
    const ownArticle = own.type === 'faq' && own.hit.article.id !== topic.article;
    if (asks === null && ownArticle && leaning.adds.length > 0 && !leaning.refersBack) return null;
    const question = `${topic.question.replace(/[\s?？。.!！~～]+$/u, '')} ${input.text.trim()}`;
    const understanding = await input.understander.understand(question, input.ctx);
    const combined = input.policy.decide(understanding, input.ctx);
    // An article a step chose stays the topic whatever the combined words retrieve ("... what do I do now").
    const hit =
      (topic.byStep ? this.lastArticle(understanding, topic) : null) ??
      this.onTopic(combined, understanding, topic) ??
      (asks === null ? null : this.staysOnTopic(combined, understanding, topic));
    if (!hit) return null;
    if (asks !== null && !asks.every((a) => speaksOfAttribute(hit.article, a))) {
      // The last article says nothing of it; the article the question got alone answers it for a subject
      // the combined question no longer matches (deposit rates for "利率多少" after a loan; card replacement
      // fees, a distant third at 0.12, for "收费吗" after an early withdrawal): neither answers.
      const dismissed =
        own.type === 'faq' &&
        ownArticle &&
        !understanding.faq
          .slice(0, 3)
          .some((h) => h.article.id === own.hit.article.id && h.score >= LEAD_FLOOR);
      return dismissed
        ? { understanding, decision: { type: 'fallback', reason: 'low_confidence' }, question }
        : null;
    }
    // "要交违约金吗" after mortgage prepayment: 交 is nowhere in it, but 违约金 is, in the lines that answer it.
    const onItsLines =
      hit.article.id === topic.article && !leaning.adds.every((w) => speaksOf(hit.article, w))
        ? articleExcerpt(hit.article.answer, input.ctx.locale, (line) =>
            contentTerms(leaning.adds).some((t) => mentionsWord(line, t)),
          )
        : null;
    if (!onItsLines && !leaning.adds.every((w) => speaksOf(hit.article, w))) return null;
    const decision: Decision =
      combined.type === 'faq' && combined.hit === hit
        ? combined
        : {
            type: 'faq',
            hit,
            intent: combined.type === 'intent' ? combined.intent : null,
            confidence: hit.score,
          };
    // The article the customer has just read: only its lines that answer the follow-up, not all of it again.
    // A question that adds no word asks by its verb: "要带什么" the documents, "how do I raise it" a higher limit.
    const verb = asks === null && leaning.adds.length === 0 ? verbAsks(input.text) : null;
    const excerpt =
      onItsLines ??
      (decision.type === 'faq' && hit.article.id === topic.article
        ? articleExcerpt(hit.article.answer, input.ctx.locale, (line) =>
            asks !== null
              ? asks.some((a) => speaksOfAttribute({ title: '', answer: line }, a))
              : verb !== null
                ? answersVerb(line, verb)
                : leaning.adds.length > 0 && leaning.adds.some((w) => mentionsWord(line, w)),
          )
        : null);
    return {
      understanding,
      decision: excerpt && decision.type === 'faq' ? { ...decision, excerpt } : decision,
      question,
    };
  }

  /**
   * The article that answers the combined question on the last topic: the last article, or after an intent's
   * answer one that covers that intent. When the combined question gets the own reply of another answer
   * intent instead ("带身份证就行吗": required_documents, after open_account), its best match, when that is
   * such an article and covers that intent too (`intents:`).
   */
  private onTopic(combined: Decision, understanding: Understanding, topic: Topic): FaqHit | null {
    const names = (hit: FaqHit, intent: string | null): boolean =>
      intent !== null && (hit.article.intents ?? []).includes(intent);
    const onTopic = (hit: FaqHit): boolean =>
      topic.article !== null ? hit.article.id === topic.article : names(hit, topic.intent);
    if (combined.type === 'faq') return onTopic(combined.hit) ? combined.hit : null;
    // "我的卡被冻结了 那怎么办": the flow a step answered with the last article instead (the freeze by the bank,
    // not an unfreeze): that article again, when it is among the matches.
    if (combined.type === 'intent' && combined.trigger.type === 'flow' && combined.intent === topic.intent)
      return this.lastArticle(understanding, topic);
    if (combined.type !== 'intent' || !this.isTopical(combined) || combined.intent === topic.intent)
      return null;
    const best = understanding.faq[0];
    return best && onTopic(best) && names(best, combined.intent) ? best : null;
  }

  /**
   * The last article, when the combined question stays on its topic though the policy answers it otherwise
   * ("贷款需要什么条件 利率多少": the loan intent again, with the mortgage article first): it is the best match, or
   * the combined question keeps the last intent and the last article is among its matches, or a step chose it.
   */
  private staysOnTopic(combined: Decision, understanding: Understanding, topic: Topic): FaqHit | null {
    if (topic.article === null) return null;
    const hit = this.lastArticle(understanding, topic);
    if (!hit) return null;
    // An article a step chose is what its words lead to, whatever the retriever makes of them.
    if (understanding.faq[0] === hit || topic.byStep) return hit;
    const intent = combined.type === 'faq' || combined.type === 'intent' ? combined.intent : null;
    return intent !== null && intent === topic.intent ? hit : null;
  }

  /**
   * The last article among the combined question's matches, or, when a step chose it by a rule and its words
   * do not retrieve it ("my card has been frozen what do I do now"), from the knowledge base by its id, scored
   * as a clear lead.
   */
  private lastArticle(understanding: Understanding, topic: Topic): FaqHit | null {
    if (topic.article === null) return null;
    const found = understanding.faq.find((h) => h.article.id === topic.article);
    if (found || !topic.byStep) return found ?? null;
    const article = this.knowledge?.get(topic.article, topic.locale);
    return article ? { article, score: LEAD_FLOOR } : null;
  }

  /**
   * The context after a turn: the question it answered becomes the topic a follow-up leans on; thanks or an
   * "okay" leave the topic as it was; any other turn that answered nothing topical (a fallback, a flow, a
   * handoff, a greeting or goodbye) leaves no topic. An article a step gave instead of starting a flow ("卡被
   * ATM吞了", "我的卡被冻结了": `reply`, with its source) is a topic like any other.
   */
  remember(
    context: DialogueContext,
    decision: Decision,
    question: string,
    locale: Locale,
    reply?: ReplyDraft | null,
  ): DialogueContext {
    if (decision.type === 'intent' && ASIDES.has(decision.intent)) return context;
    // "那信用卡呢" told the last answer does not cover it: still on that topic ("行内的呢" next).
    if (decision.type === 'fallback' && decision.notCovered) return context;
    const found =
      this.stepArticle(decision, maskSensitive(question).trim(), locale, reply) ??
      this.topicOf(decision, maskSensitive(question).trim(), locale);
    // A follow-up answered with the article a step chose keeps it findable by its id for the next one.
    const before = lastTopic(context);
    const topic =
      found && before?.byStep && found.article === before.article ? { ...found, byStep: true } : found;
    const extensions = { ...context.extensions };
    if (topic) extensions[FOLLOW_UP_EXTENSION] = topic;
    else if (!(FOLLOW_UP_EXTENSION in extensions)) return context;
    else delete extensions[FOLLOW_UP_EXTENSION];
    return { ...context, extensions };
  }

  /** The article a step answered with, outside any flow (the flow engine's articles: step `article`). */
  private stepArticle(
    decision: Decision,
    question: string,
    locale: Locale,
    reply: ReplyDraft | null | undefined,
  ): Topic | null {
    if (decision.type !== 'flow' || decision.step !== 'article' || reply?.kind !== 'faq' || !reply.source)
      return null;
    if (question.length === 0 || question.length > MAX_QUESTION_CHARS) return null;
    return { question, locale, intent: reply.intent ?? null, article: reply.source.id, byStep: true };
  }

  private topicOf(decision: Decision, question: string, locale: Locale): Topic | null {
    if (question.length === 0 || question.length > MAX_QUESTION_CHARS) return null;
    if (decision.type === 'faq') {
      const topic = { question, locale, intent: decision.intent, article: decision.hit.article.id };
      return decision.deposit ? { ...topic, deposit: decision.deposit } : topic;
    }
    if (decision.type === 'llm')
      return { question, locale, intent: null, article: decision.sources[0] ?? null };
    if (this.isTopical(decision) && decision.type === 'intent') {
      return { question, locale, intent: decision.intent, article: null };
    }
    return null;
  }

  /** An answer to a question about banking: an article or an answer intent's reply. */
  private isTopical(decision: Decision): boolean {
    if (decision.type === 'faq') return true;
    return (
      decision.type === 'intent' && decision.trigger.type === 'answer' && !CONVERSATIONAL.has(decision.intent)
    );
  }

  /** The message has an answer of its own: an article, or an intent that is more than "okay". */
  private isOwnAnswer(decision: Decision): boolean {
    return decision.type === 'faq' || (decision.type === 'intent' && !CONVERSATIONAL.has(decision.intent));
  }
}
