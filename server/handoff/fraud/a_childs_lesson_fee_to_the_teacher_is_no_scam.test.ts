/**
 * A child's lesson fee to the child's own teacher, even to the teacher's personal payment code ("给女儿的舞蹈老师交下
 * 学期课时费，老师发了个人收款码", "paying my son's swimming coach for the term, he gave me his own account"), is no scam
 * (lesson_fee_to_a_childs_own_teacher.ts). A "teacher" about stocks or crypto still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

const alarmed = firstMessageVerdict({}, fraudAlarm(0.78));

describe('a child’s lesson fee to the teacher', () => {
  it.each([
    '给女儿的舞蹈老师交下学期的课时费，老师发的是个人收款码，扫码付款有限额吗',
    "Paying my son's swimming coach for the term, he gave me his personal account details. Is there a limit for a new payee?",
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    '孩子的老师拉我进了个炒股群，让我交学费跟着带单',
    "My daughter's maths tutor says he can double my money in crypto if I pay his personal account",
  ])('"%s" still gets the scam warning', (text) => {
    expect(alarmed(text)?.reason).toBe('fraud_risk');
  });
});
