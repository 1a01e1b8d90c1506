/**
 * A runaround and a customer given up on the bank, told without an angry word: each side sending the customer to the
 * other (passed_back_and_forth.ts), the need met elsewhere and the bank told dryly to take its time, even beside "没事
 * 了" (take_your_time_now.ts), and resignation (resigned_to_no_fix.ts). The model can read them as calm; they go to a
 * person all the same. One side named as the one to ask, a kind "不急，慢慢查" and a plain expectation stay with the
 * assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const calmlyRead = firstMessageVerdict({}, CALM);

describe('passed back and forth, or a customer lost elsewhere', () => {
  it.each([
    '退款的事商户让我找你们，你们让我找商户，我到底该找谁',
    '保险扣款重复了，两边都说不归他们管',
    '房贷提前还款的事，支行和总行互相当皮球',
    '算了，我已经在别的银行办好了，你们慢慢审吧',
    '没事了，朋友那借到了，你们的额度慢慢批吧',
    '已经不抱什么希望了，就想知道年费为什么又扣了',
    'The insurer tells me to call you and you tell me to call the insurer.',
    'The shop and the bank keep blaming each other over my refund.',
    'Never mind, sorted the mortgage with another lender, so take all the time you like.',
    "I don't expect much from you anymore, just tell me why the standing order failed.",
  ])('"%s" goes to a person', (text) => {
    expect(calmlyRead(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '退款的事商户说找你们就行，怎么申请',
    '不急，你们慢慢查，查到了告诉我',
    '没事了，钱已经到账了',
    'The merchant said to ask the bank about the refund. How do I start?',
    'No rush, take your time checking it.',
    "I don't expect any payments this week, is this one mine?",
  ])('"%s" stays with the assistant', (text) => {
    expect(calmlyRead(text)).toBeNull();
  });
});
