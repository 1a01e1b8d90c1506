/**
 * Calls or texts from strangers that keep coming, told as the reason for a protective note on the account ("I keep
 * getting calls from withheld numbers, I never pick up, my son told me to ask if you can mark my account as
 * vulnerable", "天天有骚扰电话打来 我都不接 能不能给我账户加个老年人的备注"), are no complaint about having to repeat oneself
 * to the bank (sentiment/unwanted_calls.ts), and the request is a protective setting
 * (sentiment/protective_limit_request.ts). The bank's own calls that keep coming, with anger, still go to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('calls from strangers that keep coming', () => {
  it.each([
    'I keep getting calls from withheld numbers, I never pick up, my son told me to ask if you can mark my account as vulnerable',
    '天天有骚扰电话打来 我都不接 能不能给我账户加个老年人的备注',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    'I keep getting calls from your bank and nobody can fix my card, I want someone to sort it',
    '你们银行天天给我打电话推销 说了多少遍不要了 还打 烦不烦',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
