/**
 * Through the real server with the transaction flows: "我不想转账" started a transfer ("好的，为了您的资金安全，转账前
 * 需要先验证您的身份…"), as did "不要转4000" and "don't send 4000" (the intent model hears transfer_money at 0.98),
 * and "I don't want to transfer anything" got the failed-transfer article. A message that only refuses an action
 * is a "no": "okay, anything else?", and no flow starts. A question about it, or a refusal followed by another
 * request, is read as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declinesRequest } from '../dialogue/declined_request.ts';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';

const REFUSALS: Array<[Locale, string]> = [
  ['zh-CN', '我不想转账'],
  ['zh-CN', '不要转4000'],
  ['zh-CN', '先不挂失了'],
  ['en', "I don't want to transfer anything"],
  ['en', "don't send 4000"],
  ['en', 'no need to freeze it'],
];
const NO: Record<Locale, RegExp> = {
  'zh-CN': /好的，没问题。还有其他需要帮忙的吗/,
  en: /Okay, no problem\. Is there anything else I can help with/,
};

describe('refusing an action', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ redis: false });
  });
  afterAll(() => kit.close());

  it.each(REFUSALS)('%s "%s" is a no, and starts nothing', async (locale, text) => {
    const chat = await Chat.open(kit, 'app', locale);
    const reply = await chat.say(text);
    expect(reply.kind).not.toBe('flow');
    expect(reply.intent).toBe('deny');
    expect(reply.text).toMatch(NO[locale]);
    chat.close();
  });

  it('still starts what is asked for after a refusal, and answers a question about it', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    expect((await chat.say('我要转账')).kind).toBe('flow');
    chat.close();
    for (const text of [
      '不想转账了怎么取消',
      '我不想转账，我想查余额',
      "why can't I transfer",
      "I don't want to transfer but they say I must",
    ])
      expect(declinesRequest(text), text).toBe(false);
  });
});
