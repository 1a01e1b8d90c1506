/**
 * Through the real server (trained intent model, shipped intents and articles, flows, handoff, sessions on
 * Redis), a short follow-up after an answer is answered with the previous question's topic. A walkthrough
 * found them answered wrongly: "陆家嘴那个呢" after opening hours got the branch list, "那欧元呢" after the
 * dollar rate the article on buying currency, "跨行的呢" after transfer fees the arrival times, "三年的呢"
 * after deposit rates "okay, what else?", "and to another bank?" started a transfer. A swapped variant
 * ("那借记卡呢" after the credit card annual fee) gets the article that covers it (debit card fees) or is told
 * honestly, never a card replacement article. New requests and questions of their own get what they get as a first message.
 * A short question with no subject of its own ("能免吗", "how do I raise it", "带身份证就行吗") is read against the
 * last article or topic; one that names a subject of its own ("补卡要钱吗", "can I get a loan?") is not.
 * One that only asks a price, time, rate, limit or documents of the last subject ("一年多少钱", "利率多少",
 * "is there a fee?") is answered by the last article when that says it, never by another subject's article.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  talk as talkWith,
  transactionsServer,
  type TransactionsServer,
} from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

/** [locale, the question, its article, the follow-up, the follow-up's article] */
const FOLLOW_UPS: Array<[Locale, string, string, string, string]> = [
  ['zh-CN', '你们营业时间是几点', 'branch_hours', '陆家嘴那个呢', 'branch_hours'],
  ['zh-CN', '网点在哪里', 'branch_locations', '陆家嘴那个呢', 'branch_locations'],
  ['zh-CN', '今天美元汇率多少', 'exchange_rate_query', '那欧元呢', 'exchange_rate_query'],
  ['zh-CN', '转账手续费多少', 'transfer_fees', '跨行的呢', 'transfer_fees'],
  ['zh-CN', '定期存款利率多少', 'deposit_interest_rates', '三年的呢', 'deposit_interest_rates'],
  ['en', 'what are your opening hours', 'branch_hours', 'what about the one in Lujiazui?', 'branch_hours'],
  ['en', "what's the dollar exchange rate today", 'exchange_rate_query', 'and euro?', 'exchange_rate_query'],
  ['en', 'how much is the transfer fee', 'transfer_fees', 'and to another bank?', 'transfer_fees'],
  [
    'en',
    'what are the time deposit rates',
    'deposit_interest_rates',
    'what about 3 years?',
    'deposit_interest_rates',
  ],
];

/** [locale, the question, the message after it]: answered as if it were the first message. */
const OWN_QUESTIONS: Array<[Locale, string, string]> = [
  ['zh-CN', '转账手续费多少', '那我要转账呢'],
  ['zh-CN', '信用卡年费多少', '那补卡呢'],
  ['zh-CN', '今天美元汇率多少', '信用卡怎么还款'],
  ['zh-CN', '定期存款利率多少', '为什么呢'],
  ['en', 'how much is the transfer fee', 'what about my refund?'],
  ['en', 'what is the credit card annual fee', 'what about card replacement?'],
  ['en', "what's the dollar exchange rate today", 'how do I pay my credit card bill'],
  ['en', 'what are the time deposit rates', 'how do I open an account?'],
  ['zh-CN', '信用卡年费怎么收的', '补卡要钱吗'],
  ['zh-CN', '存折丢了', '信用卡怎么还款'],
  ['zh-CN', '定期存款利率多少', '能提前取吗'],
  ['en', 'what are the time deposit rates', 'can I withdraw early?'],
  ['en', 'what is the credit card annual fee', 'can I get a loan?'],
  ['zh-CN', '信用卡年费多少', '额度多少'],
];

/**
 * [locale, the question, its answer, a short question with no subject of its own, its answer]: read against
 * the last article (a QA sweep, 2026-12-05, found them answered with the fallback, ATM limits, account opening
 * documents, or the generic documents reply "您要办哪项业务？"). "and how do I open one?" after deposit rates
 * got account opening documents; the deposit rates article says how to open one.
 */
