/**
 * The customer paying for their own family's funeral, wedding or divorce settlement, told in their own words ("就是
 * 我奶奶上礼拜走了 我们要给殡仪馆还有墓地交钱 一共十一万多…转不出去 说超限额了", "my divorce settlement says I have to pay my ex
 * £65,000 by the 30th"), is a payment, not a scam: the model's fraud alarm stands only when it is sure. The same
 * event brought by a caller, a message or a new number, or paid to a person's own account, is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('paying for one’s own family funeral, wedding or divorce', () => {
  it.each([
    '就是我奶奶上礼拜走了 我们要给殡仪馆还有墓地交钱 一共十一万多 卡里钱是够的 但是转不出去 说超限额了',
    'my divorce settlement says I have to pay my ex £65,000 by the 30th. can I do that in one go from online banking or do I need to come in?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '有人打电话说是殡仪馆的，说我奶奶的丧葬费要先交三万保证金，让我转到他个人账户',
    '我女儿微信换了新号，说婚礼场地的定金要马上转五万给她朋友的卡',
    'someone called saying they are from the funeral home and I need to pay the deposit to a personal account today',
    'my son texted from a new number saying the wedding venue needs the balance urgently, sent to his friend’s account',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
