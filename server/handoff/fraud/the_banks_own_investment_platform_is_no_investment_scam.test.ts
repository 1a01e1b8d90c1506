/**
 * The bank's own investment platform named as the place the customer buys (banks_own_platform.ts): "invest £500 in a
 * bond fund on your investment platform", "在你们的理财平台上买点国债". No investment-scam warning; a mentor or a
 * "teacher" sending the customer to a platform is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("the bank's own investment platform", () => {
  it.each([
    "I'd like to invest £500 in a bond fund on your investment platform. Is there a minimum?",
    '我想在你们的理财平台上买点国债，起购金额是多少',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    'My trading mentor says to deposit more on the investment platform',
    '老师让我在投资平台上充值买币',
  ])('"%s" still gets the fraud warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
