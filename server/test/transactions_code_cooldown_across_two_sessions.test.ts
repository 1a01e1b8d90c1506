/**
 * A second conversation with the same phone within the resend cooldown (SMS flood protection, per customer):
 * the code the phone got moments ago belongs to the first conversation and is refused in the second, so the
 * second must not be told "a code was sent"; it is told the code is not for it, when it may ask for its own,
 * and offered the resend button, which texts a code once the cooldown ends (not before). The first
 * conversation's code keeps working there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();
const COOLDOWN_MS = 2500;

const ROWS: Array<{ locale: Locale; start: string; phone: string; wait: RegExp; resend: string }> = [
  {
    locale: 'zh-CN',
    start: '查余额',
    phone: '13800000001',
    wait: /另一次对话中申请的，在这里不能使用。.*请在 \d+ 秒后点击“重新发送验证码”/,
    resend: '重新发送验证码',
  },
  {
    locale: 'en',
    start: 'check balance',
    phone: '13800000003',
    wait: /requested in another conversation and will not work here\..*press "Resend code" in \d+ seconds/,
    resend: 'Resend code',
  },
];

describe.skipIf(!available)('the code cooldown across two conversations', () => {
  let kit: TransactionsServer;
  const texts = async (tail: string): Promise<number> =>
    (await kit.feature.inbox!.list(50)).filter((m) => m.to.endsWith(tail)).length;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: COOLDOWN_MS } });
  });
  afterAll(() => kit.close());

  it.each(ROWS)('$locale: the second conversation waits for its own code', async (row) => {
    const tail = row.phone.slice(-4);
    const first = await Chat.open(kit, 'app', row.locale);
    await first.say(row.start);
    expect((await first.say(row.phone)).card?.verify?.method).toBe('otp');
    const firstCode = await first.latestCode(tail);
    const count = await texts(tail);

    const second = await Chat.open(kit, 'kiosk', row.locale);
    await second.say(row.start);
    const told = await second.say(row.phone);
    expect(told.text).toMatch(row.wait);
    expect(told.card?.verify).toBeUndefined(); // no code box: there is no code to type here yet
    expect(told.quickReplies.map((q) => q.text)).toEqual([row.resend]);
    expect(await texts(tail)).toBe(count);
    // The first conversation's code is no good here.
    expect((await second.submit('otp', firstCode)).error?.code).toBe('E_CODE_EXPIRED');

    // Too early: still waiting, still no text.
    const early = await second.say(row.resend);
    expect(early.text).toMatch(row.wait);
    expect(await texts(tail)).toBe(count);

    await new Promise((r) => setTimeout(r, COOLDOWN_MS + 200));
    const sent = await second.say(row.resend);
    expect(sent.card?.verify?.method).toBe('otp');
    expect(await texts(tail)).toBe(count + 1);
    const secondCode = await second.latestCode(tail);
    expect((await second.submit('otp', secondCode)).reply?.card?.type).toBe('balance');

    // The first conversation was not disturbed.
    expect((await first.submit('otp', firstCode)).reply?.card?.type).toBe('balance');
    first.close();
    second.close();
  });

  it('a message in between does not claim a code was sent either', async () => {
    const first = await Chat.open(kit, 'app', 'en');
    await first.say('check balance');
    await first.say('13800000004');
    const second = await Chat.open(kit, 'app', 'en');
    await second.say('check balance');
    expect((await second.say('13800000004')).text).toContain('another conversation');
    const meanwhile = await second.say('hmm');
    expect(meanwhile.text).not.toContain('I have sent a code');
    expect(meanwhile.text).toMatch(/another conversation|You can now get a code/);
    expect(meanwhile.card?.verify).toBeUndefined();
    first.close();
    second.close();
  });
});
