import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import type { QueueSnapshot } from '../protocol/agent_protocol.ts';
import type { HandoffStatus, Reply, SessionReady } from '../protocol/protocol.ts';
import { RiskFlag } from '../handoff/handoff_extension.ts';
import { handoffForTests, nextMatching, readyAgent } from '../handoff/testing/agent_client.ts';
import { customer, next, testServer, type ClientSocket } from './support/harness.ts';

describe('a customer describing a scam', () => {
  let server: RunningServer;
  let agent: ClientSocket;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    server = await testServer({}, { features: [handoffForTests()] });
    agent = await readyAgent(server.url);
  });
  afterAll(async () => {
    agent.close();
    for (const s of sockets) s.close();
    await server.close();
  });

  async function open(): Promise<{ socket: ClientSocket; sessionId: string }> {
    const socket = customer(server.url, { channel: 'kiosk', locale: 'zh-CN' });
    sockets.push(socket);
    return { socket, sessionId: (await next<SessionReady>(socket, 'session.ready')).sessionId };
  }

  it('gets no warning for a plain question about transfers', async () => {
    const { socket } = await open();
    const reply = next<Reply>(socket, 'reply.text');
    socket.emit('message.text', { text: '怎么给我妈妈转账' });
    const r = await reply;
    expect(r.card?.type).not.toBe('warning');
    expect(r.kind).not.toBe('handoff');
  });

  it('is warned at once, put ahead of earlier customers and has transfers held', async () => {
    const first = await open();
    const waiting = next<HandoffStatus>(first.socket, 'handoff.status');
    first.socket.emit('message.text', { text: '转人工' });
    expect(await waiting).toMatchObject({ state: 'queued', position: 1, reason: 'asked_for_human' });

    const victim = await open();
    const pushedBack = nextMatching<HandoffStatus>(first.socket, 'handoff.status', (s) => s.position === 2);
    const front = nextMatching<QueueSnapshot>(agent, 'queue.snapshot', (s) =>
      s.tickets.some((t) => t.sessionId === victim.sessionId),
    );
    const reply = next<Reply>(victim.socket, 'reply.text');
    victim.socket.emit('message.text', {
      text: '刚才有个自称公安局的人打电话，说我涉嫌洗钱，让我把存款转到安全账户配合调查',
    });
    const r = await reply;
    expect(r.kind).toBe('handoff');
    expect(r.card).toMatchObject({ type: 'warning', title: '防诈骗提醒', sensitive: false });
    expect(r.expression).toBe('sad');
    // A lobby screen: the caption is short; the whole warning is spoken, and the card names the scheme.
    expect(r.speech).toContain('安全账户');
    expect(r.card?.fields[0]?.value).toContain('安全账户');

    const queue = (await front).tickets.filter((t) => t.state === 'queued');
    expect(queue[0]).toMatchObject({ sessionId: victim.sessionId, reason: 'fraud_risk', position: 1 });
    expect(queue[0]!.schemes).toContain('safe_account');
    expect(queue[1]).toMatchObject({ sessionId: first.sessionId, position: 2 });
    expect(await pushedBack).toMatchObject({ state: 'queued', position: 2 });

    const record = await server.store.get(victim.sessionId);
    const risk = RiskFlag.parse(record!.context.extensions['risk']);
    expect(risk).toMatchObject({ hold: true, reason: 'fraud_risk' });
    const tx = await server.store.transcript(victim.sessionId);
    expect(tx.find((e) => e.role === 'system')?.meta).toMatchObject({ handoff: 'fraud_risk' });
  });

  it('still warns and queues a fraud case when no agent is online, with the hotlines', async () => {
    agent.close();
    await new Promise((r) => setTimeout(r, 100));
    const { socket } = await open();
    const status = next<HandoffStatus>(socket, 'handoff.status');
    const reply = next<Reply>(socket, 'reply.text');
    socket.emit('message.text', { text: '有人冒充银行客服，让我把手机收到的验证码念给他' });
    const r = await reply;
    expect(r.card?.type).toBe('warning');
    expect(r.text).toContain('96110');
    expect((await status).state).toBe('unavailable');
  });
});
