/**
 * At a lobby kiosk, balances, transactions, read-backs and receipts appear only in sensitive cards; the
 * reply's text and speech point to the screen and contain no digits. The app may say the figures. After
 * `session.reset` (the next customer) the kiosk is unverified again and shows nothing of the last one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Reply, SessionReady } from '../protocol/protocol.ts';
import { next, redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

function screenOnly(r: Reply): void {
  expect(r.card?.sensitive, r.text).toBe(true);
  expect(r.text).not.toMatch(/\d/);
  expect(r.speech ?? '').not.toMatch(/\d/);
}

describe.skipIf(!available)('kiosk privacy', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it('zh-CN: balance, history, read-back and receipt are on screen only', async () => {
    const chat = await Chat.open(kit, 'kiosk', 'zh-CN');
    await chat.say('查余额');
    const codePrompt = await chat.say('13800000001');
    expect(codePrompt.text).not.toMatch(/\d/);
    const balance = await chat.verify('13800000001');
    screenOnly(balance);
    expect(balance.text).toContain('请您查看屏幕');
    expect(balance.card?.fields.map((f) => f.value)).toContain('¥52,300.00');

    await chat.say('查流水');
    screenOnly(await chat.say('尾号1234'));

    await chat.say('给张三转两千五');
    const pin = await chat.submit('pin', '135790');
    expect(pin.reply?.text).not.toMatch(/\d/);
    const readBack = await chat.say('尾号1234');
    screenOnly(readBack);
    expect(readBack.card?.fields).toContainEqual({ label: '金额', value: '¥2,500.00' });
    screenOnly(await chat.say('确认'));
    chat.close();
  });

  it('en: the balance is on screen only; the app says it', async () => {
    const kiosk = await Chat.open(kit, 'kiosk', 'en');
    await kiosk.say('check balance');
    const shown = await kiosk.verify('13800000004');
    screenOnly(shown);
    expect(shown.text).toContain('please see the screen');
    kiosk.close();

    const app = await Chat.open(kit, 'app', 'en');
    await app.say('check balance');
    const said = await app.verify('13800000004');
    expect(said.text).toContain('20,000.00');
    app.close();
  });

  it('after session.reset the next customer starts unverified', async () => {
    const chat = await Chat.open(kit, 'kiosk', 'zh-CN');
    await chat.say('查余额');
    await chat.verify('13800000002');
    const ready = next<SessionReady>(chat.socket, 'session.ready');
    chat.socket.emit('session.reset', {});
    expect((await ready).history).toEqual([]);
    const again = await chat.say('查余额');
    expect(again.card?.type).toBe('verify');
    expect(again.card?.verify).toBeUndefined();
    expect(JSON.stringify(again)).not.toMatch(/8,888|4321|6060/);
    chat.close();
  });
});
