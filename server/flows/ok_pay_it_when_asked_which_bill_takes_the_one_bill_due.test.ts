/**
 * "好的 交吧" / "ok pay it" when a bill payment asks which bill: it was "抱歉，我没有听明白" (in English, the
 * bill-payment article). With exactly one bill due (the bill named had nothing due, the one that has is
 * offered), that bill is now taken and read back; with several, the question is asked again with the bills
 * due listed. Through the real server, both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat, cardField } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

/** Electricity and water due (gas nothing). */
const TWO_DUE = { phone: '13800000001', pin: '135790' };
/** Broadband due only. */
const ONE_DUE = { phone: '13800000004', pin: '864200' };

const S = {
  'zh-CN': {
    start: '我要缴费',
    electricity: '交电费',
    payIt: '好的 交吧',
    whichBill: /请问缴哪一项费用/,
    bills: [/国网电费 ?¥236\.50/, /自来水费 ?¥58\.20/],
    notUnderstood: /没有听明白/,
    bill: '缴费项目',
    broadband: /^宽带费 /,
  },
  en: {
    start: 'I want to pay a bill',
    electricity: 'pay my electricity bill',
    payIt: 'ok pay it',
    whichBill: /Which bill would you like to pay\?/,
    bills: [/Electricity \(State Grid\) CNY 236\.50/, /Water CNY 58\.20/],
    notUnderstood: /didn't catch that/,
    bill: 'Bill',
    broadband: /^Broadband /,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('"ok pay it" when asked which bill', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  it.each(LOCALES)('%s: the one bill due is taken and read back', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.electricity);
    const asked = await chat.verify(ONE_DUE.phone, ONE_DUE.pin);
    expect(asked.text).toMatch(s.whichBill);
    const reply = await chat.say(s.payIt);
    expect(reply.card?.type, reply.text).toBe('confirm');
    expect(cardField(reply, s.bill)).toMatch(s.broadband);
    chat.close();
  });

  it.each(LOCALES)('%s: with several due, the question is asked again with them listed', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.start);
    const asked = await chat.verify(TWO_DUE.phone, TWO_DUE.pin);
    expect(asked.text).toMatch(s.whichBill);
    const reply = await chat.say(s.payIt);
    expect(reply.kind).toBe('flow');
    expect(reply.source ?? null).toBeNull();
    expect(reply.text).not.toMatch(s.notUnderstood);
    for (const bill of s.bills) expect(reply.text).toMatch(bill);
    expect(reply.text).toMatch(s.whichBill);
    expect(reply.quickReplies.length).toBeGreaterThan(1);
    chat.close();
  });
});
