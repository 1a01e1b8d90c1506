/**
 * A hospital's bill said to go into a doctor's, a nurse's or a clerk's own account or wallet
 * (hospital_fee_into_a_staff_members_own_account.ts): a scam, warned of even when the model reads nothing amiss. The
 * hospital's own account or its desk is the customer's own errand.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, NOTHING_AMISS);

describe("a hospital's bill into a staff member's own account", () => {
  it.each([
    "The ward clerk said my uncle's operation goes ahead once we pay 80,000 rupees to the nurse's personal UPI. What is my limit for UPI?",
    'My uncle is in hospital in Dhaka and the cashier says pay the deposit to her own Google Pay before they start, what is my limit?',
    '我爷爷住院了，医院的人说手术费先转到护士的个人微信上，能用你们的卡绑微信吗',
    '外婆在医院，收费处的人让我扫她自己的收款码交押金，单笔能付多少',
  ])('"%s" gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    "My wife is in hospital, I paid the admission deposit at the cashier's desk with my card, will it show today?",
    '我爸住院了，住院处让交押金，刷你们的信用卡可以分期吗',
  ])('"%s" is no staff account', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
