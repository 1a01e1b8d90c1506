/**
 * A follow-up fragment ("那欧元呢", "三年的呢", "and to another bank?") is the previous question asked again
 * with it: a slot of the same kind is swapped ("今天美元汇率多少" -> "今天欧元汇率多少"), else the fragment is
 * added. Requests and questions of their own ("那我要转账呢", "为什么呢") are left alone, and so is a subject
 * of its own that has an answer already ("那补卡呢"). The rewritten question is used only when it gets a
 * confident answer; an article about the variant the customer moved away from gives the honest fallback.
 * A short question with no subject of its own ("能免吗", "how do I raise it") is asked after the last question
 * and answered only with the last article (or one covering the last intent) when that speaks of it.
 * One that only asks an attribute of the last subject ("一年多少钱", "利率多少", "is there a fee?") is read against
 * the last article even when alone it gets another subject's article (deposit rates, transfer fees); when the
 * last article says nothing of it and the combined question drops that other article, neither answers it.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../knowledge/article_schema.ts';
import type { Understanding } from '../nlu/understanding.ts';
import type { DialoguePolicy, TurnContext, Understander } from '../pipeline/stages.ts';
import type { Locale } from '../protocol/protocol.ts';
import type { DialogueContext, SessionRecord } from '../session/session_record.ts';
import type { Decision } from './decision.ts';
import { FollowUpContext, lastTopic, type Topic } from './follow_up_context.ts';
import { askedAttributes, followUpFragment, leaningWords, speaksOfAttribute } from './follow_up_question.ts';
import { articleLeavesOut, readFragment, rewriteQuestion } from './follow_up_slots.ts';

function rewrite(previous: string, followUp: string): string | null {
  const fragment = followUpFragment(followUp);
  if (fragment === null) return null;
  return rewriteQuestion(previous, readFragment(fragment))?.query ?? null;
}

describe('the previous question asked again with the fragment', () => {
  it.each([
    ['今天美元汇率多少', '那欧元呢', '今天欧元汇率多少'],
    ['今天美元汇率多少', '港币呢？', '今天港币汇率多少'],
    ['信用卡年费多少', '那借记卡呢', '借记卡年费多少'],
    ['信用卡年费多少', '那白金卡呢', '信用卡年费多少 白金卡'],
    ['转账手续费多少', '跨行的呢', '转账手续费多少 跨行'],
    ['定期存款利率多少', '三年的呢', '定期存款利率多少 三年'],
    ['定期存款利率多少 三年', '五年的呢', '定期存款利率多少 五年'],
    ['你们营业时间是几点？', '陆家嘴那个呢', '你们营业时间是几点 陆家嘴'],
    ["what's the dollar exchange rate today?", 'and euro?', "what's the euro exchange rate today"],
    ['what is the credit card annual fee', 'what about debit cards?', 'what is the debit cards annual fee'],
    ['how much is the transfer fee', 'and to another bank?', 'how much is the transfer fee to another bank'],
    ['what are the time deposit rates', 'what about 3 years?', 'what are the time deposit rates 3 years'],
    ['what are the 1-year deposit rates', 'and five years?', 'what are the five years deposit rates'],
    [
      'what are your opening hours',
      'what about the one in Lujiazui?',
      'what are your opening hours in lujiazui',
    ],
  ])('"%s" + "%s" -> "%s"', (previous, followUp, expected) => {
    expect(rewrite(previous, followUp)).toBe(expected);
  });

  it.each([
    ['转账手续费多少', '那我要转账呢'],
    ['信用卡年费多少', '为什么呢'],
    ['信用卡年费多少', '还有呢'],
    ['how much is the transfer fee', 'and how do I pay?'],
    ['how much is the transfer fee', 'what about my refund?'],
    ['how much is the transfer fee', 'and can I transfer money now?'],
    ['今天美元汇率多少', '信用卡怎么还款'],
  ])('"%s" + "%s" is a question of its own', (previous, followUp) => {
    expect(rewrite(previous, followUp)).toBeNull();
  });

  it('tells a variant of the last question from a subject of its own', () => {
    expect(readFragment('欧元')).toMatchObject({ type: 'variant', slot: { kind: 'currency', key: 'EUR' } });
    expect(readFragment('陆家嘴那个')).toEqual({ type: 'variant', text: '陆家嘴', slot: null });
    expect(readFragment('to another bank')).toMatchObject({ type: 'variant', slot: { key: 'other' } });
    expect(readFragment('3 years')).toMatchObject({ type: 'variant', slot: { kind: 'term', key: '36m' } });
    expect(readFragment('补卡')).toEqual({ type: 'subject', text: '补卡' });
    expect(readFragment('card replacement')).toEqual({ type: 'subject', text: 'card replacement' });
  });
});

describe('a short question with no subject of its own', () => {
  it.each<[string, string[], boolean]>([
    ['能免吗', ['免'], false],
    ['会亏本吗', ['亏', '本'], false],
    ['要带什么', [], false],
    ['带身份证就行吗', ['身', '份', '证'], false],
    ['这个能免吗', ['免'], true],
    ['怎么调高', [], false],
    ['how do I raise it', [], true],
    ['what do I need to bring?', [], false],
    ['is my ID enough?', [], false],
    ['and how do I open one?', ['open'], true],
    ['can I get a loan?', ['loan'], false],
  ])('"%s" adds %j (points back: %s)', (text, adds, refersBack) => {
    expect(leaningWords(text)).toEqual({ adds, refersBack });
  });

  it.each([
    '信用卡怎么还款',
    '为什么呢',
    'why?',
    '那我要转账呢',
    '我的钱到账了吗',
    'what about my refund?',
    'how do I pay my credit card bill',
    '谢谢',
    'ok',
    'and euro?',
    '我想问一下信用卡分期手续费怎么算的',
    'how do I set up a standing order to my landlord every month',
  ])('"%s" is no such question', (text) => {
    expect(leaningWords(text)).toBeNull();
  });
});

describe('a short question that only asks an attribute of the last subject', () => {
  it.each<[string, string[]]>([
    ['一年多少钱', ['price']],
    ['那大概要提前几天？', ['time']],
    ['每人每年额度是多少', ['limit']],
    ['利率多少', ['rate']],
    ['需要带什么证件', ['documents']],
    ['多久能拿到', ['time']],
    ['How far in advance?', ['time']],
    ['How much per year?', ['amount']],
    ['Is there a fee?', ['price']],
    ["What's the interest rate?", ['rate']],
    ['How long does it take?', ['time']],
  ])('"%s" asks %j', (text, attributes) => {
    expect(askedAttributes(text)).toEqual(attributes);
  });

  it.each([
    '能免吗',
    '能提前取吗',
    '补卡要钱吗',
    '信用卡额度多少',
    '转账手续费多少',
    '为什么要收费',
    '我的钱呢',
    'can I withdraw early?',
    'can I get a loan?',
    'why is there a fee?',
    'how much can I transfer per day?',
    'what do I need to bring?',
  ])('"%s" names something else', (text) => {
    expect(askedAttributes(text)).toBeNull();
  });

  it('finds the attribute in the answer, not in sample questions or a currency name', () => {
    const box = { title: '保管箱', answer: '年租金：小号300元，本人带身份证到网点签约。' };
    expect(speaksOfAttribute(box, 'price')).toBe(true);
    expect(speaksOfAttribute(box, 'documents')).toBe(true);
    expect(speaksOfAttribute(box, 'rate')).toBe(false);
    expect(speaksOfAttribute({ title: '外币兑换', answer: '每年额度为等值5万美元。' }, 'price')).toBe(false);
    const hours = { title: 'Opening hours', answer: 'Branches open 9:00 to 17:00.' };
    const asked = { ...hours, questions: ['only free on sunday'] };
    expect(speaksOfAttribute(asked, 'price')).toBe(false);
    expect(speaksOfAttribute({ title: 'Notice', answer: 'Book one working day ahead.' }, 'time')).toBe(true);
  });
});

const article = (id: string, title: string, answer: string, questions: string[] = [title]): Article => ({
  id,
  locale: 'zh-CN',
  title,
  questions,
  tags: [],
  answer,
  path: `${id}.md`,
});
const ANNUAL_FEE = article('credit_card_annual_fee', '信用卡年费', '普卡年费100元，白金卡年费1000元。');
const RATES = article('exchange_rate_query', '汇率查询', '牌价请在App查看。', ['今天美元汇率多少']);
const REPLACEMENT = article('card_replacement_fee', '补卡换卡费用', '借记卡补卡工本费10元。');
const DEPOSITS = article('deposit_interest_rates', '存款利率', '3年1.50%，5年1.55%。');

describe('an article about the variant the customer moved away from', () => {
  it('leaves out the new one when its title names the old one and nothing in it the new', () => {
    const debit = { kind: 'card' as const, from: 'credit', to: 'debit' };
    expect(articleLeavesOut(ANNUAL_FEE, debit)).toBe(true);
    expect(articleLeavesOut(REPLACEMENT, debit)).toBe(false);
    expect(articleLeavesOut(RATES, { kind: 'currency', from: 'USD', to: 'EUR' })).toBe(false);
  });
});

const faq = (hit: Article, intent: string | null = null): Decision => ({
  type: 'faq',
  hit: { article: hit, score: 0.7 },
  intent,
  confidence: 0.7,
});
const FALLBACK: Decision = { type: 'fallback', reason: 'low_confidence' };
const OKAY: Decision = { type: 'intent', intent: 'affirm', confidence: 0.8, trigger: { type: 'answer' } };
const TRANSFER: Decision = {
  type: 'intent',
  intent: 'transfer_money',
  confidence: 0.95,
  trigger: { type: 'flow', flow: 'transfer_money' },
};

/** Understands any text; decides by a script of texts (everything else: the fallback). */
function scripted(decisions: Record<string, Decision>): {
  understander: Understander;
  policy: DialoguePolicy;
} {
  return {
    understander: {
      understand: (text, ctx): Promise<Understanding> =>
        Promise.resolve({
          text,
          locale: ctx.locale,
          intent: { top: null, ranking: [], outOfScope: false },
          entities: [],
          faq: [],
          sentiment: 0,
        }),
    },
    policy: { decide: (u) => decisions[u.text] ?? FALLBACK },
  };
}

