/**
 * Paying a seller the customer is standing with at a stall, the bank's payee check saying the name matches
 * (seller_met_in_person_payee_name_confirmed.ts, model_fraud_reading_set_aside.ts): the trained model's unsure alarm is set
 * aside, so no scam warning. A seller met online whose goods are to be posted still gets it.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';
import { verdictReadThroughAFixedModel } from '../testing/verdict_read_through_a_fixed_model.ts';

const verdict = firstMessageVerdict();
// The model unsure but alarmed (0.92, above its sure-fraud line of 0.9), read through the signal reader.
const alarmed = verdictReadThroughAFixedModel(fraudAlarm(0.92));

describe('a seller met in person with the payee name confirmed', () => {
  it.each([
    "Hi, I'm standing at a stall at the Saturday flea market and the seller gave me his account number for a lamp. Confirmation of payee came up as a match on his name, ok to send £40?",
    '我在跳蚤市场摊位前，摊主给了卡号，转账时显示户名一致，可以转吗？',
  ])('"%s" gets no scam warning', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    'A seller on Facebook Marketplace will post the lamp once I pay, Confirmation of Payee says the name matches, ok to send a deposit to hold it?',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    "Hi, the man at the Sunday market said bank transfer is fine for the bike, I'm standing at his stall and he gave me his details. The payee check says the name matches, ok to send £150?",
    '我在跳蚤市场摊位前，摊主给了卡号，转账时显示户名一致，可以转吗？',
  ])('"%s" gets no scam warning though the model is alarmed', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    'A seller on Facebook Marketplace will post the lamp once I pay, Confirmation of Payee says the name matches, ok to send a deposit to hold it?',
    '闲鱼上的卖家说先付定金再寄给我，转账显示户名一致，可以转吗？',
  ])('"%s" still gets the scam warning when the model is alarmed', (text) => {
    expect(alarmed(text)?.reason).toBe('fraud_risk');
  });
});
