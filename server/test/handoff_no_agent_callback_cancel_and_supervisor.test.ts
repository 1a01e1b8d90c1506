import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import type { QueueSnapshot, SupervisorStats } from '../protocol/agent_protocol.ts';
import type { HandoffStatus, Reply, SessionReady } from '../protocol/protocol.ts';
import { handoffForTests, nextMatching, readyAgent } from '../handoff/testing/agent_client.ts';
import { say } from './support/customer_conversations.ts';
import { customer, next, testServer, type ClientSocket } from './support/harness.ts';

async function open(
  server: RunningServer,
  locale: 'zh-CN' | 'en' = 'zh-CN',
): Promise<{ socket: ClientSocket; sessionId: string }> {
  const socket = customer(server.url, { channel: 'app', locale });
  return { socket, sessionId: (await next<SessionReady>(socket, 'session.ready')).sessionId };
}

describe('handoff when nobody is available, cancelling, and the supervisor view', () => {
  let server: RunningServer;
  let closedServer: RunningServer;

  beforeAll(async () => {
    server = await testServer({}, { features: [handoffForTests()] });
    // Service hours that exclude the current time in Shanghai.
    const hour = Number(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Shanghai',
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(new Date()),
    );
    const h = (n: number): string => String((hour + n) % 24).padStart(2, '0');
    closedServer = await testServer({}, { features: [handoffForTests({ hours: `${h(2)}:00-${h(3)}:00` })] });
  });
  afterAll(async () => {
    await server.close();
    await closedServer.close();
  });

  it('says honestly that no agent is online and offers a callback or an appointment', async () => {
    const { socket, sessionId } = await open(server);
    const status = next<HandoffStatus>(socket, 'handoff.status');
    const r = await say(socket, '我要转人工');
    expect(r.kind).toBe('handoff');
    expect(r.text).toContain('没有人工客服在线');
    expect(r.quickReplies.map((q) => q.text)).toEqual(['预约回电', '预约网点办理']);
    expect(await status).toMatchObject({ state: 'unavailable', reason: 'asked_for_human' });
    // Not verified: the bank does not know whose number to call, so it asks for one, then names it masked.
    const cb = await say(socket, '预约回电');
    expect(cb.text).toContain('请留下方便接听的手机号码');
    const noted = await say(socket, '13912345678');
    expect(noted.text).toContain('已为您登记回电请求');
    expect(noted.text).toContain('139****5678');
    expect(noted.text).not.toContain('13912345678');
    const tx = await server.store.transcript(sessionId);
    expect(JSON.stringify(tx)).not.toContain('13912345678');
    const system = tx.filter((e) => e.role === 'system').map((e) => e.meta);
    expect(system[0]).toMatchObject({ handoff: 'asked_for_human', outcome: 'unavailable:no_agents' });
    expect(system[1]).toMatchObject({ handoffEvent: 'callback' });
    socket.close();
  });

  it('says when it is outside service hours', async () => {
    const agent = await readyAgent(closedServer.url);
    const { socket } = await open(closedServer, 'en');
    const r = await say(socket, 'I want to talk to a real person');
    expect(r.text).toContain('service hours');
    expect(r.quickReplies.map((q) => q.text)).toEqual(['Request a callback', 'Book a branch appointment']);
    socket.close();
    agent.close();
  });

  it('lets a queued customer cancel and go back to the assistant', async () => {
    const agent = await readyAgent(server.url);
    const { socket, sessionId } = await open(server, 'en');
    expect((await say(socket, 'connect me to a human please')).kind).toBe('handoff');

    const cancelled = nextMatching<HandoffStatus>(socket, 'handoff.status', (s) => s.state === 'cancelled');
    const gone = nextMatching<QueueSnapshot>(
      agent,
      'queue.snapshot',
      (s) => !s.tickets.some((t) => t.sessionId === sessionId),
    );
    const told = next<Reply>(socket, 'reply.text');
    socket.emit('handoff.cancel', {});
    await cancelled;
    await gone;
    expect((await told).text).toContain('no longer waiting for an agent');
    const after = await say(socket, 'what are your opening hours');
    expect(after.kind).not.toMatch(/handoff|agent/);

    // Leaving by the quick reply's text works too.
    const queued = await say(socket, 'agent please');
    expect(queued.kind).toBe('handoff');
    expect(queued.quickReplies.map((q) => q.text)).toEqual(['Stop waiting for an agent']);
    const byText = await say(socket, 'Stop waiting for an agent');
    expect(byText.text).toContain('no longer waiting for an agent');
    expect(await server.store.transcript(sessionId)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'system', meta: { handoffEvent: 'cancelled' } }),
      ]),
    );
    socket.close();
    agent.close();
  });

  it('hands over after repeated fallbacks', async () => {
    const agent = await readyAgent(server.url);
    const { socket } = await open(server, 'en');
    const kinds: string[] = [];
    for (const text of ['xqzv plorb wump', 'grelk fnord zib', 'blarp quonk vex'])
      kinds.push((await say(socket, text)).kind);
    expect(kinds.slice(0, 2)).toEqual(['fallback', 'fallback']);
    expect(kinds[2]).toBe('handoff');
    socket.close();
    agent.close();
  });

  it('shows the supervisor queue length, waits and handoffs by reason', async () => {
    const sup = await readyAgent(server.url, 'supervisor1', 'sandbox-supervisor-1');
    const { socket } = await open(server);
    await say(socket, '你们这服务太差了，我要投诉');
    const stats = await nextMatching<SupervisorStats>(
      sup,
      'supervisor.stats',
      (s) => s.queued['zh-CN'] === 1,
    );
    expect(stats.handoffsByReason).toMatchObject({ asked_for_human: 2, repeated_fallback: 1, complaint: 1 });
    expect(stats.callbackRequests).toBe(1);
    expect(stats.agents.map((a) => a.agentId)).toContain('supervisor1');
    expect(stats.longestWaitSec).toBeGreaterThanOrEqual(0);
    socket.close();
    sup.close();
  });
});
