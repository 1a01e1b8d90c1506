/**
 * Someone on a new number as a relative, asking the customer to pay a bill for them and promising it back
 * (new_number_asking_to_pay_a_bill.ts): the "hi mum" scam, warned of even when the model reads nothing amiss. The
 * customer's own new phone, or a bill paid for a relative who asked in person, is no such story. (The Mandarin story
 * told with 借 or 让我转 was caught before by `red_flags.ts`.)
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, NOTHING_AMISS);

describe('a relative on a new number asking for a bill paid as a favour', () => {
  it.each([
    'My son messaged from a new number saying his old phone got wet, could you pay this invoice for me mum, I will pay you back on Friday. How do I pay a business?',
    'Text from my niece on a different number: can you cover her electricity bill today and she will give it back next week. What details do I need?',
    '侄子换了新微信加我，说帮他交一下培训费，回头还你，我要转到一个公司账户上',
  ])('"%s" gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'I got a new number last week, how do I update it on my account?',
    'My daughter is with me and asked me to pay her phone bill for her this month, how do I add her provider as a payee?',
    '我换了新手机号，怎么改银行预留的手机号？',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });
});
