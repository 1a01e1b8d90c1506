/**
 * One-time codes die: an expired code is refused (E_CODE_EXPIRED), a code that already verified is refused
 * when sent again, and a resent code replaces the previous one. Refusals of expired or used codes do not
 * count towards the lockout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

describe.skipIf(!available)('expired and reused codes', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ otp: { ttlMs: 400, resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it('an expired code is refused; a resent one works', async () => {
    const chat = await Chat.open(kit, 'app', 'en');
    await chat.say('check balance');
    await chat.say('13800000002');
    const stale = await chat.latestCode('0002');
    await new Promise((r) => setTimeout(r, 600));
    expect((await chat.submit('otp', stale)).error?.code).toBe('E_CODE_EXPIRED');

    const resent = await chat.say('resend code');
    expect(resent.card?.verify?.method).toBe('otp');
    const fresh = await chat.latestCode('0002');
    const ok = await chat.submit('otp', fresh);
    expect(ok.error).toBeUndefined();
    expect(ok.reply?.card?.type).toBe('balance');
    chat.close();
  });

  it('a code that already verified is refused when sent again', async () => {
    const chat = await Chat.open(kit, 'app', 'en');
    await chat.say('check balance');
    await chat.say('13800000003');
    const code = await chat.latestCode('0003');
    expect((await chat.submit('otp', code)).reply?.card?.type).toBe('balance');
    expect((await chat.submit('otp', code)).error?.code).toBe('E_CODE_EXPIRED');
    // The same code in another session is no good either: codes are bound to the session.
    const other = await Chat.open(kit, 'app', 'en');
    await other.say('check balance');
    await other.say('13800000003');
    const second = await other.latestCode('0003');
    if (second !== code) expect((await other.submit('otp', code)).error?.code).toBe('E_VERIFICATION_FAILED');
    chat.close();
    other.close();
  });

  it('a resend replaces the earlier code', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('查余额');
    await chat.say('13800000004');
    const first = await chat.latestCode('0004');
    await chat.say('重新发送验证码');
    const second = await chat.latestCode('0004');
    if (first !== second) expect((await chat.submit('otp', first)).error?.code).toBe('E_VERIFICATION_FAILED');
    expect((await chat.submit('otp', second)).reply?.card?.type).toBe('balance');
    chat.close();
  });
});
