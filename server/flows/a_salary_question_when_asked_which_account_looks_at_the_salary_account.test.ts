/**
 * "上个月工资到了没" when the transaction look-up asks "请问查询哪个账户的交易明细？": "抱歉，我没有听明白" (or the
 * question again). Now the account the salary goes into (the one whose recent transactions hold a salary
 * credit, 尾号1234 for the sandbox customer) is looked up, led by when the last salary came in.
 * Only in Chinese: the English sandbox customer has one account, so the question is never asked.
 * Through the real server (trained intent model, sandbox core).
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

describe('a salary question when asked which account', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  it('zh-CN: shows the salary account, with when the last salary came in', async () => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    await chat.say('查一下最近的交易');
    const asked = await chat.verify('13800000001', '135790');
    expect(asked.text).toMatch(/哪个账户的交易明细/);
    const reply = await chat.say('上个月工资到了没');
    expect(reply.text).not.toMatch(/没有听明白/);
    expect(reply.card?.type, reply.text).toBe('info');
    expect(reply.card?.title).toMatch(/1234$/);
    expect(reply.text).toMatch(/工资发到尾号1234的I类借记账户，最近一笔工资\d{2}-\d{2}到账¥18,500\.00/);
    chat.close();
  });
});
