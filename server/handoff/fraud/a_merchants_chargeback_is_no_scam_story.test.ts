/**
 * A merchant's chargeback: a cardholder disputes a payment made at the customer's own shop, and the customer asks
 * what to send ("店里有个客人上周刷卡消费了1600 现在说不是他本人刷的 收单那边发了调单通知 我要交什么", "My salon got a
 * chargeback, the client claims she never made the payment. How do I dispute it?"). No scam warning, though the
 * model hears one in 说不是他刷的 (fraud/merchant_chargeback.ts): its alarm stands only when it is all but certain.
 * A buyer who asks for a refund to another account is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

/** The model reading a scam, as the trained one did in such messages (0.92 to 0.93). */
const verdict = firstMessageVerdict({}, fraudAlarm(0.93));

describe("a merchant's chargeback", () => {
  it.each([
    '店里有个客人上周刷卡消费了1600 现在说不是他本人刷的 收单那边发了调单通知 我要交什么',
    '我们店收到一笔拒付 顾客说那笔480不是他消费的 要准备哪些材料申诉',
    'My salon got a chargeback, the client claims she never made the payment. How do I dispute it?',
    'A diner says he never made the £380 payment on our card machine and I have a chargeback letter. What evidence do I send?',
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '有个买家说不是他刷的 让我先把钱退到他另一个账户 他发了截图',
    'A customer disputed a payment and says I must refund it to his cousin’s account first, he sent a screenshot',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
