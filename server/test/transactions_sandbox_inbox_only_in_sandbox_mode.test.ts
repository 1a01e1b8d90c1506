/**
 * The dev-only SMS inbox page exists only in sandbox mode: it lists recent codes per masked phone (never
 * the full number). With sandbox mode off, `/sandbox/inbox` is a plain 404 and codes are not delivered there.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';

describe('the sandbox inbox route', () => {
  let kit: TransactionsServer | undefined;
  afterEach(async () => {
    await kit?.close();
    kit = undefined;
  });

  it('lists codes per masked phone in sandbox mode', async () => {
    kit = await transactionsServer({ redis: false, sandboxMode: true });
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('查余额');
    await chat.say('13800000001');
    const code = await chat.latestCode('0001');
    const html = await (await fetch(`${kit.server.url}/sandbox/inbox`)).text();
    expect(html).toContain('138****0001');
    expect(html).toContain(code);
    expect(html).not.toContain('13800000001');
    const json = (await (await fetch(`${kit.server.url}/sandbox/inbox?format=json&phone=0001`)).json()) as {
      messages: Array<{ to: string; text: string }>;
    };
    expect(json.messages[0]?.to).toBe('138****0001');
    chat.close();
  });

  it('is absent when sandbox mode is off', async () => {
    kit = await transactionsServer({ redis: false, sandboxMode: false });
    const res = await fetch(`${kit.server.url}/sandbox/inbox`);
    expect(res.status).toBe(404);
    expect(kit.feature.inbox).toBeNull();
    const health = (await (await fetch(`${kit.server.url}/healthz`)).json()) as {
      features: Record<string, { sandbox: boolean; sms: string }>;
    };
    expect(health.features.transactions).toMatchObject({ sandbox: false, sms: 'none' });
  });
});
