/**
 * An invoice to renew a business's domain, trademark or listing, "pay today or lose it", from a firm it never used:
 * the scam warning, whatever the model reads (fraud/renewal_invoice_with_a_deadline_from_an_unknown_firm.ts). A
 * renewal with the registrar or host the customer uses, or one without a deadline threatened, stays with the
 * assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

// The model reading nothing amiss (it read such an invoice 0.07): the rule alone must warn.
const verdict = firstMessageVerdict({}, NOTHING_AMISS);

describe('a renewal invoice from an unknown firm with a deadline', () => {
  it.each([
    'Received a final notice from "Web Domain Renewals" for our café website domain, £260, pay within 24 hours or it will be released. OK to pay the sort code on it from the business account?',
    'Letter says our trademark registration is expiring and we must pay $780 today or lose it. Can I transfer to their account from the company account?',
    '收到一封商标续展的缴费通知，说今天不交商标就会被注销，收款的是个没听过的公司，我用对公账户转过去行吗',
    '有个公司发来公司域名续费的账单，说24小时内不交域名就会被抢注，让转到他们账户，这个能直接付吗',
  ])('"%s" gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'My shop domain is up for renewal with GoDaddy next week, $39, can I pay with the business debit card?',
    'Our registrar emailed that the shop domain expires tomorrow, renew today or lose it. Can I use the business card?',
    '公司域名下个月到期了，在阿里云续费可以用对公账户付吗',
    '商标快到期了，续展费怎么从对公账户交',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
