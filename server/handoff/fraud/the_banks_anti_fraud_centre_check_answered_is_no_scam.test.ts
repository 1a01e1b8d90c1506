/**
 * The bank's own anti-fraud centre checking a payment the customer confirms as theirs ("你们反诈中心刚来电话，问我是不是本人
 * 转了8万给装修队，是我本人转的，现在能放行吗", "your anti-fraud centre called me about my transfer of 12,000 to the timber
 * yard, yes it was me, please release it") is no police impersonation (fraud/bank_check_confirmed.ts): the customer
 * asks for the hold to be lifted. A "centre" asking for money moved to a safe account is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("the bank's anti-fraud centre check, answered", () => {
  it.each([
    '你们反诈中心刚来电话，问我是不是本人转了8万给装修队，是我本人转的，现在能放行吗',
    'your anti-fraud centre called me about my transfer of 12,000 to the timber yard, yes it was me, please release it',
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '你们反诈中心打电话说我账户涉嫌洗钱，让我把钱转到安全账户配合调查',
    'your anti-fraud centre called, said my account is linked to money laundering and I must move it to a safe account, yes it was me',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
