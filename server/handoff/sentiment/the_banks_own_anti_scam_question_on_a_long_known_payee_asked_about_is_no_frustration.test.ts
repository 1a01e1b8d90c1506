/**
 * The bank's own anti-scam question, met on a payment to someone the customer has paid for years and asked about calmly,
 * is no frustration under the model's alarm (banks_own_anti_scam_question_on_a_long_standing_payee.ts). Someone who
 * really told the customer what to answer keeps the message escalated.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { frustrationAlarm } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, frustrationAlarm(0.65));

describe('the bank’s own anti-scam question on a long-known payee', () => {
  it.each([
    '给保姆发工资的时候手机银行弹窗问是否有人指导我转账，这是常规流程吧？她在我家干了六年了',
    "Paying my usual cleaner and the app asked if someone had told me what to say about the payment. That's routine, I guess? She's cleaned for us for years",
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '给保姆发工资的时候手机银行弹窗问是否有人指导我转账，这是常规流程吧？对方教我说是发工资',
    "The app asked if someone had told me what to say. Is that routine? The caller told me to say it's for my usual cleaner of five years",
  ])('"%s" is still escalated', (text) => {
    expect(verdict(text)).not.toBeNull();
  });
});
