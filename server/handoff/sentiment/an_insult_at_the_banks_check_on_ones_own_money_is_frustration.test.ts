/**
 * What the customer sees: an insult flung at a check of the bank on the customer's own money (我自己的卡…被风控，神经病吧,
 * "flagged a move between my own accounts? are you insane?") goes to a person
 * (insult_at_a_check_on_ones_own_money.ts). The same check asked about calmly stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model held calm: the rule hands the grievance over whatever the trained model reads, and stays quiet on the
// sincere look-alikes.
const withCalmModel = firstMessageVerdict({}, CALM);

describe("an insult at the bank's check on one's own money", () => {
  it.each([
    '我往自己另一张卡上转点钱都被风控拦截了，神经病吧',
    '取我自己的存款还要验证三遍，脑子进水了吧',
    'You flagged a transfer between my own accounts as suspicious? Are you insane?',
    'Blocked from moving my own savings for a security check. Are you serious?',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '我自己的卡转账提示异常，怎么办',
    '取自己的存款需要验证什么材料',
    'A transfer between my own accounts was flagged as unusual, what should I do?',
    'Why is my own card blocked for a security check?',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
