/**
 * A lawsuit the customer brought against a firm that ran off with their prepayment (跑路…我已经起诉了, "the builder did
 * a runner… taking him to small claims") is no threat to the bank (firm_that_ran_off_with_a_prepayment.ts). Suing the
 * bank still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe('a lawsuit against a firm that ran off with a prepayment', () => {
  it.each([
    '健身房收了我两年的会员费就跑路了，我已经起诉了，律师让我准备付会费那几个月的转账记录，手机上能导出吗？',
    'The builder did a runner with my deposit, I am taking him to small claims. Where can I download my statements for March?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each(['健身房跑路了，你们也不给我退，我已经起诉你们了'])('"%s" is still handed over', (text) => {
    expect(verdict(text)?.reason).toBe('complaint');
  });
});
