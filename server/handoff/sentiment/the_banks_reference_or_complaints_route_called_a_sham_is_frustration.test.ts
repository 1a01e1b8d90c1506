/**
 * What the customer sees: the bank's reference number, feedback box or complaints route called a sham ("purely
 * decorative", 就是个摆设) goes to a person (banks_process_called_a_sham.ts). A question whether a number is random,
 * or a lost reference, stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model held calm: the rule hands the grievance over whatever the trained model reads, and stays quiet on the
// sincere look-alikes.
const withCalmModel = firstMessageVerdict({}, CALM);

describe("the bank's reference or complaints route called a sham", () => {
  it.each([
    '你们那个意见箱就是个摆设吧',
    '我那个工单号怕不是一串随机数',
    'Pretty sure my case reference is purely decorative at this point.',
    'Beginning to suspect the tracking number you gave me means nothing.',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '工单编号是随机生成的吗？',
    '意见箱在网点哪个位置',
    'Is my complaint reference number random or does it encode the date?',
    'I lost my complaint reference number, can you find it?',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
