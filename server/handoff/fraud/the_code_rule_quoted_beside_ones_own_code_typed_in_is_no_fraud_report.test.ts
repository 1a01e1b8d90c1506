/**
 * The rule "never tell anyone the code" quoted, then asked whether the customer may type in a code they asked for
 * themselves, is no fraud report, whatever the classifier hears (own_code_typed_in_by_oneself_asked.ts). Someone who asked
 * for the code, or a caller's link, still makes it one.
 */
import { describe, expect, it } from 'vitest';
import { classifierFraudReport } from '../testing/classifier_fraud_report.ts';

describe('the code rule quoted beside one’s own code typed in', () => {
  const read = classifierFraudReport();

  it.each([
    ['居委会老说验证码别告诉任何人，那我自己用网银转账时收到的验证码，自己填进去没事吧', false],
    [
      "Everyone says never share a one-time code. When I log in myself on my laptop and type it in, that's okay, right?",
      false,
    ],
    ['居委会老说验证码别告诉任何人，刚才客服打电话让我念一下验证码，我自己填进去没事吧', true],
    [
      "Everyone says never share a one-time code, but the caller told me to enter it on the page he sent. When I log in myself and type it in, that's okay, right?",
      true,
    ],
  ] as const)('"%s" is a fraud report: %s', (text, report) => {
    const { intentReason, fraudRaised } = read(text);
    expect(intentReason).toBe('fraud_risk');
    expect(fraudRaised).toBe(report);
  });
});