const LEANING: Array<[Locale, string, string, string, string]> = [
  ['zh-CN', '信用卡年费怎么收的', 'faq:credit_card_annual_fee', '能免吗', 'faq:credit_card_annual_fee'],
  [
    'zh-CN',
    '理财产品R3是什么意思',
    'faq:wealth_product_risk_levels',
    '会亏本吗',
    'faq:wealth_product_risk_levels',
  ],
  ['zh-CN', '存折丢了', 'faq:passbook_lost', '要带什么', 'faq:passbook_lost'],
  ['zh-CN', '你好，我要办张卡', 'intent:open_account', '带身份证就行吗', 'faq:account_opening_documents'],
  [
    'en',
    "what's the daily transfer limit",
    'faq:transfer_limits',
    'how do I raise it',
    'faq:transfer_limits',
  ],
  ['zh-CN', '转账限额是多少', 'faq:transfer_limits', '怎么调高', 'faq:transfer_limits'],
  ['en', 'lost my passbook', 'faq:passbook_lost', 'what do I need to bring?', 'faq:passbook_lost'],
  [
    'en',
    'what are the time deposit rates',
    'faq:deposit_interest_rates',
    'and how do I open one?',
    'faq:deposit_interest_rates',
  ],
];

/**
 * [locale, the messages in order, what each gets]: a question that only asks an attribute of the last subject
 * (a second QA sweep, 2026-12-05: "那大概要提前几天？" got the fallback, "How much per year?" Type II account
 * limits, "每人每年额度是多少" the credit limit, "Is there a fee?" transfer fees, "利率多少" the deposit rate
 * table, "How long does it take?" transfer arrival times). The loan articles in both locales say what a loan
 * costs, the exchange articles that exchanging is free.
 */
const ATTRIBUTES: Array<[Locale, string[], string[]]> = [
  [
    'zh-CN',
    ['大额取现要预约吗', '那大概要提前几天？'],
    ['faq:large_cash_withdrawal_notice', 'faq:large_cash_withdrawal_notice'],
  ],
  [
    'en',
    ['do I need to book to withdraw a large amount of cash', 'How far in advance?'],
    ['faq:large_cash_withdrawal_notice', 'faq:large_cash_withdrawal_notice'],
  ],
  [
    'zh-CN',
    ['保管箱怎么租', '一年多少钱', '需要带什么证件'],
    ['faq:safe_deposit_box', 'faq:safe_deposit_box', 'faq:safe_deposit_box'],
  ],
  [
    'en',
    ['how do I rent a safe deposit box', 'How much per year?', 'need any ID?'],
    ['faq:safe_deposit_box', 'faq:safe_deposit_box', 'faq:safe_deposit_box'],
  ],
  [
    'zh-CN',
    ['换外币去哪里换', '每人每年额度是多少'],
    ['faq:foreign_currency_exchange', 'faq:foreign_currency_exchange'],
  ],
  [
    'en',
    ['where can I exchange foreign currency', 'Is there a fee?'],
    ['faq:foreign_currency_exchange', 'faq:foreign_currency_exchange'],
  ],
  [
    'zh-CN',
    ['贷款需要什么条件', '利率多少'],
    ['faq:loan_application_requirements', 'faq:loan_application_requirements'],
  ],
  [
    'en',
    ['how do I apply for a personal loan', "What's the interest rate?"],
    ['faq:loan_application_requirements', 'faq:loan_application_requirements'],
  ],
  [
    'zh-CN',
    ['存款证明怎么开', '多久能拿到'],
    ['faq:deposit_certificate_and_statements', 'faq:deposit_certificate_and_statements'],
  ],
  [
    'en',
    ['how do I get a deposit certificate', 'How long does it take?'],
    ['faq:deposit_certificate_and_statements', 'faq:deposit_certificate_and_statements'],
  ],
];

