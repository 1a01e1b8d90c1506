/**
 * A customer reloads the app (or the connection drops) while the assistant waits for their SMS code: the
 * page rebuilds the conversation from the transcript, which has the prompt's text but not its code box, so
 * the resumed session sends the code box again, and the code the customer received still works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Reply, SessionReady } from '../protocol/protocol.ts';
import { customer, next, redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

describe.skipIf(!available)('a reload while a code is awaited', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer();
  });
  afterAll(() => kit.close());

  it('gets the code box back, and the code still verifies', async () => {
    const first = customer(kit.server.url, { channel: 'app', locale: 'zh-CN' });
    const ready = await next<SessionReady>(first, 'session.ready');
    const say = async (text: string): Promise<Reply> => {
      const reply = next<Reply>(first, 'reply.text');
      first.emit('message.text', { text });
      return reply;
    };
    await say('查余额');
    const prompt = await say('13800000001');
    expect(prompt.card?.verify?.method).toBe('otp');
    first.close();

    const again = customer(kit.server.url, {
      channel: 'app',
      locale: 'zh-CN',
      resumeToken: ready.resumeToken,
    });
    const box = next<Reply>(again, 'reply.text');
    expect((await next<SessionReady>(again, 'session.ready')).resumed).toBe(true);
    const restored = await box;
    expect(restored.card?.verify?.method).toBe('otp');
    expect(restored.text).toContain('138****0001');

    const inbox = await Chat.open(kit);
    const code = await inbox.latestCode('0001');
    inbox.close();
    const done = next<Reply>(again, 'reply.text');
    again.emit('verify.submit', { method: 'otp', code });
    expect((await done).card?.type).toBe('balance');
    again.close();
  });

  it('a reload with nothing awaited gets no extra reply', async () => {
    const first = customer(kit.server.url, { channel: 'app', locale: 'en' });
    const ready = await next<SessionReady>(first, 'session.ready');
    const answered = next<Reply>(first, 'reply.text');
    first.emit('message.text', { text: 'what are your opening hours' });
    await answered;
    first.close();
    const again = customer(kit.server.url, { channel: 'app', locale: 'en', resumeToken: ready.resumeToken });
    const replies: Reply[] = [];
    again.on('reply.text', (r: Reply) => replies.push(r));
    expect((await next<SessionReady>(again, 'session.ready')).resumed).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    expect(replies).toEqual([]);
    again.close();
  });
});
