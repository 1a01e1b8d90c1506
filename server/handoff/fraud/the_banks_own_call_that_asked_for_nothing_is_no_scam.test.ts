/**
 * A call from the bank told calmly, nothing asked of the customer, with the question whether it was really the bank
 * (banks_own_call_that_asked_for_nothing.ts): the labelling spec's hard neutral, so an unsure model alarm stands
 * down. A "bank" call that wanted money moved, a code or an app stays a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS, fraudAlarm } from '../testing/model_readings.ts';

const unsure = firstMessageVerdict({}, fraudAlarm(0.85));
const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('the bank’s own call that asked for nothing', () => {
  it.each([
    '你们信用卡中心刚来电话说我的额度下月调整，没问我要任何信息，这是真的吗',
    '客户经理打电话过来说我的定期下周到期，我也没给啥信息，是你们打的吧',
    'Your cards team rang to say my replacement card is in the post. They didn’t ask me for anything. Was that really you?',
    'Got a call from your mortgage team about my fixed rate ending, didn’t ask for any details. Is that genuine?',
  ])('"%s" stays with the assistant', (text) => {
    expect(unsure(text)).toBeNull();
  });

  it.each([
    '信用卡中心来电话说我卡被冻结了，没问我要密码，但是让我把钱转到安全账户，这是真的吗',
    'Your fraud team rang and didn’t ask for my PIN, but told me to move my savings to a safe account today. Was that really you?',
  ])('"%s" still gets the scam warning', (text) => {
    expect(unsure(text)?.reason).toBe('fraud_risk');
    expect(calm(text)?.reason).toBe('fraud_risk');
  });
});
