/**
 * A code the customer is about to read out for a refund or for money to come in (code_to_be_read_out_for_a_refund.ts):
 * receiving never needs one. A code for the customer's own payment, a return collected at the door and whether
 * receiving needs a code at all stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('a code to be read out for a refund', () => {
  it.each([
    '领退款的验证码在哪看',
    '收赔偿款的验证码是哪条短信',
    'which code should I tell the refund agent?',
    'where can I find the OTP to claim my compensation?',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '付款的验证码在哪看',
    '退款一般几天到账',
    'Where do I find the OTP for my card payment?',
    'Which code do I give the delivery driver for my return pickup?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
