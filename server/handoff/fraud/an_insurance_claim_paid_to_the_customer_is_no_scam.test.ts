/**
 * The customer's own insurance claim, assessed or agreed, the insurer asking where to pay it, is no scam: the model's
 * unsure alarm stands down (insurance_claim_paid_to_the_customer.ts). An "insurer" that wants a fee, a code or an app
 * first is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

describe('an insurance claim paid to the customer', () => {
  const verdict = firstMessageVerdict({}, fraudAlarm(0.8));

  it.each([
    '家里水管爆了报的保险，人保那边核赔完说赔我8200，要我的收款卡号，报储蓄卡就行吗',
    'My car insurer has approved the claim for the windscreen and wants my bank details to pay it. Is the sort code and account number all they need?',
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '保险公司客服说理赔款要到账得先交一笔手续费，要我的收款卡号',
    'My insurer approved the claim but says I must pay a release fee first and give them the code they text me',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
