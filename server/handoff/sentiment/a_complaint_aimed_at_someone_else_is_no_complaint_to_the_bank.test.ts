/**
 * What the customer sees: a complaint they say is aimed at someone else, not the bank ("我要投诉的是物业，不是你们",
 * "the complaint is about the courier, not you"), before a plain errand, stays with the assistant
 * (complaint_aimed_at_someone_else.ts). A complaint at the bank, or one that names nobody else, still goes to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model held calm: the complaint phrase is read by rule whatever the trained model reads.
const withCalmModel = firstMessageVerdict({}, CALM);

describe('a complaint aimed at someone else', () => {
  it.each([
    '我要投诉的是物业，不是你们哈，就想改个账单地址',
    '我想投诉的是那家外卖平台，跟你们没关系，帮我查下这笔退款到了没',
    'The complaint is about the courier, not you. I just need my new card sent to another address.',
    "I want to complain about my landlord's agency, not you, just need a copy of my rent payments.",
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });

  it.each([
    '我要投诉，不是你们的问题是谁的问题',
    '我要投诉的是你们大堂经理',
    'I want to make a complaint about your branch manager.',
    'I want to make a complaint. The courier lost my card and you sent it to the wrong address.',
  ])('"%s" goes to a person as a complaint', (text) => {
    expect(withCalmModel(text)?.reason).toBe('complaint');
  });
});
