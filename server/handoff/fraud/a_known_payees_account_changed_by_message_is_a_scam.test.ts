/**
 * A large payment the customer expects (completion money, school fees, a builder's final bill) whose account details
 * came "changed" by email or message is payee redirection (fraud/payee_details_changed_by_message.ts), even when the
 * customer only asks how to pay. A change checked with the payee on a number already known, or a deposit paid after a
 * viewing, is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// Calm model readings: the rule alone must catch the scam.
const calm = firstMessageVerdict({}, CALM);
const verdict = firstMessageVerdict();

describe('a known payee whose account changed by message', () => {
  it.each([
    'Our conveyancer sent an email with new bank details for the house deposit of £42,000, what is the most I can send online in one go?',
    'The nursery messaged that their fees account moved to a different bank, £1,900 for next term. How do I add them as a payee?',
    '孩子学校发邮件说学费收款账户换了，这学期三万八打到新账户，我在手机上怎么添加收款人',
    '律所微信上发来新的收款账号，购房尾款六十万，网银一天最多能转多少',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'The school emailed new bank details for fees; I rang the bursar on the number from their website and she confirmed it. How do I update the payee?',
    '装修公司说换了收款账户，我打电话给他们老板本人核实过了，新账户怎么添加',
    'I paid the deposit on a flat after viewing it with the letting agent, how long does a transfer take?',
    '看房后交了定金，转账多久到账',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
