/**
 * The customer's own payment held by the bank's system, confirmed as theirs on the bank's own call, and asked to go
 * again ("your system stopped my transfer… your team rang me to check… can I try it again?", 被系统拦截了…客服来电确认过…
 * 可以再转一次吗) is no fraud report (own_payment_held_and_confirmed_on_the_banks_call.ts): the classifier's fraud_report
 * is not trusted. A "call" from a number the customer does not know, or one asking for a code or for the money to go
 * elsewhere, still gets the scam warning.
 */
import { describe, expect, it } from 'vitest';
import { classifierFraudReport } from '../testing/classifier_fraud_report.ts';

const classifier = classifierFraudReport();

describe("one's own payment held and confirmed on the bank's call, asked to go again", () => {
  it.each([
    '给装修公司的尾款被系统拦截了，你们客服下午来电确认过，是我自己转的，可以再转一次吗',
    '房租被你们风控拦下来了，银行工作人员也打电话核实过了，我说了是本人操作，现在能正常转账了吗',
    'Your system stopped my transfer for the used car, your team rang me to check and I confirmed it was me. Can I try it again now?',
    'My deposit for the wedding venue got held by your system, you called me this morning to verify and I said it was genuine. Will it go through if I resend?',
  ])('"%s" is no fraud report', (text) => {
    const read = classifier(text);
    expect(read.intentReason).toBe('fraud_risk');
    expect(read.fraudRaised).toBe(false);
  });

  it.each([
    '转账被你们系统拦了，一个陌生号码打电话来核实，我说是我本人操作的，现在能重新转了吗',
    '学费被系统拦截了，客服打电话核实，让我报一下验证码，说是我本人操作就能再转一次',
    'My payment was blocked by your system, then someone rang to verify, I confirmed it was me and they said to pay it to a new account instead. Can I resend it there?',
  ])('"%s" still gets the scam warning', (text) => {
    expect(classifier(text).fraudRaised).toBe(true);
  });
});
