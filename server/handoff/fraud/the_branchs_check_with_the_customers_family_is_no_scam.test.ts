/**
 * The branch's own protective check on a large cash withdrawal: the teller asks the customer to ring a son or a
 * daughter to confirm (branch_family_check.ts). The customer met it at the counter and asks about the step: no scam
 * warning. A "police officer" telling them to keep it from the family is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { classifierFraudReport } from '../testing/classifier_fraud_report.ts';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const read = classifierFraudReport();
const verdict = firstMessageVerdict();

describe("the branch's check with the customer's family", () => {
  it('"在支行取八万现金，柜员要我给女儿打个电话确认一下" raises no fraud alarm from the classifier alone', () => {
    expect(read('在支行取八万现金，柜员要我给女儿打个电话确认一下，这是规定吗').fraudRaised).toBe(false);
  });

  it('"The teller asked me to phone my daughter to confirm the cash withdrawal" stays with the assistant', () => {
    expect(
      verdict(
        'The teller asked me to phone my daughter to confirm the £9,000 cash withdrawal. Is that standard now?',
      ),
    ).toBeNull();
  });

  it.each([
    '柜员让我给儿子打电话确认取钱，可是那个警察说不能告诉家里人',
    'The teller asked me to call my daughter about the withdrawal but the police officer on the phone said not to tell anyone',
  ])('"%s" still gets the fraud warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
