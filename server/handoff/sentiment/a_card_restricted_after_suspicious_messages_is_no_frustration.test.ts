/**
 * A calm request to restrict a card after suspicious messages ("我爸老年机老收到什么“您的账户异常请回电”，他都不知道真假，
 * 能不能把他的卡设成只能在柜台大额转账", "My mum keeps getting texts saying her account is locked and can't tell if
 * they're real. Can her card be limited to branch transfers only?") is no frustration and no ask for a person: the
 * customer asks for a protective setting. Annoyance at the bank's own messages still reads as frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a card restricted after suspicious messages', () => {
  it.each([
    '我爸老年机老收到什么“您的账户异常请回电”，他都不知道真假，能不能把他的卡设成只能在柜台大额转账',
    "My mum keeps getting texts saying her account is locked and can't tell if they're real. Can her card be limited to branch transfers only?",
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '你们天天给我发短信烦死了，能不能把转账限额调低',
    'Why do you keep sending me these texts?! Useless. Lower my limit.',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
