/**
 * Cash for a second-hand item paid only on seeing it ("闲鱼上买的二手沙发，卖家送上门，看了货再给现金", "I'll pay him
 * cash when I see the bike") is no scam (cash_paid_on_seeing_the_item.ts). A deposit or a delivery fee asked first
 * still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

const alarmed = firstMessageVerdict({}, fraudAlarm(0.61));

describe('cash paid on seeing a second-hand item', () => {
  it.each([
    '闲鱼上买了个二手沙发，卖家后天送上门，看到货再给现金，取五千块要提前预约吗',
    'Found a used bike on Facebook Marketplace, the seller is bringing it round Saturday and I will pay cash when I see it. Can I take out 800 at the ATM?',
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    '闲鱼上买了个二手沙发，卖家让我先付五百定金才发货，看到货再给剩下的现金',
    'Found a used bike online, the seller wants a deposit by bank transfer first and I will pay cash when I see it',
  ])('"%s" still gets the scam warning', (text) => {
    expect(alarmed(text)?.reason).toBe('fraud_risk');
  });
});
