/**
 * Dissatisfaction said mildly of the bank's handling, answer or change ("处理结果我不太满意", "Not too pleased that my
 * limit was cut without any warning"): frustration, however politely put and however calm the model reads it.
 * Dissatisfaction supposed ahead ("如果不满意", "if I'm not happy") or with a product the customer shops around for is not
 * (mild_dissatisfaction_with_what_the_bank_did.ts).
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, CALM);

describe('mild dissatisfaction with what the bank did', () => {
  it.each([
    '你们对我那次投诉的答复我不是很满意，能不能再核实一下',
    '这次的处理结果我不太满意，损失只赔了一半',
    'Not too pleased that my overdraft limit was cut without any warning.',
    'Not entirely happy with how my chargeback was handled, could someone take another look?',
  ])('"%s" goes to a person', (text) => {
    expect(calm(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '如果对处理结果不满意，还能去哪里申诉？',
    '对现在的存款收益不太满意，有没有高一点的产品？',
    "If I'm not happy with the outcome of my complaint, what can I do next?",
    'Not very happy with my current savings rate, do you have anything better?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
