/**
 * While the code box is open, "I forgot the code" / "验证码忘了" / "I didn't get the code" / "没收到验证码" are
 * about that code. "I forgot the code" used to get the password-reset article and the others the "code not
 * received" article (or a bare "ask again in 60 seconds"). Now the customer is told where the code went, how
 * long it is valid, that a new one can be sent (with the resend button) and the lockout rule; nothing is
 * texted until they ask, and the flow goes on: the code they already have still verifies. With the cooldown
 * on, they are told when they may ask. Through the real server (trained models, the handoff feature beside
 * the flows, Redis).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const START: Record<Locale, string> = { 'zh-CN': '查余额', en: 'check my balance' };
const VALID: Record<Locale, string> = { 'zh-CN': '5 分钟内有效', en: 'valid for 5 minutes' };
const LOCKOUT: Record<Locale, string> = {
  'zh-CN': '15 分钟内验证码或交易密码输错 5 次，身份验证将锁定 15 分钟',
  en: '5 wrong codes or PINs within 15 minutes lock verification for 15 minutes',
};
const RESEND: Record<Locale, string> = { 'zh-CN': '重新发送验证码', en: 'Resend code' };

const ROWS: Array<{ locale: Locale; text: string; phone: string }> = [
  { locale: 'en', text: 'I forgot the code', phone: '13800000001' },
  { locale: 'en', text: "I didn't get the code", phone: '13800000002' },
  { locale: 'zh-CN', text: '验证码忘了', phone: '13800000003' },
  { locale: 'zh-CN', text: '没收到验证码', phone: '13800000004' },
];

function aboutTheCode(reply: Reply, locale: Locale, phone: string): void {
  expect(reply.kind).toBe('flow');
  expect(reply.intent).toBe('check_balance');
  expect(reply.source).toBeNull();
  expect(reply.text).toContain(phone.slice(0, 3) + '****' + phone.slice(-4));
  expect(reply.text).toContain(VALID[locale]);
  expect(reply.text).toContain(LOCKOUT[locale]);
  expect(reply.text).toContain(RESEND[locale]);
  expect(reply.text).not.toMatch(/密码重置|重置交易密码|reset|Forgot Password/i);
  expect(reply.quickReplies.map((q) => q.label)).toEqual([RESEND[locale]]);
  expect(reply.card?.verify?.method).toBe('otp');
}

describe.skipIf(!available)('trouble with the code while it is awaited', () => {
  let kit: TransactionsServer;
  const texts = async (tail: string): Promise<number> =>
    (await kit.feature.inbox!.list(50)).filter((m) => m.to.endsWith(tail)).length;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 }, features: [handoffForTests()] });
  });
  afterAll(() => kit.close());

  it.each(ROWS)('$locale "$text": the code explained, a new one offered, the flow kept', async (row) => {
    const tail = row.phone.slice(-4);
    const chat = await Chat.open(kit, 'app', row.locale);
    await chat.say(START[row.locale]);
    expect((await chat.say(row.phone)).card?.verify?.method).toBe('otp');
    const sent = await texts(tail);

    const reply = await chat.say(row.text);
    aboutTheCode(reply, row.locale, row.phone);
    expect(reply.text).not.toMatch(/\d+ ?秒后|in \d+ seconds/);
    // Offered, not sent: the code already texted still works, and the balance check goes on.
    expect(await texts(tail)).toBe(sent);
    const ok = await chat.submit('otp', await chat.latestCode(tail));
    expect(ok.reply?.card?.type).toBe('balance');
    chat.close();
  });

  it('pressing the offered button texts a new code', async () => {
    const chat = await Chat.open(kit, 'app', 'en');
    await chat.say(START.en);
    await chat.say('13800000001');
    const count = await texts('0001');
    const reply = await chat.say('I forgot the code');
    const again = await chat.say(reply.quickReplies[0]!.text);
    expect(again.text).toContain('I have sent a code');
    expect(await texts('0001')).toBe(count + 1);
    chat.close();
  });
});

describe.skipIf(!available)('trouble with the code inside the resend cooldown', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 60_000 } });
  });
  afterAll(() => kit.close());

  it.each<[Locale, string, RegExp]>([
    ['zh-CN', '验证码忘了', /\d+ 秒后可以点击“重新发送验证码”/],
    ['en', 'I forgot the code', /press "Resend code" for a new one in \d+ seconds/],
  ])('%s "%s": told when a new code may be sent', async (locale, text, wait) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(START[locale]);
    await chat.say(locale === 'en' ? '13800000001' : '13800000002');
    const reply = await chat.say(text);
    aboutTheCode(reply, locale, locale === 'en' ? '13800000001' : '13800000002');
    expect(reply.text).toMatch(wait);
    chat.close();
  });
});
