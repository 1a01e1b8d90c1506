/**
 * The former spouse paid under the customer's own divorce order ("离婚调解书上写我要给前夫转八万", "the consent order in
 * my divorce says I pay my ex-wife £40,000") is no scam (payment_to_a_former_spouse_under_ones_own_court_order.ts). A
 * "court" that phones about the divorce and wants money in a safe account still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, NOTHING_AMISS } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, NOTHING_AMISS);
const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));

describe('a former spouse paid under one’s own divorce order', () => {
  it.each([
    '离婚的事办完了，法院调解书上写我要给前夫转八万块，手机银行一次能转这么多吗',
    'My divorce is done and the consent order says I have to transfer £40,000 to my ex-wife by Friday. Can I do it in the app?',
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    '有人打电话说是法院的，说我离婚判决有问题，要我把钱转到安全账户配合调查',
    'A man from the court called about my divorce and said I must transfer my savings to a safe account today',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