function turn(context: DialogueContext, locale: Locale = 'zh-CN'): TurnContext {
  const session = { locale, context, turnCount: 1 } as unknown as SessionRecord;
  return { session, channel: 'app', locale, now: new Date() };
}

function after(question: string, decision: Decision, locale: Locale = 'zh-CN'): DialogueContext {
  return new FollowUpContext().remember({ fallbackCount: 0, extensions: {} }, decision, question, locale);
}

const ANSWER = (intent: string): Decision => ({
  type: 'intent',
  intent,
  confidence: 0.9,
  trigger: { type: 'answer' },
});
const DOCUMENTS = {
  ...article('account_opening_documents', '开户所需材料', '带身份证原件到网点办理。'),
  intents: ['open_account', 'required_documents'],
};
const WAIVER_FEE = article('credit_card_annual_fee', '信用卡年费', '普卡年费100元，刷卡满6次免次年年费。');

/**
 * What the combined question is heard as: the `hits` (scores from `top` down by 0.1) and the policy's
 * `decision`; `resolve` runs the follow-up context on a message with its own decision.
 */
const hearing = (top: number) => (hits: Article[], decision: Decision) => ({
  understander: {
    understand: (text: string, ctx: TurnContext): Promise<Understanding> =>
      Promise.resolve({
        text,
        locale: ctx.locale,
        intent: { top: null, ranking: [], outOfScope: false },
        entities: [],
        faq: hits.map((a, i) => ({ article: a, score: top - i / 10 })),
        sentiment: 0,
      }),
  },
  policy: { decide: (): Decision => decision },
});
const resolver =
  (followUps: FollowUpContext) =>
  (text: string, context: DialogueContext, own: Decision, combined: ReturnType<ReturnType<typeof hearing>>) =>
    followUps.resolve({
      text,
      understanding: { entities: [] } as unknown as Understanding,
      decision: own,
      ctx: turn(context),
      ...combined,
    });

