import { describe, expect, it } from 'vitest';
import { reportsDoubleCharge } from './double_charge_question.ts';

describe('a payment charged twice', () => {
  it.each([
    '同一笔消费扣了我两次钱',
    '买了个东西被扣了两次',
    '超市刷卡重复扣款了',
    '这笔多扣了一笔怎么回事',
    '网购的钱划了两次',
    'I was charged twice for the same purchase',
    'the restaurant charged my card two times',
    'looks like I got double charged at the petrol station',
    'there is a duplicate charge on my statement',
    'the shop took the money twice',
  ])('"%s" is one', (text) => expect(reportsDoubleCharge(text)).toBe(true));

  it.each([
    '卡刷了两次都没成功',
    '我分两次付了房租',
    '这个月消费多少',
    '收到两次验证码',
    'I get paid twice a month, when does my salary arrive',
    "I've taken out cash twice today, what's the limit",
    'how much have I been charged in fees this month',
    'can I pay my card bill in two payments',
  ])('"%s" is not', (text) => expect(reportsDoubleCharge(text)).toBe(false));
});
