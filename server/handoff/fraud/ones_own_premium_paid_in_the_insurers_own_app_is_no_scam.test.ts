/**
 * The customer's own premium or renewal paid in the insurer's own app, asked about as a card payment, stands the
 * model's fraud alarm down (own_policy_paid_in_the_insurers_own_app.ts). An app to download or a person's account does not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, fraudAlarm(0.6));

describe('ones own premium paid in the insurers own app', () => {
  it.each([
    '家里车险下个月到期，代理人是我表哥，说直接在平安app里续保就行，能用你们信用卡分期吗？',
    'My car insurance is up for renewal, my broker said to pay in the Aviva app, can I split it on my credit card?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '车险下个月到期，代理人让我先下载一个平安app再付，能用信用卡分期吗？',
    'My car insurance is up for renewal, the broker wants it paid by bank transfer to his personal account, can I use my credit card?',
  ])('"%s" is still handed over', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
