/**
 * A shop's or a platform's "customer service" guiding the customer, step by step, to "receive" a refund or compensation
 * in an app (scam_steps_asked_as_banking.ts, `guidedToReceiveRefund`): a refund arrives by itself, so the steps are a
 * transfer out and the scam warning. A refund the merchant sent, asked after, stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe("a shop's customer service guiding a refund to be received in an app", () => {
  it.each([
    'The Lazada support agent is walking me through how to receive my compensation in the banking app, which tab?',
    'Customer service from the online store is guiding me to claim the refund, they said tap transfer in my app',
    '京东客服正在一步步教我在手机银行里领取理赔，点哪个按钮',
    '商家售后带我在app里接收退款，要我点转账，对吗',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'The shop said the refund will be back on my card in 5 days, where do I see it in the app?',
    '淘宝退款显示已退回，多久到我的银行卡',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
