/**
 * A payee the customer already pays changed its receiving account and the customer confirmed it with them in person,
 * then asks only how to pay (a_payees_new_account_confirmed_with_them_in_person.ts): no payee-change scam. Checked on
 * the number the announcing message gave, or pressed to pay today, it still gets the warning.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS, fraudAlarm } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict();
const calmModel = firstMessageVerdict({}, NOTHING_AMISS);
const alarmedModel = firstMessageVerdict({}, fraudAlarm(0.7));

describe("a payee's new account confirmed with them in person", () => {
  it.each([
    '孩子幼儿园换了新的收款账户，我去园里财务室当面核实过了，学费转账备注写什么',
    '小区物业换了收款账号，我到物业服务中心问过了，物业费转账要填什么用途',
    "Our landlord's agency changed their bank details, and I checked in person at their office. What reference should I put on the rent payment?",
  ])('"%s" gets no scam warning', (text) => {
    expect(verdict(text)).toBeNull();
    expect(calmModel(text)?.reason).not.toBe('fraud_risk');
    expect(alarmedModel(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '物业公司换了新收款账户，我打了通知里的电话问过了，他们催我今天交',
    '物业发微信说换了新收款账户，我去物业办公室问过了，不过他们催我马上转到新账户，不然停水',
    'The letting agency texted that their bank details changed, please pay the rent to the new account today',
  ])('"%s" still gets the scam warning', (text) => {
    expect(calmModel(text)?.reason).toBe('fraud_risk');
  });
});
