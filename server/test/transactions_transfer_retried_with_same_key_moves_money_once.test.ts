/**
 * The flow generates one idempotency key per read-back. If the turn that moved the money fails to save
 * (the store hiccups after the core committed), the conversation is still at the read-back with the same
 * key; the customer's retry ("确认" again) gets the same receipt and the money moves once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import type { RedisCoreBanking } from '../banking/redis_core_banking.ts';
import { yuan } from '../banking/money.ts';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { next, redisAvailable } from './support/harness.ts';
import type { Reply, ServerError } from '../protocol/protocol.ts';

const available = await redisAvailable();

describe.skipIf(!available)('a confirmed transfer retried after a failed save', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer();
  });
  afterAll(() => kit.close());

  it('moves the money once and shows the same receipt', async () => {
    const core = kit.feature.core as RedisCoreBanking;
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('给张三转两千五');
    await chat.verify('13800000001', '135790');
    const readBack = await chat.say('尾号1234');
    expect(readBack.card?.type).toBe('confirm');

    const store = kit.server.store;
    const saveTurn = store.saveTurn.bind(store);
    let failures = 0;
    store.saveTurn = async (...args) => {
      if (failures++ === 0) throw new AppError('E_STORE_UNAVAILABLE');
      return saveTurn(...args);
    };
    const error = next<ServerError>(chat.socket, 'server.error');
    chat.socket.emit('message.text', { text: '确认' });
    expect((await error).code).toBe('E_STORE_UNAVAILABLE');
    expect((await core.allBalances()).get('a1')).toBe(yuan(52_300 - 2_500));

    const receipt: Reply = await chat.say('确认');
    expect(receipt.card?.type).toBe('receipt');
    const again = await chat.say('查余额');
    expect(again.text).toContain('49,800.00');
    expect((await core.allBalances()).get('a1')).toBe(yuan(52_300 - 2_500));
    const completed = (await kit.feature.audit.recent(50)).filter((e) => e.type === 'transfer.completed');
    expect(completed).toHaveLength(1);
    const reference = receipt.card?.fields.find((f) => f.label === '流水号')?.value;
    expect(String(completed[0]?.data.transferId).slice(0, 8).toUpperCase()).toBe(reference);
    chat.close();
  });
});
