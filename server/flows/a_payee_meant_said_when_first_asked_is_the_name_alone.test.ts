/**
 * "我是说给张三" / "I meant Zhang Wei" as the answer to "who would you like to send money to?", with no payee
 * yet: the whole sentence became the payee's name ("收款人：我是说给张三"). Now the name said after "我是说(给)" /
 * "I meant" is the payee, and the read-back names them.
 * Through the real server (trained intent model, sandbox core), both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat, cardField } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const S = {
  'zh-CN': {
    customer: ['13800000001', '135790'],
    request: '我要转账',
    meant: '我是说给张三',
    named: /^张三 /,
    from: '尾号1234',
    label: '收款人',
  },
  en: {
    customer: ['13800000004', '864200'],
    request: 'I want to transfer money',
    meant: 'I meant Zhang Wei',
    named: /^Zhang Wei /,
    from: '2468',
    label: 'Payee',
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a payee meant, said when the payee is first asked for', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  it.each(LOCALES)('%s: the payee is the name alone', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.request);
    await chat.verify(s.customer[0], s.customer[1]);
    await chat.say(s.meant);
    let reply = await chat.say('100');
    if (reply.card?.type !== 'confirm') reply = await chat.say(s.from);
    expect(reply.card?.type, reply.text).toBe('confirm');
    expect(cardField(reply, s.label)).toMatch(s.named);
    chat.close();
  });
});