describe('a short question answered with the last article', () => {
  const followUps = new FollowUpContext();
  const withHits = hearing(0.4);
  const resolve = resolver(followUps);

  it('asks it after the last question and answers with the last article when that speaks of it', async () => {
    const annual = after('信用卡年费怎么收的', faq(WAIVER_FEE, 'credit_card_bill'));
    const answer = await resolve('能免吗', annual, FALLBACK, withHits([], faq(WAIVER_FEE)));
    expect(answer?.question).toBe('信用卡年费怎么收的 能免吗');
    expect(answer?.decision).toMatchObject({
      type: 'faq',
      hit: { article: { id: 'credit_card_annual_fee' } },
    });
  });

  it('leaves it alone when the answer moves to another article or the last one does not speak of it', async () => {
    const annual = after('信用卡年费怎么收的', faq(WAIVER_FEE));
    expect(await resolve('能免吗', annual, FALLBACK, withHits([], faq(REPLACEMENT)))).toBeNull();
    expect(await resolve('会亏本吗', annual, FALLBACK, withHits([], faq(WAIVER_FEE)))).toBeNull();
    expect(await resolve('能免吗', annual, TRANSFER, withHits([], faq(WAIVER_FEE)))).toBeNull();
  });

  it('leaves a question that adds words and alone gets another article to that article, unless it points back', async () => {
    const annual = after('信用卡年费怎么收的', faq(WAIVER_FEE));
    const combined = withHits([], faq(WAIVER_FEE));
    expect(await resolve('能免吗', annual, faq(REPLACEMENT), combined)).toBeNull();
    expect(await resolve('能免吗', annual, faq(WAIVER_FEE), combined)).not.toBeNull();
    expect(await resolve('这个能免吗', annual, faq(REPLACEMENT), combined)).not.toBeNull();
  });

  it('after an intent, answers with the article covering that intent and the one the question is heard as', async () => {
    const opening = after('你好，我要办张卡', ANSWER('open_account'));
    const heard = ANSWER('required_documents');
    const answer = await resolve('带身份证就行吗', opening, heard, withHits([DOCUMENTS, ANNUAL_FEE], heard));
    expect(answer?.decision).toMatchObject({
      type: 'faq',
      intent: 'required_documents',
      hit: { article: { id: 'account_opening_documents' } },
    });
    const sameIntent = ANSWER('open_account');
    expect(await resolve('要多久', opening, FALLBACK, withHits([DOCUMENTS], sameIntent))).toBeNull();
    expect(
      await resolve('带身份证就行吗', opening, heard, withHits([ANNUAL_FEE, DOCUMENTS], heard)),
    ).toBeNull();
  });
});

