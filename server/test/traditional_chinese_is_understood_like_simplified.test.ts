/**
 * Customers from Hong Kong, Macau, Taiwan or overseas type traditional characters: "查詢餘額" fell back as out of
 * scope, "轉帳要多久到賬" missed its article, "叫你們經理出來" did not reach a person. Through the real server
 * (trained models, knowledge base, flows, handoff): they are understood as their simplified forms are, and
 * the conversation keeps what the customer typed, in the transcript and in the history shown on return.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { SessionReady } from '../protocol/protocol.ts';
import { customer, next } from './support/harness.ts';

describe('a customer typing traditional Chinese', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each([
    ['轉帳要多久到賬', 'transfer_arrival_time'],
    ['信用卡年費多少', 'credit_card_annual_fee'],
  ])('"%s" gets the article %s', async (typed, article) => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    const reply = await chat.say(typed);
    expect(reply.kind).toBe('faq');
    expect(reply.source?.id).toBe(article);
    chat.close();
  });

  it.each([
    ['我的卡丟了怎麼辦', 'report_lost_card', '挂失'],
    ['查詢餘額', 'check_balance', '查询余额'],
  ])('"%s" starts %s and is asked to verify', async (typed, flow, said) => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    const reply = await chat.say(typed);
    expect(reply.kind).toBe('flow');
    expect(reply.intent).toBe(flow);
    expect(reply.text).toContain(said);
    expect(reply.text).toContain('手机号码');
    chat.close();
  });

  it.each(['我要轉人工', '叫你們經理出來', '我要搵真人'])('"%s" reaches the handoff', async (typed) => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    const reply = await chat.say(typed);
    expect(reply.kind).toBe('handoff');
    expect(reply.text).toMatch(/人工客服/);
    chat.close();
  });

  it('what the customer typed is kept as typed, in the transcript and the history on return', async () => {
    const socket = customer(kit().server.url, { channel: 'app', locale: 'zh-CN' });
    const ready = await next<SessionReady>(socket, 'session.ready');
    const answered = next(socket, 'reply.text');
    socket.emit('message.text', { text: '查詢餘額' });
    await answered;
    socket.close();

    const stored = await kit().server.store.transcript(ready.sessionId);
    expect(stored.find((e) => e.role === 'customer')?.text).toBe('查詢餘額');
    const back = customer(kit().server.url, {
      channel: 'app',
      locale: 'zh-CN',
      resumeToken: ready.resumeToken,
    });
    const resumed = await next<SessionReady>(back, 'session.ready');
    expect(resumed.history.find((l) => l.role === 'customer')?.text).toBe('查詢餘額');
    back.close();
  });
});
