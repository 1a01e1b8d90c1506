/**
 * The bank's own staff calling the customer in about a routine matter, the customer come to do it ("刚才是你们行的客户
 * 经理给我打的电话 说我的存款月底到期了让我来续 我就来了 在哪办", "my relationship manager rang to say my term deposit matures
 * next week and to pop in to renew it, where do I go"), is no fraud report, though the classifier hears one in the
 * call (bank_routine.ts). A "manager" who wants the money moved to an account he gives is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { classifierFraudReport } from '../testing/classifier_fraud_report.ts';

const read = classifierFraudReport();

describe('the bank’s own call to come in about a routine matter', () => {
  it.each([
    '刚才你们支行的理财经理给我打了电话 说我的定期下礼拜到期了 让我来续存 在哪个窗口办',
    '网点的工作人员打电话通知我新卡做好了 让我来领 在哪个窗口',
    'my relationship manager rang to say my term deposit matures next week and to pop in to renew it, where do I go',
    "the branch called to say my new card is ready to collect, I'm here now, which counter",
  ])('"%s" is no fraud report', (text) => {
    expect(read(text).fraudRaised).toBe(false);
  });

  it.each([
    '客户经理打电话说我的存款到期了 让我转到他给的账户续存 在哪办',
    'my relationship manager rang to say my deposit matures and I should move it to a new account he gave me, where do I go',
  ])('"%s" is still a scam', (text) => {
    expect(read(text).fraudRaised).toBe(true);
  });
});
