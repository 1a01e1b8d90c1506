/**
 * Part of one's savings locked so that only the counter can move it, asked for as a setting
 * (fraud/protective_card_setting_asked.ts), is no scam, though the model's alarm is unsure. Told to by a caller, it is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

const unsureAlarm = firstMessageVerdict({}, fraudAlarm(0.6));
// The trained model, as the customer meets it.
const verdict = firstMessageVerdict();

describe('savings locked to the counter, asked for', () => {
  it.each([
    '想把这笔养老的定期锁上，网银里转不走，只有本人到网点才能取，可以这样办吗',
    'Is it possible to lock away part of my savings so it can only be taken out in branch, not from the app?',
  ])('"%s" is no scam though the model is unsure', (text) => {
    expect(unsureAlarm(text)).toBeNull();
  });

  it.each([
    '有人打电话说我的存款有风险，让我锁定后转到他给的新账户',
    'A caller from the bank told me to lock my savings by moving them into a new account he set up',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