const answered = (r: Reply): string => `${r.kind}:${r.source?.id ?? r.intent ?? '-'}`;

describe.skipIf(!available)('follow-up questions answered in context', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ features: [handoffForTests()] });
  });
  afterAll(() => kit.close());

  const talk = (locale: Locale, texts: string[]): Promise<Reply[]> => talkWith(kit, locale, texts);

  it.each(FOLLOW_UPS)(
    '%s "%s" (%s), then "%s" gets %s',
    async (locale, question, first, followUp, article) => {
      const [a, b] = await talk(locale, [question, followUp]);
      expect(answered(a!)).toBe(`faq:${first}`);
      expect(answered(b!)).toBe(`faq:${article}`);
    },
  );

  it.each<[Locale, string[]]>([
    ['zh-CN', ['定期存款利率多少', '三年的呢', '五年的呢']],
    ['en', ['what are the time deposit rates', 'what about 3 years?', 'and 5 years?']],
  ])('%s: a follow-up after a follow-up keeps the topic: %j', async (locale, texts) => {
    const replies = await talk(locale, texts);
    expect(replies.map(answered)).toEqual(texts.map(() => 'faq:deposit_interest_rates'));
  });

  it.each<[Locale, string[]]>([
    ['zh-CN', ['定期存款利率多少', '谢谢', '三年的呢']],
    ['en', ["what's the dollar exchange rate today", 'thanks', 'and euro?']],
  ])('%s: thanks in between keeps the topic: %j', async (locale, texts) => {
    const [, thanks, reply] = await talk(locale, texts);
    expect(thanks!.intent).toBe('thanks');
    expect(answered(reply!)).toBe(answered((await talk(locale, texts.slice(0, 1)))[0]!));
  });

  // The swapped variant is answered by the article on debit card fees (account_management_fees, 2026-12-05),
  // or told honestly; never the credit card's fee again, nor a card replacement article.
  it.each<[Locale, string, string, string | null]>([
    ['zh-CN', '信用卡年费多少', '那借记卡呢', 'account_management_fees'],
    ['en', 'what is the credit card annual fee', 'what about debit cards?', null],
  ])(
    '%s: "%s", then "%s" gets the debit card answer or an honest fallback',
    async (locale, question, followUp, article) => {
      const [a, b] = await talk(locale, [question, followUp]);
      expect(answered(a!)).toBe('faq:credit_card_annual_fee');
      expect(b!.source?.id ?? null).toBe(article);
      expect(b!.kind).toBe(article ? 'faq' : 'fallback');
    },
  );

  it.each(LEANING)('%s "%s" (%s), then "%s" gets %s', async (locale, question, first, followUp, expected) => {
    const [a, b] = await talk(locale, [question, followUp]);
    expect(answered(a!)).toBe(first);
    expect(answered(b!)).toBe(expected);
  });

  it.each(ATTRIBUTES)('%s %j get %j', async (locale, texts, expected) => {
    const replies = await talk(locale, texts);
    expect(replies.map(answered)).toEqual(expected);
  });

  it.each(OWN_QUESTIONS)(
    '%s "%s", then "%s" is answered as a first message',
    async (locale, question, text) => {
      const [alone] = await talk(locale, [text]);
      const [, after] = await talk(locale, [question, text]);
      expect(answered(after!)).toBe(answered(alone!));
    },
  );

  it('a request after an answer is a request: "那我要转账呢" starts the transfer', async () => {
    const [, reply] = await talk('zh-CN', ['转账手续费多少', '那我要转账呢']);
    expect(reply!.kind).toBe('flow');
    expect(reply!.intent).toBe('transfer_money');
  });

  it('a follow-up after a fallback has nothing to lean on', async () => {
    const [alone] = await talk('zh-CN', ['三年的呢']);
    const [, , after] = await talk('zh-CN', ['定期存款利率多少', '啊啊啊啊', '三年的呢']);
    expect(answered(after!)).toBe(answered(alone!));
  });
});
