/**
 * Telling the bank to get its act together ("你们能不能靠谱点", "can you guys sort yourselves out?") is a grievance
 * however flat the report before it (told_to_get_its_act_together.ts); the customer's own resolve ("我得靠谱点") is
 * not. Nor are payment rails and tax papers written in capitals ("a GST bill… RTGS or NEFT?") shouting
 * (payment_and_tax_acronyms.ts), while words in capitals still are.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('telling the bank to get its act together', () => {
  it.each([
    '工资卡昨天的钱今天还没到，你们能不能靠谱点',
    '我想查一下上个月的流水，你们能不能专业一点',
    'The payment to my landlord is still pending, can you guys sort yourselves out?',
    'Card got declined at the pharmacy twice with money in the account. Can you lot get your act together?',
  ])('"%s" is frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    'I need to get my act together and start saving, what accounts do you have?',
    '我得靠谱点，开始存钱了，有什么定期推荐',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});

describe('payment rails and tax papers in capitals', () => {
  it.each([
    "The contractor's fee is ₹1,20,000 with a GST bill. Should I pay by RTGS or NEFT?",
    "My CA's fee for filing is ₹18,000, he sent a GST invoice, UPI or IMPS?",
  ])('"%s" is no shouting', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it('words in capitals still are', () => {
    expect(verdict('I paid via UPI, GST was charged, and NEFT failed. WHY IS THIS SO HARD')?.reason).toBe(
      'negative_sentiment',
    );
  });
});
