/**
 * A chargeback asked for on the customer's own card payment to a merchant who overcharged stands the model's fraud alarm
 * down (own_card_payment_disputed_after_an_overcharge.ts); a complaint already lodged with the platform is no threat to the
 * bank (../sentiment/complaint_lodged_with_someone_else.ts). A "customer service" calling about the refund still counts.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, fraudAlarm(0.6));

describe('a chargeback on ones own card payment after an overcharge', () => {
  it.each([
    '景区饭店多收了我一百二，刷的你们信用卡，我已经向商家投诉过了，他们不认账，能申请拒付吗？',
    'The taxi driver took the long way and charged me double. I paid on your credit card and I have already complained to the platform. Can I dispute it?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '饭店多收了我一百二，刷的你们信用卡，今天有个客服打电话说要我下载个软件帮我申请拒付',
    'The taxi driver overcharged me, I paid with my credit card. Someone called me saying he could file the chargeback if I send him the code.',
  ])('"%s" is still handed over', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
