/**
 * Anti-fraud advice quoted and checked with the bank (fraud/anti_fraud_advice_quoted.ts): "never give your code to
 * anyone", "the police never ask you to move money", said by a relative in the police or a neighbour, is no scam
 * story, and a calm check of it is no frustration though the model hears it in "never". Done all the same, it is
 * a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);
// The trained model, which reads these as frustrated (0.99, 0.86).
const trained = firstMessageVerdict();

describe('anti-fraud advice quoted and checked', () => {
  it.each([
    '我表叔是民警，他总讲动态码对谁都别说，连银行的人也一样，你们规定也是这样吧',
    '邻居说公安绝不会让老百姓往别的账户打钱，你们银行也是这样吗',
    'My uncle is a detective and he keeps saying never share a one-time code with anybody, the bank included. Same rule for you?',
    "A neighbour told me a real bank would never call you about moving your savings. Is that right? I'm writing it up for our residents' newsletter.",
  ])('"%s" is no scam story', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '我表叔是民警，他总讲动态码对谁都别说，连银行的人也一样，你们规定也是这样吧',
    'My uncle is a detective and he keeps saying never share a one-time code with anybody, the bank included. Same rule for you?',
  ])('"%s" is no frustration', (text) => {
    expect(trained(text)).toBeNull();
  });

  it.each([
    '我哥老说验证码谁都不能给，可我刚才已经告诉那个自称银行的人了',
    'My dad always says never give the code to anyone, but then I read it out to the man who said he was from the bank',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
