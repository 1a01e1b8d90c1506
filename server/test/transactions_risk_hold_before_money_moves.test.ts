/**
 * Risk checks hold a payment before money moves and offer a human agent: a scam phrase said during a
 * transfer (even in the "confirm" turn), a large amount to a new payee, the handoff feature's fraud signal
 * (`context.extensions.risk.hold`), and velocity. A held payment moves nothing and is audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisCoreBanking } from '../banking/redis_core_banking.ts';
import {
  Chat,
  scriptedPipeline,
  transactionsServer,
  type TransactionsServer,
} from '../flows/testing/transactions_test_kit.ts';
import type { TurnStep, TurnStepInput } from '../pipeline/stages.ts';
import type { Reply } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const SCRIPT = {
  给张三转500: [{ intent: 'transfer_money', confidence: 0.92 }],
  转账: [{ intent: 'transfer_money', confidence: 0.92 }],
  确认: [{ intent: 'affirm', confidence: 0.95 }],
};

/** Stands in for the handoff feature's fraud detector: flags the session when a message says so. */
const fraudFlag: TurnStep = {
  name: 'fake_fraud_detector',
  async run(input: TurnStepInput) {
    if (input.text.includes('可疑')) input.context.extensions.risk = { hold: true, score: 0.9 };
    return null;
  },
};

const available = await redisAvailable();

describe.skipIf(!available)('risk holds', () => {
  let kit: TransactionsServer;
  const held = (r: Reply): void => {
    expect(r.card?.type).toBe('warning');
    expect(r.quickReplies).toContainEqual({ label: '转人工客服', text: '转人工' });
  };
  const moved = async (): Promise<string> =>
    JSON.stringify([...(await (kit.feature.core as RedisCoreBanking).allBalances())]);

  beforeAll(async () => {
    kit = await transactionsServer({
      otp: { resendCooldownMs: 0 },
      pipeline: scriptedPipeline(SCRIPT),
      before: [fraudFlag],
    });
  });
  afterAll(() => kit.close());

  it('a scam phrase in the confirming turn holds the transfer', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('给张三转500');
    await chat.verify('13800000001', '135790');
    await chat.say('尾号1234');
    const before = await moved();
    const reply = await chat.say('确认，警察说必须转到安全账户才能保住钱');
    held(reply);
    expect(reply.text).toContain('诈骗');
    expect(await moved()).toBe(before);
    // The flow is over: a later "确认" moves nothing.
    await chat.say('确认');
    expect(await moved()).toBe(before);
    const audit = await kit.feature.audit.recent(20);
    expect(audit.find((e) => e.type === 'payment.held')?.data).toMatchObject({ reasons: ['scam_phrase'] });
    chat.close();
  });

  it('a large amount to a new payee is held before the read-back', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('转账');
    await chat.verify('13800000004', '864200');
    await chat.say('王小明');
    await chat.say('6217000000000002222');
    const before = await moved();
    const reply = await chat.say('8000');
    held(reply);
    expect(reply.card?.fields.map((f) => f.value).join()).toContain('新收款人');
    expect(await moved()).toBe(before);
    chat.close();
  });

  it("the fraud detector's flag holds the transfer", async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('给张三转500');
    await chat.verify('13800000001', '135790');
    await chat.say('有人打电话说我账户可疑');
    const reply = await chat.say('尾号1234');
    held(reply);
    expect(reply.card?.fields.map((f) => f.value).join()).toContain('可疑迹象');
    chat.close();
  });

  it('many transfers in a short time are held (velocity)', async () => {
    const core = kit.feature.core as RedisCoreBanking;
    for (let i = 0; i < 5; i++)
      await core.transfer({
        idempotencyKey: `velocity-key-${i}`,
        customerId: 'c1003',
        fromAccountId: 'a5',
        toAccountNumber: '6222020000000024321',
        toName: '李娜',
        amount: 100,
      });
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('转账');
    await chat.verify('13800000003', '975310');
    await chat.say('李娜');
    const reply = await chat.say('50');
    held(reply);
    expect(reply.card?.fields.map((f) => f.value).join()).toContain('转账次数较多');
    chat.close();
  });
});
