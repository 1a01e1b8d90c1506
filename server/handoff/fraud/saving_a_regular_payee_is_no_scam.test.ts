/**
 * Saving a payee the customer pays regularly so the details need not be typed again (saving_a_regular_payee.ts): the
 * model's unsure alarm stands down as for a known payee. A payee whose details just changed, or added because
 * someone asked, stays with the scam rules.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

const unsure = firstMessageVerdict({}, fraudAlarm(0.55));

describe('saving a regular payee', () => {
  it.each([
    'how can I save the cleaner I pay every week as a payee, so I dont have to type her sort code each time',
    'Is there a way to add my regular supplier as a saved payee? Typing the account number every month is a pain.',
    '每个月都给菜市场批发商转钱，能把他保存成常用收款人吗，省得每次输卡号',
  ])('"%s" stays with the assistant', (text) => {
    expect(unsure(text)).toBeNull();
  });

  it.each([
    'my supplier emailed new bank details today, how do I save them as a payee and pay the invoice urgently',
    '房东说他换了新的卡号，让我存成常用收款人，这个月房租打到新卡上',
  ])('"%s" still gets the warning when the model is alarmed', (text) => {
    expect(unsure(text)?.reason).toBe('fraud_risk');
  });
});
