/**
 * The customer rang the bank's real number themselves (from its website, the back of the card) and was told the card
 * is being replaced; only the new card asked after (banks_real_number_called_by_the_customer.ts): no caller posing as the
 * bank, so no scam warning. A "bank" that called first and wanted money moved still gets it.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

const unsure = firstMessageVerdict({}, fraudAlarm(0.75));

describe("the bank's real number called by the customer about a replaced card", () => {
  it.each([
    'I rang the number on the back of my card and the agent said my card was caught in a retailer breach and a replacement is on its way. When does it usually arrive?',
    '我自己打了你们官网上的客服电话，说我的卡受信息泄露影响要换新卡，新卡几天能到',
  ])('"%s" gets no scam warning', (text) => {
    expect(unsure(text)).toBeNull();
  });

  it.each([
    'Someone rang me saying they were from your fraud team, my card was in a breach and I should move my savings to a new account',
    '有人打电话说是你们客服，说我的卡信息泄露了，让我把钱转到新账户',
  ])('"%s" still gets the scam warning', (text) => {
    expect(unsure(text)?.reason).toBe('fraud_risk');
  });
});
