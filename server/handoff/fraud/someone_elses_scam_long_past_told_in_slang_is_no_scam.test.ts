/**
 * Someone else's scam long past, told in slang ("got done by", "was taken in by"), with a question of the customer's
 * own (victim_context.ts, `othersScamOver`): no scam under way. The same slang about the customer's own scam now,
 * or with someone reaching the customer, stays a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS, fraudAlarm } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);
const unsure = firstMessageVerdict({}, fraudAlarm(0.8));

describe('someone else’s scam long past, told in slang', () => {
  it.each([
    'Years ago my gran got done by a fake prize thing, all dealt with now. I’m writing an essay about it - do you publish figures on fraud losses?',
    'My dad was taken in by a bogus lottery win back in 2015, long sorted. Do banks report how many people lose money to fraud each year?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
    expect(unsure(text)).toBeNull();
  });

  it.each([
    'My gran got done by a fake prize thing years ago, and now the same people rang me asking for a fee to release her winnings.',
    'I think I just got done by a fake lottery thing, I paid the release fee this morning. What do I do?',
  ])('"%s" is not stood down: the model’s alarm stands', (text) => {
    expect(unsure(text)?.reason).toBe('fraud_risk');
  });
});
