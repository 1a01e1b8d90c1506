/**
 * A customer who asks for the other language ("switch to English", "说中文", "能用英文吗") is answered in it,
 * and the conversation stays in it: the next message is understood and answered in that language, a short
 * message that names no language keeps it, and a reload finds it. In the middle of a transfer the flow goes
 * on and asks its question again in the new language; so does a handoff, in its own words, and a customer
 * waiting for a person moves to the new language's queue when someone who speaks it is online. A message that only mentions a language ("英文名怎么填")
 * switches nothing. Through the real server, intent model and socket.
 */
import { describe, expect, it } from 'vitest';
import { languageFeature } from '../dialogue/language_feature.ts';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests, nextMatching, readyAgent } from '../handoff/testing/agent_client.ts';
import type { QueueSnapshot } from '../protocol/agent_protocol.ts';
import type { Socket } from 'socket.io-client';
import type { Locale, Reply, SessionReady } from '../protocol/protocol.ts';
import { customer, next } from './support/harness.ts';

const HAN = /\p{Script=Han}/u;

/** Until the server counts the agent as available for `locale` (a handoff asked for before would not queue). */
async function online(agent: Socket, locale: Locale): Promise<void> {
  const seen = nextMatching<QueueSnapshot>(
    agent,
    'queue.snapshot',
    (s) => (s.agentsAvailable[locale] ?? 0) > 0,
    15_000,
  );
  agent.emit('queue.refresh', {});
  await seen;
}

function expectIn(reply: Reply, locale: Locale): void {
  expect(reply.locale).toBe(locale);
  expect(HAN.test(reply.text)).toBe(locale === 'zh-CN');
}

