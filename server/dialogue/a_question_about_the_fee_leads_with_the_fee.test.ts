/**
 * "how much does it cost to send money abroad" / "往国外汇钱要多少手续费" got the overseas remittance limits
 * article in full: the FX quota first, the fee the customer asked about in its third line. Now a question
 * that asks only the price of something, answered by an article about more than its price, gets that
 * article's lines on the price. An article about a price (transfer fees) or one that opens with it is given
 * whole, and so is any article for a question that asks something else too. The rule on its own, and through
 * the real server in both languages.
 */
import { describe, expect, it } from 'vitest';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from '../test/support/expect_article.ts';
import { asksOnlyTheFee, feeLines } from './fee_question.ts';

describe('a question that asks only the fee', () => {
  it.each([
    '往国外汇钱要多少手续费',
    '境外汇款收费吗',
    'how much does it cost to send money abroad',
    "what's the fee for an international wire?",
  ])('"%s" asks the fee', (text) => expect(asksOnlyTheFee(text)).toBe(true));

  it.each([
    '境外汇款手续费多少，几天到账',
    '为什么扣我手续费',
    '往国外汇钱有额度吗',
    'how long does it take and what does it cost',
    'why was I charged a fee',
    'I was charged twice',
    'how much can I send abroad',
  ])('"%s" asks something else', (text) => expect(asksOnlyTheFee(text)).toBe(false));

  it('picks the lines on the price, unless the article is about the price or opens with it', () => {
    const limits = {
      title: 'Overseas remittance limits',
      answer: 'A yearly quota applies.\n\n- Tuition needs proof.\n- The fee is 0.1%.\n- Arrives in 3 days.',
    };
    expect(feeLines(limits, 'en')).toBe('- The fee is 0.1%.');
    expect(feeLines({ ...limits, title: 'Transfer fees' }, 'en')).toBeNull();
    expect(feeLines({ ...limits, answer: `Sending is free.\n${limits.answer}` }, 'en')).toBeNull();
    const zh = {
      title: '跨境汇款额度',
      answer: '每年额度5万美元。\n\n- 学费需证明；\n- 手续费为0.1%；\n- 消费限额够用。',
    };
    expect(feeLines(zh, 'zh-CN')).toBe('- 手续费为0.1%；');
  });
});

const ASKED: Array<[Locale, string, RegExp, RegExp]> = [
  ['zh-CN', '往国外汇钱要多少手续费', /^- 手续费为汇款金额的0\.1%/, /购汇便利化额度/],
  [
    'en',
    'how much does it cost to send money abroad',
    /^- The fee is 0\.1% of the amount/,
    /FX purchase quota/,
  ],
];

describe('through the server', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(ASKED)('%s "%s" leads with the fee', async (locale, text, fee, quota) => {
    const reply = await expectArticle(kit(), locale, text, 'cross_border_remittance_limits');
    expect(reply.text).toMatch(fee);
    expect(reply.text).not.toMatch(quota);
  });

  it.each([
    ['zh-CN', '跨行转账要手续费吗', /在柜台办理跨行转账按金额分档收费/],
    ['en', 'is there a fee to send money to another bank', /Interbank transfers made at a branch counter/],
  ] as Array<[Locale, string, RegExp]>)(
    '%s "%s" gets the transfer fees article whole',
    async (locale, text, whole) => {
      const reply = await expectArticle(kit(), locale, text, 'transfer_fees');
      expect(reply.text).toMatch(whole);
    },
  );
});
