/**
 * "查一下最近的交易" / "show my recent transactions" while the assistant waits for the SMS code another request
 * sent: verification started again ("请告诉我您在本行预留的手机号码"), so the code just texted was of no use. Now
 * the code already sent is still the one asked for (no new one is sent), the customer is told the request goes
 * ahead once it is entered, and after it the transactions are shown. Through the real server, both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat, type TransactionsServer } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const S = {
  'zh-CN': {
    phone: '13800000001',
    first: '查余额',
    transactions: '查一下最近的交易',
    sameCode: /请先输入刚才发送至 138\*{4}0001 的验证码/,
    askPhone: /预留的手机号码/,
    account: '尾号1234',
    shown: /^最近交易/,
  },
  en: {
    phone: '13800000004',
    first: 'what is my balance',
    transactions: 'show my recent transactions',
    sameCode: /enter the code I just sent to 138\*{4}0004/,
    askPhone: /mobile number registered/,
    account: undefined,
    shown: /^Recent transactions/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

async function codesSentTo(kit: TransactionsServer, phone: string): Promise<number> {
  return (await kit.feature.inbox!.list(200)).filter((m) => m.to.endsWith(phone.slice(-4))).length;
}

describe('another request while the code is awaited', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  it.each(LOCALES)('%s: the code sent is kept, and the request goes ahead after it', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.first);
    const prompt = await chat.say(s.phone);
    expect(prompt.card?.verify?.method).toBe('otp');
    const sent = await codesSentTo(kit(), s.phone);
    const code = await chat.latestCode(s.phone.slice(-4));

    const reply = await chat.say(s.transactions);
    expect(reply.intent).toBe('recent_transactions');
    expect(reply.text).not.toMatch(s.askPhone);
    expect(reply.text).toMatch(s.sameCode);
    expect(reply.card?.verify?.method).toBe('otp');
    expect(await codesSentTo(kit(), s.phone)).toBe(sent);

    let shown = (await chat.submit('otp', code)).reply!;
    if (s.account) shown = await chat.say(s.account);
    expect(shown.intent).toBe('recent_transactions');
    expect(shown.card?.title, shown.text).toMatch(s.shown);
    chat.close();
  });
});
