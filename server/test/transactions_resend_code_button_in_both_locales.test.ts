/**
 * The "重新发送验证码" / "Resend code" button on the code card, pressed (its text sent as a message) through the
 * real server (trained intent and handoff models, the handoff feature beside the flows): a new code is texted
 * and the card asks for it again, in both locales. In zh-CN the button's text used to be read as a fraud report,
 * vetoed, and answered with the "code not received" article, which sent no code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const ROWS: Array<{ locale: Locale; start: string; phone: string; sent: string }> = [
  { locale: 'zh-CN', start: '查余额', phone: '13800000001', sent: '验证码已发送至' },
  { locale: 'en', start: 'check balance', phone: '13800000003', sent: 'I have sent a code' },
];

describe.skipIf(!available)('the resend-code button', () => {
  let kit: TransactionsServer;
  const texts = async (tail: string): Promise<number> =>
    (await kit.feature.inbox!.list(50)).filter((m) => m.to.endsWith(tail)).length;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 }, features: [handoffForTests()] });
  });
  afterAll(() => kit.close());

  it.each(ROWS)('$locale: pressing it texts a new code that verifies', async (row) => {
    const tail = row.phone.slice(-4);
    const chat = await Chat.open(kit, 'app', row.locale);
    await chat.say(row.start);
    const prompt = await chat.say(row.phone);
    const button = prompt.card?.actions[0];
    expect(button?.label).toBe(row.locale === 'zh-CN' ? '重新发送验证码' : 'Resend code');
    const first = await chat.latestCode(tail);
    const count = await texts(tail);

    const again = await chat.say(button!.text);
    expect(again.kind).toBe('flow');
    expect(again.source).toBeNull();
    expect(again.text).toContain(row.sent);
    expect(again.card?.verify?.method).toBe('otp');
    expect(await texts(tail)).toBe(count + 1);

    const second = await chat.latestCode(tail);
    const old = await chat.submit('otp', first);
    if (first !== second) expect(old.error?.code).toBe('E_VERIFICATION_FAILED');
    const ok = await chat.submit('otp', second);
    expect(ok.reply?.card?.type).toBe('balance');
    chat.close();
  });
});
