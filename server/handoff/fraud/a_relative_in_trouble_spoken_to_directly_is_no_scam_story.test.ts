/**
 * A relative in trouble abroad (in hospital, after an accident) whom the customer has spoken to themselves, the school or
 * the hospital as well, with the money going to the relative, is no scam story under the model's unsure alarm
 * (relative_in_trouble_verified_with_them_directly.ts). Money to a teacher's own account or a relative not reached is still
 * a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, fraudAlarm(0.6));

describe('a relative in trouble, spoken to directly', () => {
  it.each([
    '儿子在加拿大留学，打球骨折住院了，我跟他本人视频过，辅导员也打电话确认了，想给他汇一万加币交医疗费，怎么汇',
    "My son broke his leg skiing in Austria and he's in hospital. I've spoken to him myself on video and the hospital confirmed. What's the fastest way to send him 3,000 euros?",
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '儿子在加拿大留学，打球骨折住院了，辅导员打电话确认了，让我把医疗费转到辅导员的账户，怎么汇',
    "My son is in hospital in Austria after an accident. I couldn't reach him, but a nurse messaged and says to send the fees to her personal account",
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
