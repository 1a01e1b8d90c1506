/**
 * A payroll provider's or an accountant's bank details "changed" by email just before a large payment
 * (payee_details_changed_by_message.ts): a scam, warned of even when the model reads nothing amiss. Details checked
 * with them on the usual number are no such story. (Mandarin wording, 代发工资的公司…新的收款账户, was caught before.)
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, NOTHING_AMISS);

describe("a payroll provider's bank details changed by message", () => {
  it.each([
    'Our payroll bureau sent an email with new account details for the wages float, we fund it tomorrow, £30k. How do I set up the payee?',
    'Email from our accountants says their bank details have changed and the VAT money should go to the new account this quarter',
  ])('"%s" gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'Our payroll bureau changed banks, we phoned them on the number we have always used and they confirmed it. How do I edit the payee?',
    'How do I pay our payroll provider each month by standing order?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
