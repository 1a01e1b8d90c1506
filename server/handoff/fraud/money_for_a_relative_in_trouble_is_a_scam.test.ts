/**
 * Money demanded for a relative said to be in trouble elsewhere (held, "出事了", bail), or paid to a name someone
 * passed on, is the family-emergency scam (fraud/money_for_a_relative_in_trouble.ts), though no scam word is said. A
 * relative's own fine, the hospital's deposit or the family lawyer's invoice is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// Calm model readings: the rule alone must catch the scam.
const calm = firstMessageVerdict({}, CALM);
const verdict = firstMessageVerdict();

describe('money for a relative in trouble', () => {
  it.each([
    '我孙女在外地惹了点事 要赔钱才能了结 我不会用手机转 你帮我弄一下',
    '儿子在国外被警察扣了，得交保释金，怎么往国外汇钱',
    'How do I send money to the account the attorney gave me? It is to get my nephew out of jail.',
    'my grandson is locked up over there and I need to get him out, can I wire the bail to the officer he put on the phone?',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'My son got a parking fine, can I pay it for him through online banking?',
    '我儿子出车祸住院了，我要给医院交押金，怎么转账',
    "I paid my son's solicitor's invoice for his court case, can I get a receipt?",
    '我儿子去年被拘留过，现在没事了，想问问给他律师付费能不能分期',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
