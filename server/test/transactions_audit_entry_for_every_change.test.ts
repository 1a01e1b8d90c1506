/**
 * Every change the assistant makes in the core lands in the Redis audit stream (XADD) with masked data:
 * transfers (to a new payee too, which also saves the payee), bill payments, card freeze/unfreeze/loss,
 * appointments, holds. No full account or phone number, no code, no PIN appears in any entry.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { REDIS_TEST_URL, redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

describe.skipIf(!available)('the audit stream', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it('has a masked entry for every change', async () => {
    const a = await Chat.open(kit, 'app', 'zh-CN');
    await a.say('转账');
    await a.verify('13800000001', '135790');
    await a.say('王小明');
    await a.say('6217000000000002222');
    await a.say('300');
    await a.say('尾号1234');
    expect((await a.say('确认')).card?.type).toBe('receipt');
    await a.say('交电费');
    await a.say('尾号1234');
    expect((await a.say('确认')).card?.type).toBe('receipt');
    expect((await a.say('冻结银行卡')).card?.type).toBe('result');
    expect((await a.say('解冻银行卡')).card?.type).toBe('result');
    await a.say('挂失');
    expect((await a.say('确认')).card?.type).toBe('result');
    await a.say('预约');
    await a.say('陆家嘴');
    await a.say('明天');
    expect((await a.say('下午')).card?.type).toBe('confirm');
    expect((await a.say('确认')).card?.type).toBe('result');
    a.close();

    const redis = new Redis(REDIS_TEST_URL);
    const rows = await redis.xrange(`${kit.prefix}bank:{sbx}:audit`, '-', '+');
    await redis.quit();
    const types = rows.map(([, f]) => f[f.indexOf('type') + 1]);
    expect(types).toEqual([
      'transfer.completed',
      'payee.added',
      'bill.completed',
      'card.freeze',
      'card.unfreeze',
      'card.report_lost',
      'appointment.booked',
    ]);
    const all = JSON.stringify(rows);
    expect(all).not.toContain('6217000000000002222');
    expect(all).not.toContain('6222020000000011234');
    expect(all).not.toContain('13800000001');
    expect(all).not.toContain('135790');
    expect(all).not.toContain('王小明');
    expect(all).toContain('**** 2222');
    for (const [, f] of rows) expect(f[f.indexOf('actor') + 1]).toBe('c1001');
  });
});