const BOX = article('safe_deposit_box', '保管箱租赁', '年租金：小号300元，本人带身份证到网点签约。');
const LOAN = {
  ...article('loan_application_requirements', '贷款申请条件', '需年满18周岁，提供身份证。'),
  intents: ['loan_inquiry'],
};
const MORTGAGE = article('mortgage_application', '房贷申请', '利率按LPR加点。');

describe('an attribute of the last subject', () => {
  const followUps = new FollowUpContext();
  const heard = hearing(0.7);
  const resolve = resolver(followUps);
  it('answers with the last article when it speaks of it, whatever article the question got alone', async () => {
    const box = after('保管箱怎么租', faq(BOX));
    const answer = await resolve('一年多少钱', box, faq(DEPOSITS), heard([BOX, DEPOSITS], faq(BOX)));
    expect(answer?.question).toBe('保管箱怎么租 一年多少钱');
    expect(answer?.decision).toMatchObject({ type: 'faq', hit: { article: { id: 'safe_deposit_box' } } });
    const documents = await resolve(
      '需要带什么证件',
      box,
      faq(DOCUMENTS),
      heard([BOX], ANSWER('required_documents')),
    );
    expect(documents?.decision).toMatchObject({ type: 'faq', hit: { article: { id: 'safe_deposit_box' } } });
  });

  it('stays on the last article when the combined question keeps the last intent', async () => {
    const loan = after('贷款需要什么条件', faq(LOAN, 'loan_inquiry'));
    const combined = heard([MORTGAGE, LOAN], faq(MORTGAGE, 'loan_inquiry'));
    // The loan article says nothing of rates, and deposit rates answer another subject's question.
    const answer = await resolve('利率多少', loan, faq(DEPOSITS, 'deposit_rates'), combined);
    expect(answer?.decision).toEqual(FALLBACK);
  });

  it('leaves the answer the question got alone when the combined question still matches it, or it was an intent', async () => {
    const box = after('保管箱怎么租', faq(BOX));
    const stillMatched = heard([BOX, DEPOSITS], faq(BOX));
    expect(await resolve('利率多少', box, faq(DEPOSITS), stillMatched)).toBeNull();
    expect(await resolve('利率多少', box, ANSWER('deposit_rates'), heard([BOX], faq(BOX)))).toBeNull();
    expect(await resolve('利率多少', box, TRANSFER, heard([BOX], faq(BOX)))).toBeNull();
  });
});