describe('the conversation’s language on request', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [languageFeature, handoffForTests()] },
    180_000,
  );

  it('zh-CN -> "switch to English": confirmed in English, then a balance question understood in English', async () => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    const switched = await chat.say('switch to English');
    expectIn(switched, 'en');
    expect(switched.kind).not.toBe('handoff');
    expect(switched.text).toBe('Sure, let’s continue in English. How can I help?');
    expect(switched.quickReplies.map((q) => q.text)).toContain('check balance');

    const balance = await chat.say("what's my balance");
    expectIn(balance, 'en');
    expect(balance.intent).toBe('check_balance');
    expect(balance.card?.type).toBe('verify');
    // A short answer names no language: the conversation stays in English.
    const ok = await chat.say('ok');
    expectIn(ok, 'en');
    chat.close();
  });

  it('en -> "说中文": confirmed in Mandarin, the next message answered in Mandarin, kept after a reload', async () => {
    const socket = customer(kit().server.url, { channel: 'kiosk', locale: 'en' });
    const ready = await next<SessionReady>(socket, 'session.ready');
    const say = async (text: string): Promise<Reply> => {
      const reply = next<Reply>(socket, 'reply.text');
      socket.emit('message.text', { text });
      return reply;
    };
    const switched = await say('说中文');
    expectIn(switched, 'zh-CN');
    expect(switched.text).toBe('好的，我们用中文继续。有什么可以帮您？');
    expect(switched.quickReplies.map((q) => q.text)).toContain('查余额');
    const balance = await say('我想查一下余额');
    expectIn(balance, 'zh-CN');
    expect(balance.intent).toBe('check_balance');
    socket.close();

    const again = customer(kit().server.url, {
      channel: 'kiosk',
      locale: 'en',
      resumeToken: ready.resumeToken,
    });
    expect((await next<SessionReady>(again, 'session.ready')).locale).toBe('zh-CN');
    again.close();
  });

  it('"能用英文吗", asked in Mandarin, switches to English', async () => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    const reply = await chat.say('能用英文吗');
    expectIn(reply, 'en');
    expect(reply.text).toBe('Sure, let’s continue in English. How can I help?');
    chat.close();
  });

  it.each([
    ['en', 'do you speak English?', 'Yes, I speak English. How can I help?'],
    ['zh-CN', '你会说中文吗', '可以的，我会说中文。有什么可以帮您？'],
  ] as const)('%s: "%s" in the language already used gets a short yes', async (locale, text, answer) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    expectIn(reply, locale);
    expect(reply.text).toBe(answer);
    chat.close();
  });

  it('a language the assistant does not speak is said so, and the conversation stays as it was', async () => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    const reply = await chat.say('你会说粤语吗');
    expect(reply.locale).toBe('zh-CN');
    expect(reply.kind).not.toBe('handoff');
    expect(reply.text).toBe('抱歉，我目前只会说普通话和英文（English）。有什么可以帮您？');
    chat.close();
  });

  it('a question that mentions a language switches nothing', async () => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    const reply = await chat.say('英文名怎么填');
    expect(reply.locale).toBe('zh-CN');
    expect(reply.text).not.toContain('我们用中文继续');
    chat.close();
  });

  it('waiting, switched to a language nobody online speaks: the place stays in the queue someone can take', async () => {
    const agent = await readyAgent(kit().server.url, 'agent2', 'sandbox-agent-2'); // English only
    await online(agent, 'en');
    const chat = await Chat.open(kit(), 'app', 'en');
    expect((await chat.say('I want to talk to a person')).kind).toBe('handoff');
    const reply = await chat.say('说中文');
    expectIn(reply, 'zh-CN');
    expect(reply.kind).toBe('handoff');
    expect(reply.text).not.toMatch(/暂时没有|没有坐席/);
    try {
      const snapshot = nextMatching<QueueSnapshot>(
        agent,
        'queue.snapshot',
        (s) => s.tickets.some((t) => t.sessionId === chat.sessionId),
        15_000,
      );
      agent.emit('queue.refresh', {});
      expect((await snapshot).tickets.find((t) => t.sessionId === chat.sessionId)?.locale).toBe('en');
    } finally {
      chat.socket.emit('handoff.cancel', {}); // leaves the queue to the next test
      chat.close();
      agent.close();
    }
  });

  it('waiting for a person: the handoff goes on in the language asked for, in that language’s queue', async () => {
    const agent = await readyAgent(kit().server.url); // agent1: Mandarin and English
    await online(agent, 'zh-CN');
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    const handedOver = await chat.say('转人工');
    expectIn(handedOver, 'zh-CN');
    expect(handedOver.kind).toBe('handoff');
    const queued = nextMatching<QueueSnapshot>(
      agent,
      'queue.snapshot',
      (s) => s.tickets.some((t) => t.sessionId === chat.sessionId && t.locale === 'zh-CN'),
      15_000,
    );
    agent.emit('queue.refresh', {});
    const before = (await queued).tickets.find((t) => t.sessionId === chat.sessionId);
    const moved = nextMatching<QueueSnapshot>(
      agent,
      'queue.snapshot',
      (s) => s.tickets.some((t) => t.sessionId === chat.sessionId && t.locale === 'en'),
      15_000,
    );
    const reply = await chat.say('English please');
    expectIn(reply, 'en');
    expect(reply.kind).toBe('handoff');
    expect(reply.text).toMatch(/passed your message on to the agent/);
    // Agents see the customer move to the English queue, keeping their wait.
    const ticket = (await moved).tickets.find((t) => t.sessionId === chat.sessionId);
    expect(ticket).toMatchObject({ locale: 'en', state: 'queued', enqueuedAt: before?.enqueuedAt });
    expect(ticket?.position).toBeGreaterThanOrEqual(1);
    chat.close();
    agent.close();
  });

  it('mid-transfer: the amount is asked again in English, and the transfer goes on in English', async () => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    await chat.say('我要给张三转账');
    const asked = await chat.verify('13800000001', '135790');
    expect(asked.text).toContain('请问转账金额是多少？');

    const switched = await chat.say('switch to English');
    expectIn(switched, 'en');
    expect(switched.kind).toBe('flow');
    expect(switched.text).toBe('Sure, let’s continue in English. How much would you like to send?');

    const account = await chat.say('500');
    expectIn(account, 'en');
    expect(account.text).toBe('Which account should the money come from?');
    expect(account.quickReplies.length).toBeGreaterThan(1);
    const readBack = await chat.say('the first one');
    // The payee keeps the name the customer gave (张三); everything the assistant says is in English.
    expect(readBack.locale).toBe('en');
    expect(readBack.kind).toBe('flow');
    expect(readBack.text).toMatch(
      /^Please check this transfer: Payee: 张三 \*{4} \d{4}, Amount: CNY 500\.00/,
    );
    expect(readBack.card?.actions.map((a) => a.label)).toEqual(['Confirm', 'Cancel']);
    chat.close();
  });
});
