/**
 * A customer who changes language while handed over (the page's language button, or typing in the other
 * language) is told what happens in the handoff in the language they use now: the agent joining, being
 * handed back to the assistant, the agent's console going away, their place while they wait. It used to
 * come in the language the conversation was queued in. The agent's own words are passed on as typed, marked
 * with the language they are written in. The customer is on one node and the agent on another (Redis), as
 * in a bank with several nodes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import { agentSocket, handoffForTests, nextMatching, signIn } from '../handoff/testing/agent_client.ts';
import type { HandoffStatus, Locale, Reply, SessionReady } from '../protocol/protocol.ts';
import { customer, next, redisAvailable, type ClientSocket } from './support/harness.ts';
import { startRedisNodes, type RedisNodes } from './support/redis_nodes.ts';

const available = await redisAvailable();
const GRACE_MS = 400;
const HAN = /\p{Script=Han}/u;
/** agent1's display name (the sandbox accounts). */
const AGENT_NAME = '坐席一号 Agent One';

/**
 * A reply is in `locale`: says so, and is written in it (Han characters for Mandarin, none for English;
 * the agent's name, which has both, aside).
 */
function expectIn(reply: Reply, locale: Locale): void {
  expect(reply.locale).toBe(locale);
  expect(HAN.test(reply.text.replace(AGENT_NAME, ''))).toBe(locale === 'zh-CN');
}

describe.runIf(available)('handoff messages follow the customer’s current language', () => {
  let nodes: RedisNodes;
  let customerNode: RunningServer;
  let agentNode: RunningServer;
  let token: string;
  const open: ClientSocket[] = [];

  beforeAll(async () => {
    const features = [handoffForTests({ agentGraceMs: GRACE_MS })];
    nodes = await startRedisNodes([
      { nodeId: 'customer-node', options: { features } },
      { nodeId: 'agent-node', options: { features } },
    ]);
    [customerNode, agentNode] = nodes.nodes as [RunningServer, RunningServer];
    token = (await signIn(agentNode.url)).token;
  });
  afterAll(async () => {
    for (const s of open) s.close();
    await nodes?.close();
  });

  const connectAgent = async (): Promise<ClientSocket> => {
    const agent = agentSocket(agentNode.url, { token });
    open.push(agent);
    await next(agent, 'agent.ready');
    return agent;
  };

  /** A customer in `locale` who asked for a person and is queued. */
  const queued = async (locale: Locale): Promise<{ socket: ClientSocket; sessionId: string }> => {
    const socket = customer(customerNode.url, { channel: 'app', locale });
    open.push(socket);
    const { sessionId } = await next<SessionReady>(socket, 'session.ready');
    const status = nextMatching<HandoffStatus>(socket, 'handoff.status', (s) => s.state === 'queued');
    const reply = next<Reply>(socket, 'reply.text');
    socket.emit('message.text', { text: locale === 'zh-CN' ? '转人工' : 'talk to an agent' });
    expectIn(await reply, locale);
    await status;
    return { socket, sessionId };
  };

  const claim = async (agent: ClientSocket, socket: ClientSocket, sessionId: string): Promise<Reply> => {
    const joined = nextMatching<Reply>(socket, 'reply.text', (r) => r.kind === 'handoff');
    agent.emit('conversation.claim', { sessionId });
    return joined;
  };

  it('after the language button (zh-CN -> en): the agent joining and the return come in English', async () => {
    const agent = await connectAgent();
    const { socket, sessionId } = await queued('zh-CN');
    const switched = next(socket, 'session.state'); // the switch is stored
    socket.emit('session.locale', { locale: 'en' });
    await switched;
    // While waiting, a message gets the place in the queue in English.
    const place = next<Reply>(socket, 'reply.text');
    socket.emit('message.text', { text: 'ok' });
    expectIn(await place, 'en');

    const joined = await claim(agent, socket, sessionId);
    expectIn(joined, 'en');
    expect(joined.text).toContain('has joined');

    // The agent's words as typed, marked with the language they are in (so a lobby screen speaks them in it).
    const chinese = nextMatching<Reply>(socket, 'reply.text', (r) => r.kind === 'agent');
    agent.emit('conversation.reply', { sessionId, text: '您好，我是人工客服小王' });
    expect(await chinese).toMatchObject({ text: '您好，我是人工客服小王', locale: 'zh-CN' });
    const short = nextMatching<Reply>(socket, 'reply.text', (r) => r.kind === 'agent');
    agent.emit('conversation.reply', { sessionId, text: 'OK' });
    expect(await short).toMatchObject({ text: 'OK', locale: 'en' });

    const back = nextMatching<Reply>(socket, 'reply.text', (r) => r.kind === 'handoff');
    agent.emit('conversation.return', { sessionId });
    const returned = await back;
    expectIn(returned, 'en');
    expect(returned.text).toContain('handed you back');
    agent.close(); // the next test's agent is the only console of agent1
  });

  it('after typing in Mandarin in an English chat: the agent joining and a lost console come in Mandarin', async () => {
    const agent = await connectAgent();
    const { socket, sessionId } = await queued('en');
    const place = next<Reply>(socket, 'reply.text');
    socket.emit('message.text', { text: '我还要等多久才有人工客服' });
    expectIn(await place, 'zh-CN');

    const joined = await claim(agent, socket, sessionId);
    expectIn(joined, 'zh-CN');
    expect(joined.text).toContain('已接入');

    const lost = nextMatching<Reply>(socket, 'reply.text', (r) => r.kind === 'handoff', GRACE_MS + 5000);
    agent.close();
    const told = await lost;
    expectIn(told, 'zh-CN');
    expect(told.text).toContain('人工客服的连接中断了');
  });

  it('a customer who switched and then stops waiting is told so in the new language', async () => {
    const agent = await connectAgent(); // someone is online, so the customer waits in the queue
    const { socket } = await queued('zh-CN');
    const switched = next(socket, 'session.state');
    socket.emit('session.locale', { locale: 'en' });
    await switched;
    const cancelled = nextMatching<Reply>(socket, 'reply.text', (r) => r.kind === 'handoff');
    socket.emit('handoff.cancel', {});
    const told = await cancelled;
    expectIn(told, 'en');
    expect(told.text).toContain('no longer waiting');
    agent.close();
  });
});
