/**
 * A relative's hospital bill paid through the hospital's own account or its payment window
 * (hospital_bill_paid_through_the_hospitals_own_channel.ts): the customer's own errand, even when the model raises an
 * alarm. A call, a message or a staff member's own account stays the family-emergency scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, NOTHING_AMISS } from '../testing/model_readings.ts';

const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));
const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe("a relative's hospital bill paid through the hospital's own channel", () => {
  it.each([
    "My mother had an operation in Manila, they handed me the invoice at the billing office and I want to pay it to the hospital's account. Can I send pesos from here?",
    "Grandad is in hospital in Lagos, I'm paying his bill into the hospital's own account, how long does an international transfer take?",
    '我爸在老家住院，我姐在医院照顾，我把钱转给她让她去缴费窗口交，跨行转账几点前能到？',
    '我爸在县医院住院，要交一万押金，我弟在医院，我转给他让他去住院处交，几点前转能到账？',
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    'Someone called saying my son is in hospital after a crash and I must transfer 2,000 to the hospital account before surgery, how fast can I send it?',
    '有人打电话说我女儿出车祸住院了，让我把手术费转到医生个人卡上，怎么最快转？',
  ])('"%s" still gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });
});
