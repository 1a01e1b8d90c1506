/**
 * Once an agent has joined, leaving is never silent for the agent: the joined message offers no "stop
 * waiting" button, a typed "stop waiting" / "cancel" is a message for the agent (who may be cancelling a card
 * with the customer) and ends nothing, and only the explicit `handoff.cancel` ends the chat; the agent is told
 * (`conversation.ended`, by the customer) and the customer hears that the chat with the agent ended.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import { handoffForTests, nextMatching, readyAgent } from '../handoff/testing/agent_client.ts';
import type { ConversationEnded, QueueSnapshot } from '../protocol/agent_protocol.ts';
import type { HandoffStatus, Locale, Reply, SessionReady } from '../protocol/protocol.ts';
import { customer, next, testServer, type ClientSocket } from './support/harness.ts';

const STOP: Record<Locale, string> = { 'zh-CN': '不等人工了，继续和助手聊', en: 'Stop waiting for an agent' };
const LEFT: Record<Locale, string> = {
  'zh-CN': '您已结束与人工客服的对话',
  en: "You've ended the chat with our agent",
};

describe('a customer with an agent', () => {
  let server: RunningServer;
  let agent: ClientSocket;

  beforeAll(async () => {
    server = await testServer({}, { features: [handoffForTests()] });
    agent = await readyAgent(server.url);
  });
  afterAll(async () => {
    agent.close();
    await server.close();
  });

  it.each(['zh-CN', 'en'] as const)(
    '%s: a typed "stop waiting" goes to the agent; handoff.cancel ends the chat and tells the agent',
    async (locale) => {
      const socket = customer(server.url, { channel: 'app', locale });
      const { sessionId } = await next<SessionReady>(socket, 'session.ready');
      const queued = nextMatching<HandoffStatus>(socket, 'handoff.status', (s) => s.state === 'queued');
      socket.emit('message.text', { text: locale === 'zh-CN' ? '转人工' : 'talk to an agent' });
      await queued;

      const joined = next<Reply>(socket, 'reply.text');
      agent.emit('conversation.claim', { sessionId });
      await nextMatching(
        agent,
        'conversation.detail',
        (d: { sessionId: string }) => d.sessionId === sessionId,
      );
      expect((await joined).quickReplies).toEqual([]);

      let ended = false;
      const onEnded = (e: ConversationEnded): void => {
        if (e.sessionId === sessionId) ended = true;
      };
      agent.on('conversation.ended', onEnded);
      for (const text of [STOP[locale], 'cancel']) {
        const seen = nextMatching<{ sessionId: string; line: { text: string } }>(
          agent,
          'conversation.message',
          (m) => m.sessionId === sessionId && m.line.text === text,
        );
        let answered = false;
        socket.once('reply.text', () => (answered = true));
        socket.emit('message.text', { text });
        await seen;
        await new Promise((r) => setTimeout(r, 200));
        expect(answered).toBe(false); // the agent answers, not the assistant
      }
      expect(ended).toBe(false);
      agent.emit('queue.refresh', {});
      const snapshot = await next<QueueSnapshot>(agent, 'queue.snapshot');
      expect(snapshot.tickets.find((t) => t.sessionId === sessionId)?.state).toBe('with_agent');

      const told = nextMatching<ConversationEnded>(
        agent,
        'conversation.ended',
        (e) => e.sessionId === sessionId,
      );
      const left = next<Reply>(socket, 'reply.text');
      socket.emit('handoff.cancel', {});
      expect(await told).toMatchObject({ outcome: 'cancelled', by: 'customer' });
      expect((await left).text).toContain(LEFT[locale]);
      agent.off('conversation.ended', onEnded);
      socket.close();
    },
  );
});
