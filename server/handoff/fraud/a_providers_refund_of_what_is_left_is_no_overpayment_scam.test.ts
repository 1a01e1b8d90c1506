/**
 * A gym, a school or a landlord refunding what the customer has left and asking only for the receiving details
 * (refund_owed_by_ones_landlord_or_provider.ts): money coming in, not an "overpayment" to send back, even when the
 * model raises an alarm. A refund that wants a code, an app or money sent back first stays the scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, NOTHING_AMISS } from '../testing/model_readings.ts';

const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));
const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe("a provider's refund of what the customer has left", () => {
  it.each([
    '游泳馆不开了，老板说退我剩余的卡费一千二，让我发卡号和户名，这样可以吗？',
    '培训机构同意退还剩下的课时费，要我的卡号和开户行，给了没问题吧',
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    '健身房客服说退我剩下的卡费，让我下载个app把验证码报给他',
    '房东说多转了押金，让我把剩下的差额转回他另一个账户',
  ])('"%s" still gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });
});
