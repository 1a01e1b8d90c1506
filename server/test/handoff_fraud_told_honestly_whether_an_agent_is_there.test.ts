/**
 * A scam described with nobody from the team online: the warning, the hotlines and a held transfer, and an
 * honest "nobody is online" with a callback or an appointment offered; never "passed to the agent" on the
 * next message. The case still waits flagged for the first agent online. With an agent online it is queued
 * and told its place, and the button to leave the queue is not a "cancel transfer" (a victim saying "cancel
 * the transfer" means the payment and stays in line).
 */
import { describe, expect, it } from 'vitest';
import { RiskFlag } from '../handoff/handoff_extension.ts';
import { agentSocket, signIn, readyAgent } from '../handoff/testing/agent_client.ts';
import type { QueueSnapshot } from '../protocol/agent_protocol.ts';
import type { HandoffStatus, Locale } from '../protocol/protocol.ts';
import { customerConversations, say } from './support/customer_conversations.ts';
import { next } from './support/harness.ts';

const SCAM: Record<Locale, string> = {
  'zh-CN': '刚才有个自称公安局的人打电话，说我涉嫌洗钱，让我把存款转到安全账户配合调查',
  en: 'A man from the police called, said my account is linked to money laundering and I must move my savings to a safe account today',
};

describe('a scam described to the assistant', () => {
  const conversations = customerConversations();
  const { open } = conversations;
  const flagged: string[] = [];

  it.each([
    [
      'zh-CN',
      '没有人工客服在线',
      ['预约回电', '预约网点办理'],
      /已转给人工客服|前面还有|您是下一位|优先转接/,
    ],
    [
      'en',
      'Nobody from our team is online',
      ['Request a callback', 'Book a branch appointment'],
      /passed your message on|ahead of you|next in line|put you through/,
    ],
  ] as const)(
    '%s, nobody online: says so, offers a callback, and never claims the case was passed on',
    async (locale, none, offers, claim) => {
      const { socket, sessionId } = await open(locale);
      const statuses: HandoffStatus[] = [];
      socket.on('handoff.status', (st: HandoffStatus) => statuses.push(st));
      const status = next<HandoffStatus>(socket, 'handoff.status');
      const warned = await say(socket, SCAM[locale]);
      expect(warned.card?.type).toBe('warning');
      expect(warned.text).toContain('96110');
      expect(warned.text).toContain(none);
      expect(warned.text).not.toMatch(claim);
      expect(warned.quickReplies.map((q) => q.text)).toEqual(expect.arrayContaining([...offers]));
      expect(await status).toMatchObject({ state: 'unavailable', reason: 'fraud_risk' });
      const record = await conversations.server().store.get(sessionId);
      expect(RiskFlag.parse(record!.context.extensions['risk']).hold).toBe(true);

      const after = await say(socket, locale === 'zh-CN' ? '那我现在该怎么办' : 'what should I do now');
      expect(after.text).toContain(none);
      expect(after.text).not.toMatch(claim);
      expect(after.quickReplies.map((q) => q.text)).toEqual(expect.arrayContaining([...offers]));

      // Not verified: asked for a number to call, then told it (masked).
      const callback = await say(socket, offers[0]);
      expect(callback.text).toMatch(/手机号码|mobile number/);
      const noted = await say(socket, '13912345678');
      expect(noted.text).toMatch(/回电|callback/);
      expect(noted.text).toContain('139****5678');
      const tx = await conversations.server().store.transcript(sessionId);
      expect(tx.filter((e) => e.role === 'system').map((e) => e.meta)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ handoffEvent: 'callback', handoff: 'fraud_risk' }),
        ]),
      );
      // The status the page shows agrees: never a place in a queue nobody is working through; the callback
      // then takes the place of the queue entry (one contact), and the queue line goes.
      await new Promise((r) => setTimeout(r, 100));
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.slice(0, -1).filter((st) => st.state !== 'unavailable')).toEqual([]);
      expect(statuses.at(-1)).toMatchObject({ state: 'cancelled', reason: 'fraud_risk' });
    },
  );

  it('the flagged cases wait at the front of the queue for the first agent who comes online', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { socket, sessionId } = await open(locale);
      expect((await say(socket, SCAM[locale])).card?.type).toBe('warning');
      flagged.push(sessionId);
    }
    const agent = agentSocket(conversations.server().url, {
      token: (await signIn(conversations.server().url)).token,
    });
    const snapshot = await next<QueueSnapshot>(agent, 'queue.snapshot');
    const waiting = snapshot.tickets.filter((t) => flagged.includes(t.sessionId));
    expect(waiting.map((t) => [t.state, t.reason])).toEqual([
      ['queued', 'fraud_risk'],
      ['queued', 'fraud_risk'],
    ]);
    agent.close();
  });

  it('with an agent online: queued and told so; "cancel the transfer" keeps the place, the plain button leaves', async () => {
    const agent = await readyAgent(conversations.server().url);
    const { socket } = await open('en');
    const warned = await say(socket, SCAM.en);
    expect(warned.text).toContain("I've put you through to our fraud team");
    expect(warned.text).not.toContain('Nobody from our team is online');

    const stays = await say(socket, 'cancel the transfer');
    expect(stays.kind).toBe('handoff');
    expect(stays.text).toContain('passed your message on');
    expect(stays.quickReplies.map((q) => q.label)).toEqual(['Stop waiting for an agent']);
    expect(stays.quickReplies.map((q) => q.label).join()).not.toMatch(/cancel/i);

    const left = await say(socket, stays.quickReplies[0]!.text);
    expect(left.text).toContain('no longer waiting for an agent');
    agent.close();
  });
});
