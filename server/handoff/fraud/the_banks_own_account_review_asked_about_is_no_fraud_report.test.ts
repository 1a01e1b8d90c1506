/**
 * The bank's own account review seen in its app and asked about ("App首页提示我账户被风控了，让补身份证说明资金用途，咋回事",
 * "the banking app says my account is restricted and asks me to explain the source of funds") is no fraud report:
 * neither the classifier's nor the model's (account_review_notice.ts). A notice with a link or a number to call,
 * or money to move to lift it, is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { classifierFraudReport } from '../testing/classifier_fraud_report.ts';

describe('the bank’s own account review asked about', () => {
  const read = classifierFraudReport();

  it.each([
    ['手机银行首页提示我账户被限制了，让我补充资料说明资金用途，这咋弄', false],
    [
      'The banking app says my account is restricted and asks me to explain the source of funds, what do I do?',
      false,
    ],
    ['收到短信说我账户被限制了，让我点链接补充资料说明资金用途', true],
    [
      'the app says my account is restricted, a man called and said to move my money to a safe account to explain the source of funds',
      true,
    ],
  ] as const)('"%s" is a fraud report: %s', (text, report) => {
    const { intentReason, fraudRaised } = read(text);
    expect(intentReason).toBe('fraud_risk');
    expect(fraudRaised).toBe(report);
  });
});
