/**
 * An explicit wish to complain ("I want to make a complaint", "I'd like to file a complaint", "how do I
 * complain", "我要投诉", "我想投诉一下") is a complaint, however calmly it is put: in English the trained model
 * read these as calm (P(neutral) 0.98–0.99) and vetoed the complaint intent, and the customer was answered
 * "Understood, not a complaint". That answer is only for a customer who says it is no complaint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import { handoffForTests, nextMatching, readyAgent } from '../handoff/testing/agent_client.ts';
import type { HandoffStatus, Locale, Reply, SessionReady } from '../protocol/protocol.ts';
import { customer, next, testServer, type ClientSocket } from './support/harness.ts';

const WISHES: Array<[Locale, string]> = [
  ['en', 'I want to make a complaint'],
  ['en', "I'd like to file a complaint"],
  ['en', 'how do I complain'],
  ['zh-CN', '我要投诉'],
  ['zh-CN', '我想投诉一下'],
  // A settled matter does not take back a complaint still wished for.
  ['zh-CN', '没事了，已经好了，不过我还是要投诉'],
  ['zh-CN', '我一定要投诉这个柜员'],
];

describe('an explicit wish to complain', () => {
  let server: RunningServer;
  let agent: ClientSocket;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    server = await testServer({}, { features: [handoffForTests()] });
    agent = await readyAgent(server.url);
  });
  afterAll(async () => {
    agent?.close();
    for (const s of sockets) s.close();
    await server?.close();
  });

  it.each(WISHES)('%s: "%s" goes to an agent as a complaint', async (locale, text) => {
    const socket = customer(server.url, { channel: 'app', locale });
    sockets.push(socket);
    await next<SessionReady>(socket, 'session.ready');
    const status = nextMatching<HandoffStatus>(socket, 'handoff.status', (s) => s.state === 'queued');
    const reply = next<Reply>(socket, 'reply.text');
    socket.emit('message.text', { text });
    expect(await status).toMatchObject({ state: 'queued', reason: 'complaint' });
    expect((await reply).kind).toBe('handoff');
    expect((await reply).text).not.toMatch(/not a complaint|不是投诉/i);
    socket.emit('handoff.cancel', {});
  });

  it.each([
    ['en', "I'm not making a complaint, just asking what the transfer fee is"],
    ['zh-CN', '不是投诉，就问问转账手续费是多少'],
    // Asking how, not complaining: "I'd like to ask about the complaint procedure", "whom to go to if I did".
    ['zh-CN', '我还是想问一下投诉流程'],
    ['zh-CN', '还是要投诉的话找谁'],
  ] as const)('%s: a customer who says it is no complaint is not handed over', async (locale, text) => {
    const socket = customer(server.url, { channel: 'app', locale });
    sockets.push(socket);
    await next<SessionReady>(socket, 'session.ready');
    let handedOver = false;
    socket.on('handoff.status', () => (handedOver = true));
    const reply = next<Reply>(socket, 'reply.text');
    socket.emit('message.text', { text });
    expect((await reply).kind).not.toBe('handoff');
    await new Promise((r) => setTimeout(r, 200));
    expect(handedOver).toBe(false);
  });
});