describe('a follow-up answered with the last topic', () => {
  const followUps = new FollowUpContext();
  const script = scripted({
    今天欧元汇率多少: faq(RATES, 'exchange_rate'),
    '定期存款利率多少 三年': faq(DEPOSITS, 'deposit_rates'),
    借记卡年费多少: faq(ANNUAL_FEE),
    '信用卡年费多少 补卡': faq(ANNUAL_FEE),
  });
  const resolve = (text: string, context: DialogueContext, own: Decision, locale: Locale = 'zh-CN') =>
    followUps.resolve({
      text,
      understanding: { entities: [] } as unknown as Understanding,
      decision: own,
      ctx: turn(context, locale),
      ...script,
    });

  it('answers the rewritten question when it gets a confident answer, whatever the fragment alone got', async () => {
    const rates = after('今天美元汇率多少', faq(RATES, 'exchange_rate'));
    const answer = await resolve('那欧元呢', rates, faq(REPLACEMENT, 'affirm'));
    expect(answer?.question).toBe('今天欧元汇率多少');
    expect(answer?.decision).toMatchObject({ type: 'faq', hit: { article: { id: 'exchange_rate_query' } } });
    const deposits = after('定期存款利率多少', faq(DEPOSITS));
    expect((await resolve('三年的呢', deposits, OKAY))?.decision).toMatchObject({ type: 'faq' });
  });

  it('leaves the turn as it is when the rewritten question gets no confident answer', async () => {
    const fees = after('转账手续费多少', faq(REPLACEMENT));
    expect(await resolve('跨行的呢', fees, faq(DEPOSITS))).toBeNull();
  });

  it('gives the honest fallback when the only answer is about the variant the customer moved away from', async () => {
    const annual = after('信用卡年费多少', faq(ANNUAL_FEE));
    const answer = await resolve('那借记卡呢', annual, faq(REPLACEMENT));
    expect(answer?.decision).toEqual(FALLBACK);
  });

  it('leaves requests, subjects with an answer of their own and turns without a topic alone', async () => {
    const annual = after('信用卡年费多少', faq(ANNUAL_FEE));
    expect(await resolve('那我要转账呢', annual, TRANSFER)).toBeNull();
    expect(await resolve('那补卡呢', annual, faq(REPLACEMENT))).toBeNull();
    expect(await resolve('那欧元呢', { fallbackCount: 0, extensions: {} }, FALLBACK)).toBeNull();
    const english = after('今天美元汇率多少', faq(RATES), 'en');
    expect(await resolve('那欧元呢', english, FALLBACK)).toBeNull();
    const rates = after('今天美元汇率多少', faq(RATES));
    expect(await resolve('那欧元呢', rates, FALLBACK)).not.toBeNull();
    const inFlow = { ...rates, extensions: { ...rates.extensions, flow: { flow: 'transfer_money' } } };
    expect(await resolve('那欧元呢', inFlow, FALLBACK)).toBeNull();
  });

  it('keeps a topic after a topical answer and through thanks or an "okay", and no longer', () => {
    const topic: Topic = {
      question: '今天美元汇率多少',
      locale: 'zh-CN',
      intent: 'exchange_rate',
      article: 'exchange_rate_query',
    };
    expect(lastTopic(after('今天美元汇率多少', faq(RATES, 'exchange_rate')))).toEqual(topic);
    const rates = after('今天美元汇率多少', faq(RATES, 'exchange_rate'));
    const thanks: Decision = { ...OKAY, intent: 'thanks' };
    for (const decision of [OKAY, thanks]) {
      expect(lastTopic(followUps.remember(rates, decision, '谢谢', 'zh-CN'))).toEqual(topic);
    }
    const goodbye: Decision = { ...OKAY, intent: 'goodbye' };
    const handoff: Decision = { type: 'handoff', reason: 'complaint' };
    for (const decision of [FALLBACK, TRANSFER, handoff, goodbye]) {
      expect(lastTopic(followUps.remember(rates, decision, '随便', 'zh-CN'))).toBeNull();
    }
    expect(lastTopic(after('卡号6222021234567890123的年费', faq(ANNUAL_FEE)))?.question).not.toContain(
      '6222021234567890123',
    );
  });
});
