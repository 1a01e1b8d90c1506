/**
 * After the wealth-product risk levels, "风险低一点的" got the whole article again and "something lower risk?" its
 * first line only (it holds the word "risk"). Now asking for lower risk gets the article's lines on its lowest
 * levels (R1 cautious, R2 conservative) and that wealth products are no deposits and can lose money, not the
 * lines on the assessment.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { asksForLowerRisk } from './lower_risk_question.ts';

const RISK_LEVELS = 'wealth_product_risk_levels';
const ASKED: Record<Locale, string> = {
  'zh-CN': '理财产品有哪些风险等级',
  en: 'what are the risk levels of wealth products',
};
/** [the lowest levels, not a deposit, a line that is not about it (the assessment's validity)] */
const LINES: Record<Locale, [RegExp, RegExp, RegExp]> = {
  'zh-CN': [/R1谨慎型、R2稳健型/, /不是存款，不保本/, /有效期12个月/],
  en: [
    /R1 cautious, R2 conservative/,
    /not deposits and are not principal-guaranteed/,
    /valid for 12 months/,
  ],
};

const CASES: Array<[Locale, string]> = [
  ['zh-CN', '风险低一点的'],
  ['zh-CN', '有没有稳一点的'],
  ['en', 'something lower risk?'],
  ['en', 'anything safer?'],
];

describe('what asks for lower risk', () => {
  it.each(CASES.map(([, said]) => said))('"%s" does', (said) => expect(asksForLowerRisk(said)).toBe(true));
  it.each(['风险测评怎么做', '理财产品有哪些风险等级', 'how do I take the risk assessment'])(
    '"%s" does not',
    (said) => expect(asksForLowerRisk(said)).toBe(false),
  );
});

describe('through the server', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(CASES)('%s after the risk levels, "%s": the lowest levels', async (locale, said) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const first = await chat.say(ASKED[locale]);
    const reply = await chat.say(said);
    chat.close();
    const [lowest, notDeposit, other] = LINES[locale];
    expect(first.source?.id).toBe(RISK_LEVELS);
    expect(reply.source?.id, reply.text).toBe(RISK_LEVELS);
    expect(reply.text).toMatch(lowest);
    expect(reply.text).toMatch(notDeposit);
    expect(reply.text).not.toMatch(other);
  });
});
