/**
 * Money or a fee taken all the same, though the bank's side did not deliver (charged_all_the_same.ts): 照扣 / 照样扣
 * / "charged me all the same" is indignation, however calm the model reads it. A question whether the fee is still
 * taken asks, and a calm report of a machine's fault stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe('money taken all the same', () => {
  it.each([
    '嗯那个汇款被退回来了手续费照样扣',
    '存款机吞了我五百没入账 账上倒是照扣不误',
    'the transfer bounced and they charged me the fee all the same',
    'card machine failed twice and the bank took the money regardless',
  ])('"%s" is frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '转账没成功的话手续费照扣吗',
    'if a payment fails do you take the fee regardless?',
    '取款机少出了一百 短信显示扣了全额 怎么处理',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
