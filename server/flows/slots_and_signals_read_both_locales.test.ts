/**
 * Slots from one sentence and corrections, in Mandarin and English, with the rule entity extractor; and the
 * short answers that steer a flow (cancel is not a correction, "是300" is not a yes).
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_BRANCHES } from '../banking/sandbox_seed.ts';
import type { Decision } from '../dialogue/decision.ts';
import { RuleEntityExtractor } from '../nlu/entities/extract_entities.ts';
import type { Locale } from '../protocol/protocol.ts';
import { FLOWS } from './flow_definitions.ts';
import type { FlowId } from './flow_types.ts';
import { extractSlots, mergeSlots } from './slot_extract.ts';
import { signalsOf } from './turn_signals.ts';

const extractor = new RuleEntityExtractor(() => new Date('2026-03-02T02:00:00Z'));
const slots = (flow: FlowId, text: string, locale: Locale, awaiting?: string) =>
  extractSlots(
    FLOWS[flow],
    { text, entities: extractor.extract(text, locale), ...(awaiting ? { awaiting } : {}) },
    SANDBOX_BRANCHES,
  );
const none: Decision = { type: 'fallback', reason: 'low_confidence' };

describe('slots from what the customer says', () => {
  it.each([
    ['给张三转500', 'zh-CN', { payee: { name: '张三' }, amount: 50_000 }],
    ['给张三转两千五', 'zh-CN', { payee: { name: '张三' }, amount: 250_000 }],
    ['从尾号1234的卡转500给李四', 'zh-CN', { from: '1234', amount: 50_000, payee: { name: '李四' } }],
    ['转一笔钱到尾号3344的卡', 'zh-CN', { payee: { tail: '3344' } }],
    ['transfer 200 to John', 'en', { payee: { name: 'John' }, amount: 20_000 }],
    ['send 1,200.50 to Alice Chen', 'en', { payee: { name: 'Alice Chen' }, amount: 120_050 }],
  ] as const)('transfer: %s', (text, locale, expected) => {
    expect(slots('transfer_money', text, locale)).toEqual(expected);
  });

  it('a bare name or account number answers the question just asked', () => {
    expect(slots('transfer_money', '李娜', 'zh-CN', 'payee')).toEqual({ payee: { name: '李娜' } });
    expect(slots('transfer_money', 'Li Na', 'en', 'payee')).toEqual({ payee: { name: 'Li Na' } });
    expect(slots('transfer_money', '确认', 'zh-CN', 'payee')).toEqual({});
    expect(slots('transfer_money', '6217 0000 0000 2222', 'zh-CN', 'payee_account')).toEqual({
      payee_account: '6217000000002222',
    });
    expect(slots('transfer_money', 'ending 1234', 'en', 'from')).toEqual({ from: '1234' });
  });

  it('an amount in another currency is not taken', () => {
    expect(slots('transfer_money', 'transfer 200 USD to John', 'en')).toEqual({ payee: { name: 'John' } });
    expect(slots('transfer_money', '给张三转500元', 'zh-CN').amount).toBe(50_000);
  });

  it('a phone number is not an amount or an account number', () => {
    expect(slots('transfer_money', '13800000001', 'zh-CN')).toEqual({});
  });

  it('cards, bills, branches, dates, half-days and queue services', () => {
    expect(slots('freeze_card', '冻结尾号5678的卡', 'zh-CN')).toEqual({ card: '5678' });
    expect(slots('pay_bill', '交电费200', 'zh-CN')).toEqual({ biller: 'electricity', amount: 20_000 });
    expect(slots('pay_bill', 'pay my water bill', 'en')).toEqual({ biller: 'water' });
    expect(slots('book_appointment', '明天下午去陆家嘴', 'zh-CN')).toEqual({
      branch: 'b2',
      date: '2026-03-03',
      period: 'pm',
    });
    expect(slots('queue_ticket', 'wealth advice please', 'en')).toEqual({ service: 'wealth' });
  });

  it('a later value corrects an earlier one; a new payee drops the old account number', () => {
    const first = { payee: { name: '王五' }, payee_account: '6217000000000002222', amount: 50_000 };
    expect(mergeSlots(first, slots('transfer_money', '不对，是300', 'zh-CN'))).toEqual({
      slots: { ...first, amount: 30_000 },
      changed: true,
      restated: false,
    });
    expect(mergeSlots(first, slots('transfer_money', 'no, make it 300', 'en')).slots.amount).toBe(30_000);
    expect(mergeSlots(first, { amount: 50_000 })).toMatchObject({ changed: false, restated: true });
    expect(mergeSlots(first, { payee: { name: '赵六' } }).slots.payee_account).toBeUndefined();
    // An account number heard first keeps its holder's name given after it.
    const number = slots('transfer_money', 'transfer 200 to 6222021234567890123', 'en');
    expect(number).toEqual({ amount: 20_000, payee_account: '6222021234567890123' });
    expect(mergeSlots(number, slots('transfer_money', 'Wang Wu', 'en', 'payee')).slots).toEqual({
      amount: 20_000,
      payee_account: '6222021234567890123',
      payee: { name: 'Wang Wu' },
    });
  });
});

describe('a correction that names the wrong amount too takes the other one', () => {
  it.each([
    ['no, 300 not 3000', 'en', 30_000],
    ['make it 300 instead of 3000', 'en', 30_000],
    ['send 300 rather than 3000', 'en', 30_000],
    ['not 3000, 300', 'en', 30_000],
    ['3000? no, 300', 'en', 30_000],
    ['300，不是3000', 'zh-CN', 30_000],
    ['是300不是3000', 'zh-CN', 30_000],
    ['不要转3000了，转300', 'zh-CN', 30_000],
    ['3000不对，是300', 'zh-CN', 30_000],
    ['要不转3000吧', 'zh-CN', 300_000],
  ] as const)('%s', (text, locale, amount) => {
    expect(slots('transfer_money', text, locale).amount).toBe(amount);
  });

  it('an amount said only as the wrong one gives none', () => {
    expect(slots('transfer_money', 'not 3000', 'en').amount).toBeUndefined();
    expect(slots('transfer_money', '不是3000', 'zh-CN').amount).toBeUndefined();
  });
});

describe('short answers', () => {
  it.each(['算了', '取消', '不转了', '算了吧', 'cancel', 'never mind', 'forget it', '取消转账'])(
    '"%s" cancels',
    (t) => {
      expect(signalsOf(t, none).cancel).toBe(true);
    },
  );
  it.each(['不对，是300', '不用了300', 'cancel the 300 and send 200', '我想取消一张卡'])(
    '"%s" does not cancel',
    (t) => {
      expect(signalsOf(t, none).cancel).toBe(false);
    },
  );
  it.each(['确认', '是的', '好的', 'yes', 'confirm', 'go ahead', 'OK!'])('"%s" confirms', (t) => {
    expect(signalsOf(t, none).affirm).toBe(true);
  });
  it.each(['是300', '确认一下余额', 'yes but 300'])('"%s" is not a plain yes', (t) => {
    expect(signalsOf(t, none).affirm).toBe(false);
  });
  it('spots a typed code, a resend and a request for a person', () => {
    expect(signalsOf('123456', none).bareCode).toBe(true);
    expect(signalsOf('重新发送验证码', none).resend).toBe(true);
    expect(signalsOf('talk to an agent', none).human).toBe(true);
    expect(signalsOf('转人工', none).human).toBe(true);
  });
});
