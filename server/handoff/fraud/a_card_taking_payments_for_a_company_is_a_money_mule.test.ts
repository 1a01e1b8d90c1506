/**
 * The customer's own card taking payments for a company that is not theirs (card_taking_payments_for_a_company.ts): a
 * money mule's card, whatever is asked about it. The customer's own company's account, a cashier's work and a card
 * restricted for another reason stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('a card taking payments for a company', () => {
  it.each([
    '替老板收款的那张卡被冻结了，怎么解',
    '用我自己的卡帮商家代收货款，今天转不出去了',
    'the card I use to take payments for a company has been restricted, what now?',
    'I receive payments for a firm into my personal account and now it is frozen',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '我们公司收款的卡被限了咋办',
    '我是公司出纳，帮公司收款的卡限额太低了',
    'our business account that takes card payments got restricted, why?',
    'my card was restricted after a big transfer to my sister',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
