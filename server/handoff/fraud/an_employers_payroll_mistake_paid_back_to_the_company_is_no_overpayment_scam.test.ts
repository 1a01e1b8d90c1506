/**
 * The customer's own employer paid the salary twice or too much by mistake and the extra goes back to the company's
 * own account: no overpayment scam (employers_payroll_overpayment.ts). A stranger, a new remote job or a cheque that
 * overpays and wants the difference sent on still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM, NOTHING_AMISS } from '../testing/model_readings.ts';

describe('an employer’s payroll mistake paid back to the company', () => {
  const verdict = firstMessageVerdict({}, CALM);

  it.each([
    '单位财务这个月多发了我三千工资，主管让我转回公司对公账户，用手机银行转可以吗',
    'My employer paid my wages twice on Friday by mistake, finance asked me to send the extra back to the company account. Can I do that in the app?',
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '新找的兼职公司多打了我两千工资，让我把多出的钱转到他们经理的个人账户',
    'My new remote job overpaid my salary by mistake and they told me to send the extra back to a different account',
  ])('"%s" is still a scam', (text) => {
    expect(firstMessageVerdict({}, NOTHING_AMISS)(text)?.reason).toBe('fraud_risk');
  });
});
