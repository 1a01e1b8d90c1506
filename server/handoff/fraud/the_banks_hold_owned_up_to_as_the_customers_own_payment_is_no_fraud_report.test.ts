/**
 * The bank's own hold or check on the customer's payment, owned up to as theirs (bank_check_confirmed.ts): "your fraud
 * hotline rang… they were all mine", "my card's blocked now. I know it's you being careful", "卡被冻结了，我理解是为了
 * 安全". The classifier hears a fraud report; the customer reports none and asks about the card. A code asked for or a
 * safe account beside it is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { classifierFraudReport } from '../testing/classifier_fraud_report.ts';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const read = classifierFraudReport();
const verdict = firstMessageVerdict();

describe("the bank's hold owned up to as the customer's own payment", () => {
  it.each([
    'Your fraud hotline rang about two purchases, they were all mine, but the card is still being declined',
    "Paid for a hotel in Rome and my card's blocked now. I know it's you being careful, how do I get it working?",
    '卡被冻结了，我理解是为了安全，是我自己在国外刷的那笔，怎么解冻',
  ])('"%s" raises no fraud alarm from the classifier alone', (text) => {
    expect(read(text).fraudRaised).toBe(false);
  });

  it.each([
    'Your fraud team called, they were all mine, and then they asked me for the code to unblock it',
    '卡被冻结了，我理解是为了安全，客服让我把钱转到安全账户',
  ])('"%s" still gets the fraud warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
