/**
 * A tax office, the police or a court to be paid in crypto or through a bitcoin machine (public_body_paid_in_crypto.ts):
 * no public body takes it. Tax on the customer's own crypto, a bitcoin machine with no public body in it and whether
 * such a demand is ever genuine stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('a public body paid in crypto', () => {
  it.each([
    '税务局的人让我买USDT交税款，去哪买',
    '法院说罚款要用比特币交，怎么操作',
    'how do I put cash into a bitcoin ATM to pay the IRS?',
    'the police want the fine paid in crypto, can I buy it with my card?',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '我买比特币赚的钱要交税吗，税务局怎么规定',
    '你们网点附近有比特币机吗',
    'how do I report my bitcoin gains to the ATO?',
    'would the IRS ever ask to be paid in bitcoin?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
