/**
 * A household bill to be paid into a "temporary" account before a cut-off
 * (bill_paid_into_a_temporary_account_before_a_cut_off.ts). A real bill before a cut-off and a company's own temporary
 * account opened at the bank stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('a bill paid into a temporary account before a cut-off', () => {
  it.each([
    '说要停水了，水费先打到一个临时账户',
    '燃气公司说明天停气，欠费转到临时收款账户就行，今天能到吗',
    'they will cut off my gas unless I pay into a temporary account today',
    'the power company says pay to their temporary account or they disconnect tonight, will it arrive in time?',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '电费欠费了要停电，在app里怎么交',
    '公司注册需要开临时账户吗',
    'my power will be cut off tomorrow, how do I pay the bill in the app?',
    'can I open a temporary account for my new company?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
