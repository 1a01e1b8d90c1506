/**
 * A scam described with nobody online: the case waits flagged in the queue and a callback is offered. A
 * customer who accepts the callback used to stay in the queue as well, so the bank would contact them twice
 * (the agent who claims the case and the team that calls back). Through the real server with Redis: the
 * callback takes the place of the queue entry (atomically), the customer is told plainly in both languages
 * that the call is the one contact, transfers stay on hold, and an agent coming online no longer sees the
 * case in the queue. The callback keeps the case's reason and scam patterns for whoever calls back.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { QueueSnapshot } from '../protocol/agent_protocol.ts';
import type { HandoffStatus } from '../protocol/protocol.ts';
import { REDIS_TEST_URL, redisAvailable } from '../test/support/harness.ts';
import { RiskFlag } from './handoff_extension.ts';
import { agentSocket, handoffForTests, nextMatching, signIn } from './testing/agent_client.ts';

const available = await redisAvailable();

const SCAM = {
  'zh-CN': '有个自称警察的人打电话，让我把钱转到安全账户配合调查',
  en: 'a police officer told me to move my money to a safe account',
} as const;

describe.skipIf(!available)('a callback accepted while a fraud case waits in the queue', () => {
  let kit: TransactionsServer;
  let redis: Redis;

  beforeAll(async () => {
    kit = await transactionsServer({ features: [handoffForTests()] });
    redis = new Redis(REDIS_TEST_URL);
  });
  afterAll(async () => {
    await redis?.quit();
    await kit?.close();
  });

  const key = (k: string): string => `${kit.prefix!}ho:${k}`;
  async function callbacksFor(sessionId: string): Promise<Array<Record<string, unknown>>> {
    const all = await redis.lrange(key('callbacks'), 0, -1);
    return all
      .map((j) => JSON.parse(j) as Record<string, unknown>)
      .filter((c) => c['sessionId'] === sessionId);
  }

  it('en, not verified: the number it leaves replaces the queue place, and it is told so', async () => {
    const chat = await Chat.open(kit, 'app', 'en');
    const warned = await chat.say(SCAM.en);
    expect(warned.text).toContain('Nobody from our team is online');
    expect(await redis.zrange(key('q:en'), '0', '-1')).toContain(chat.sessionId);

    expect((await chat.say('Request a callback')).text).toContain('leave a mobile number');
    // Still in line while the number is asked for: nothing was agreed yet.
    expect(await redis.zrange(key('q:en'), '0', '-1')).toContain(chat.sessionId);

    const left = nextMatching<HandoffStatus>(chat.socket, 'handoff.status', (s) => s.state === 'cancelled');
    const noted = await chat.say('13912345678');
    expect(noted.text).toContain('139****5678');
    expect(noted.text).toContain("You don't need to wait here for an agent any more");
    expect(noted.text).toContain("this call is how we'll contact you, just once");
    expect(noted.text).toContain('transfers stay on hold');
    expect(await left).toMatchObject({ reason: 'fraud_risk' });

    // One contact: off the queue, on the callback list once, with what the caller needs to know.
    expect(await redis.zrange(key('q:en'), '0', '-1')).not.toContain(chat.sessionId);
    expect(await redis.exists(key(`t:${chat.sessionId}`))).toBe(0);
    const callbacks = await callbacksFor(chat.sessionId);
    expect(callbacks).toHaveLength(1);
    expect(callbacks[0]).toMatchObject({ reason: 'fraud_risk', phone: '13912345678', verified: false });
    expect(callbacks[0]!['schemes']).toEqual(expect.arrayContaining(['safe_account']));

    // Transfers stay held after leaving the queue.
    const record = await kit.server.store.get(chat.sessionId);
    expect(RiskFlag.parse(record?.context.extensions['risk']).hold).toBe(true);

    // An agent coming online does not get the case as well.
    const { token } = await signIn(kit.server.url);
    const agent = agentSocket(kit.server.url, { token });
    const snapshot = await nextMatching<QueueSnapshot>(agent, 'queue.snapshot', () => true);
    expect(snapshot.tickets.map((t) => t.sessionId)).not.toContain(chat.sessionId);
    agent.close();

    // The transcript says what happened, masked.
    const tx = await kit.server.store.transcript(chat.sessionId);
    expect(tx).toContainEqual(
      expect.objectContaining({ role: 'system', meta: expect.objectContaining({ leftQueue: true }) }),
    );
    expect(JSON.stringify(tx)).not.toContain('13912345678');
    chat.close();
    // Let the agent's presence lapse for the next case (it is removed on disconnect).
    await new Promise((r) => setTimeout(r, 100));
  });

  it('zh-CN, verified: registered at once in place of the queue place, and told so in Chinese', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('查余额');
    await chat.verify('13800000001');
    const warned = await chat.say(SCAM['zh-CN']);
    expect(warned.text).toContain('没有人工客服在线');
    expect(await redis.zrange(key('q:zh-CN'), '0', '-1')).toContain(chat.sessionId);

    const noted = await chat.say('预约回电');
    expect(noted.text).toContain('已为您登记回电请求');
    expect(noted.text).toContain('您不用再在线等待人工客服了');
    expect(noted.text).toContain('只会通过这次回电联系您一次');
    expect(noted.text).toContain('转账仍然暂停');

    expect(await redis.zrange(key('q:zh-CN'), '0', '-1')).not.toContain(chat.sessionId);
    const callbacks = await callbacksFor(chat.sessionId);
    expect(callbacks).toHaveLength(1);
    expect(callbacks[0]).toMatchObject({ reason: 'fraud_risk', verified: true });

    // A later message is the assistant's again, not "your message is saved for the agent".
    const after = await chat.say('你们几点开门');
    expect(after.text).not.toMatch(/留言已保存|客服上线后会/);
    chat.close();
  });
});
