/**
 * Five wrong codes lock verification (E_VERIFICATION_LOCKED) for the customer, across sessions: the right
 * code is refused afterwards, a new session with the same phone gets no new code, the running flow ends with
 * an offer of a human agent. No submitted code ever reaches the transcript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

describe.skipIf(!available)('wrong codes', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it('five wrong codes lock verification, even for the right code and a new session', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('查余额');
    await chat.say('13800000001');
    const right = await chat.latestCode('0001');
    const wrong = right === '000000' ? '111111' : '000000';

    const codes: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const r = await chat.submit('otp', wrong);
      codes.push(r.error?.code ?? 'none');
      expect(r.error?.message).toContain(`还可尝试${5 - i}次`);
    }
    const fifth = await chat.submit('otp', wrong);
    expect(codes).toEqual(Array(4).fill('E_VERIFICATION_FAILED'));
    expect(fifth.error?.code).toBe('E_VERIFICATION_LOCKED');
    expect(fifth.reply?.card?.type).toBe('warning');
    expect(fifth.reply?.quickReplies.map((q) => q.text)).toContain('转人工');

    const afterLock = await chat.submit('otp', right);
    expect(afterLock.error?.code).toBe('E_VERIFICATION_LOCKED');

    // The lock follows the customer, not the session.
    const inboxBefore = (await kit.feature.inbox!.list(50)).length;
    const other = await Chat.open(kit, 'kiosk', 'zh-CN');
    await other.say('查余额');
    const refused = await other.say('13800000001');
    expect(refused.card?.type).toBe('warning');
    expect(refused.text).toContain('锁定');
    expect((await kit.feature.inbox!.list(50)).length).toBe(inboxBefore);

    const transcript = JSON.stringify(await kit.server.store.transcript(chat.sessionId));
    expect(transcript).not.toContain(wrong);
    expect(transcript).not.toContain(right);
    expect(transcript).not.toContain('13800000001');
    chat.close();
    other.close();
  });
});
