/**
 * An agent whose console closes (browser shut, crash, network lost) used to keep the conversation: the
 * customer went on seeing "agent X is serving you" and talked to nobody. Now, unless a console of that agent
 * is back within the grace period (`HANDOFF_AGENT_GRACE_MS`), the conversation returns to the assistant and
 * the customer is told why; an agent who reloads the page within the grace keeps it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import { agentSocket, handoffForTests, nextMatching, signIn } from '../handoff/testing/agent_client.ts';
import type { QueueSnapshot } from '../protocol/agent_protocol.ts';
import type { HandoffStatus, Locale, Reply, SessionReady } from '../protocol/protocol.ts';
import { customer, next, testServer, type ClientSocket } from './support/harness.ts';

const GRACE_MS = 1500; // long enough for a reconnect on a loaded 2-core CI machine (400 ms was not)
const LOST: Record<Locale, string> = {
  'zh-CN': '人工客服的连接中断了',
  en: 'The agent lost their connection',
};

describe('an agent whose console goes away', () => {
  let server: RunningServer;
  let token: string;

  beforeAll(async () => {
    server = await testServer({}, { features: [handoffForTests({ agentGraceMs: GRACE_MS })] });
    token = (await signIn(server.url)).token;
  });
  afterAll(() => server.close());

  const connectAgent = async (): Promise<ClientSocket> => {
    const agent = agentSocket(server.url, { token });
    await next(agent, 'agent.ready');
    return agent;
  };

  /** A customer who asked for a person, claimed by `agent`. */
  const claimed = async (agent: ClientSocket, locale: Locale): Promise<[ClientSocket, string]> => {
    const socket = customer(server.url, { channel: 'app', locale });
    const { sessionId } = await next<SessionReady>(socket, 'session.ready');
    const queued = nextMatching<HandoffStatus>(socket, 'handoff.status', (s) => s.state === 'queued');
    socket.emit('message.text', { text: locale === 'zh-CN' ? '转人工' : 'talk to an agent' });
    await queued;
    const joined = nextMatching<HandoffStatus>(socket, 'handoff.status', (s) => s.state === 'with_agent');
    agent.emit('conversation.claim', { sessionId });
    await joined;
    return [socket, sessionId];
  };

  it.each(['zh-CN', 'en'] as const)(
    '%s: the customer is returned to the assistant and told why',
    async (locale) => {
      const agent = await connectAgent();
      const [socket, sessionId] = await claimed(agent, locale);
      const returned = nextMatching<HandoffStatus>(socket, 'handoff.status', (s) => s.state === 'returned');
      const told = nextMatching<Reply>(socket, 'reply.text', (r) => r.text.includes(LOST[locale]));
      agent.close();
      await returned;
      await told;

      // Back with the assistant: a question gets an answer.
      const answer = next<Reply>(socket, 'reply.text');
      socket.emit('message.text', {
        text: locale === 'zh-CN' ? '你们几点开门' : 'what are your opening hours',
      });
      expect((await answer).kind).not.toBe('agent');
      const watcher = await connectAgent();
      watcher.emit('queue.refresh', {});
      const snapshot = await next<QueueSnapshot>(watcher, 'queue.snapshot');
      expect(snapshot.tickets.some((t) => t.sessionId === sessionId)).toBe(false);
      watcher.close();
      socket.close();
    },
  );

  it('an agent back within the grace period keeps the conversation', async () => {
    const agent = await connectAgent();
    const [socket, sessionId] = await claimed(agent, 'en');
    let returned = false;
    socket.on('handoff.status', (s: HandoffStatus) => {
      if (s.state === 'returned') returned = true;
    });
    agent.close();
    const back = await connectAgent(); // a page reload
    await new Promise((r) => setTimeout(r, GRACE_MS * 3));
    expect(returned).toBe(false);
    back.emit('queue.refresh', {});
    const snapshot = await next<QueueSnapshot>(back, 'queue.snapshot');
    expect(snapshot.tickets.find((t) => t.sessionId === sessionId)?.state).toBe('with_agent');
    back.close();
    socket.close();
  });
});
