/**
 * Payments the customer collects for a company and is to pass on (scam_steps_told_in_few_words.ts): a money mule's
 * "job". The customer's own company's takings, moved by its cashier to its own account, stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('payments collected for a company to be passed on', () => {
  it.each(['帮公司代收的款怎么转过去', 'I receive payments on behalf of a company, how do I forward them?'])(
    '"%s" gets the scam warning',
    (text) => {
      expect(calm(text)?.reason).toBe('fraud_risk');
    },
  );

  it.each([
    '我是公司出纳，代收的货款怎么转到对公账户',
    '我们公司代收的货款怎么转给总公司',
    'I do the books for my company, how do I move the takings to our business account?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
