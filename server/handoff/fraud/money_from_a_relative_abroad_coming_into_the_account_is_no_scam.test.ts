/**
 * Money a relative abroad sends to the customer's family, asked about as it comes in ("这钱入账要填啥"), is no scam:
 * the model's unsure alarm stands down (money_coming_in.ts). Money from a stranger, or with a fee to receive it, is
 * still read as before.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

describe('money from a relative abroad coming into the account', () => {
  const verdict = firstMessageVerdict({}, fraudAlarm(0.7));

  it.each([
    '我哥在澳洲，给我爸汇了两万澳元给他看病用，这钱入账要带啥材料',
    'My sister in Canada wants to send me 5,000 dollars for the wedding, what do I need to receive it?',
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each(['网友从国外给我汇了十万美金，说这钱入账前要先交手续费，交啥'])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
