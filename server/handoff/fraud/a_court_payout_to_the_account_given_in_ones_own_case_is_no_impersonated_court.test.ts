/**
 * The court's payout in the customer's own lawsuit, announced by the judge's call, going to the account given when
 * filing, is no impersonated authority (court_payout_to_the_account_given_in_ones_own_case.ts). A "court" that wants a
 * fee first or a new account is still one.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe('a court payout to the account given in ones own case', () => {
  it.each([
    '前年起诉了欠我货款的老板，今天执行法官打电话说执行款到位了，会转到我立案时登记的那张卡，到账后怎么看是哪来的钱？',
    'I sued my old landlord for the deposit. The court clerk phoned this morning: the money has been recovered and will go to the account I put on my claim form. How will it show on my statement?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '前年起诉了欠我货款的老板，今天法官打电话说执行款到位了，立案时登记的卡要先交一笔执行费才能到账',
    'I sued my old landlord. A court officer phoned to say the money has been recovered and will go to the account on my claim form once I move my savings to a safe account.',
  ])('"%s" is still handed over', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
