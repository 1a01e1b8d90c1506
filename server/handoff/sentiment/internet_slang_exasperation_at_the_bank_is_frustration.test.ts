/**
 * What the customer sees: exasperation said in internet slang about the bank's service ("ffs the code expired before
 * it came AGAIN", "why tf is my direct debit out twice", "真的会谢 验证码输完就提示超时", "特么的 app登录一直转圈") goes
 * to a person even when the trained model is unsure, as "wtf" or 离谱 already did. The same slang about the bus,
 * before a plain request, stays with the assistant, and so does slang for the customer's own state (裂开 after a
 * long shift), which the lexicon leaves alone.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe('internet slang of exasperation', () => {
  it.each([
    'ffs the one time passcode timed out before it even got to my phone',
    'why tf is my direct debit coming out twice this month',
    'ffs card declined at the self checkout, there is money on it',
    '真的会谢 验证码输完就提示超时',
    '特么的 你们app登录一直转圈',
    '真的会谢 刚申请的信用卡被拒了',
  ])('"%s" goes to a person', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    'ffs the bus was 40 mins late again, anyway can i see my balance',
    '真的会谢 地铁又停运了 不说了 帮我查下余额',
    '裂开 今天跑了十个小时单 查下这周收入到了没',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
