/**
 * Someone else's scam call, long past and reported, told before a general question
 * (someone_elses_scam_call_long_past_and_reported.ts): "我邻居前年接到过冒充公安的电话…她当时就报警了。她想问银行会不会
 * 让人把钱转到安全账户", "my aunt got a call from someone posing as the police back in 2021… she reported it straight
 * away… would a bank ever tell you to move money to a safe account?". Her old story is no scam under way. The same
 * call coming again now still gets the scam warning.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('someone else’s scam call, long past and reported', () => {
  it.each([
    '我邻居前年接到过冒充公安的电话，说她涉嫌洗钱，她当时就报警了。她想问银行会不会让人把钱转到安全账户',
    'My aunt got a call from someone posing as the police back in 2021 saying her savings were linked to fraud. She reported it straight away. She asked me to check whether a bank would ever tell you to move money to a safe account?',
  ])('"%s" is no scam under way', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '我妈前年接到过冒充公安的电话，她报警了。现在又有人让她把钱转到安全账户',
    'My aunt got a call from the police in 2021 saying her account was linked to laundering, she reported it. Now they are asking her to move money to a safe account today',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
