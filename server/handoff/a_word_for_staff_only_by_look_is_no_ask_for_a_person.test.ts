/**
 * A word for a person only by look (staff_word_look_alike.ts): 人工 across 本人 + 工行 or 个人 + 工资, and a payment
 * instrument named after its issuer ("a banker's draft", "a banker's cheque"). The customer asks about their card or
 * the instrument and stays with the assistant; a real ask for a person (转人工, 人工客服, "speak to a banker") is
 * still one.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a word for a person only by look', () => {
  it.each([
    '我本人工行卡能不能绑定微信支付？',
    '这是我个人工资卡，怎么开通短信提醒',
    "I need a banker's draft for the deposit on a flat, can I order it online?",
    "Need a banker's cheque for £8,000 to buy a car privately, can the branch do it same day?",
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '帮我转人工',
    '我要找个人工客服',
    "I'd like to speak to a banker about a mortgage",
    'Need a banker to call me back',
    'Can a banker check my paperwork',
  ])('"%s" is still an ask for a person', (text) => {
    expect(verdict(text)?.reason).toBe('asked_for_human');
  });
});
