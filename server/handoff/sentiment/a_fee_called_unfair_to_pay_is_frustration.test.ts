/**
 * A fee the bank took that the customer thinks they should not be the one to pay, "凭啥我来交" / "why should I be the one
 * paying?" (a card the employer opened, a card never used): frustration, however calm the model reads it
 * (sentiment/fee_called_unfair_to_pay.ts; 凭啥我来交 and its like are anger words in lexicon_zh.ts). A calm question
 * whether such a card has a fee, or who would pay one, stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model sure the message is calm (it read such a message 0.24 frustrated at most): the rule must hand it over.
const calm = firstMessageVerdict({}, CALM);

describe('a fee called unfair to pay', () => {
  it.each([
    '这张卡是单位给开的，今天扣了我年费，凭啥让我交',
    '社保卡是街道统一办的，又扣了小额账户管理费，凭什么我来付',
    'The uni set this account up for my bursary and you have charged me a £5 monthly fee. Why am I the one paying for it?',
    "My employer opened this payroll card and now there's an annual fee taken from it. Why should I pay that?",
  ])('"%s" goes to a person', (text) => {
    expect(calm(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '单位给开的工资卡要交年费吗',
    '单位办的卡要交年费吗？要是扣了为什么要我交',
    'If there is an annual fee on the payroll card, who pays it, me or my employer?',
    'My employer opened this payroll account. Is there a monthly fee on it?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
