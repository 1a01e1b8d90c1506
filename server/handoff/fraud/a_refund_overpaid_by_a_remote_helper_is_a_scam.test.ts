/**
 * Someone who fixed the customer's computer or helped remotely "refunded" too much by mistake and the extra is to
 * go back: the refund scam, even told calmly as a favour returned (fraud/refund_overpaid_by_a_remote_helper.ts). A
 * shop's double refund or an employer's payroll slip is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// Calm model readings: the rule alone must catch the scam.
const calm = firstMessageVerdict({}, CALM);
const verdict = firstMessageVerdict();

describe('a refund overpaid by a remote helper', () => {
  it.each([
    'A support technician sorted my PC remotely and says he refunded 500 instead of 50 by mistake, what is the quickest way to send the difference back?',
    'The tech support man fixed my internet, lovely chap, but he accidentally credited me £700 too much. How can I give back the extra?',
    '电脑售后工程师远程帮我处理退款，结果他不小心多退了八千，我余额确实多了，怎么转回给他？',
    '网络公司的技术人员帮我修好了电脑，说手滑多退了五千块，我想把多的还给他，转账怎么操作？',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'The shop refunded my jacket twice by mistake, should I tell them?',
    '淘宝退款退了两次，我要不要联系商家？',
    'My PC repair guy charged me twice for the same fix, how do I dispute it?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
