/**
 * Natural turns in a transfer, with a scripted classifier and a one-article knowledge base so the test does
 * not depend on the intent model: slots from one sentence (给张三转500 / transfer 200 to John), corrections at
 * the read-back (不对，是300 / no, make it 300), an FAQ question answered mid-flow and the flow resumed,
 * cancel at any step (also while waiting for the code: the code is then refused), and a flow that times out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisCoreBanking } from '../banking/redis_core_banking.ts';
import { yuan } from '../banking/money.ts';
import {
  Chat,
  scriptedPipeline,
  transactionsServer,
  type TransactionsServer,
} from '../flows/testing/transactions_test_kit.ts';
import type { FaqHit, IntentScore, KnowledgeBase } from '../nlu/understanding.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const SCRIPT: Record<string, IntentScore[]> = {
  给张三转500: [{ intent: 'transfer_money', confidence: 0.92 }],
  确认: [{ intent: 'affirm', confidence: 0.95 }],
  confirm: [{ intent: 'affirm', confidence: 0.95 }],
  算了: [{ intent: 'deny', confidence: 0.9 }],
  cancel: [{ intent: 'deny', confidence: 0.9 }],
};

const KNOWLEDGE: KnowledgeBase = {
  size: 1,
  get: () => undefined,
  search(query: string, locale: Locale): FaqHit[] {
    if (!/手续费|fee/.test(query)) return [];
    const answer =
      locale === 'zh-CN' ? '沙盒银行行内转账免手续费。' : 'Transfers within Sandbox Bank are free.';
    return [
      {
        score: 0.9,
        article: { id: 'transfer_fees', locale, title: 'fees', questions: ['q'], tags: [], answer, path: '' },
      },
    ];
  },
};

const available = await redisAvailable();

describe.skipIf(!available)('a transfer in natural turns', () => {
  let kit: TransactionsServer;
  const balance = async (id: string): Promise<number | undefined> =>
    (await (kit.feature.core as RedisCoreBanking).allBalances()).get(id);
  const transfers = async (): Promise<number> =>
    (await kit.feature.audit.recent(100)).filter((e) => e.type === 'transfer.completed').length;

  beforeAll(async () => {
    kit = await transactionsServer({
      otp: { resendCooldownMs: 0 },
      flowIdleMs: 1500,
      pipeline: scriptedPipeline(SCRIPT, KNOWLEDGE),
    });
  });
  afterAll(() => kit.close());

  it('zh-CN: one sentence, a correction, an FAQ in between, then confirm', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('给张三转500');
    const fromPrompt = await chat.verify('13800000001', '135790');
    expect(fromPrompt.text).toContain('从哪个账户');
    const readBack = await chat.say('尾号1234');
    expect(readBack.card?.fields).toContainEqual({ label: '金额', value: '¥500.00' });
    expect(readBack.card?.fields).toContainEqual({ label: '收款人', value: '张三 **** 7788' });

    const corrected = await chat.say('不对，是300');
    expect(corrected.card?.type).toBe('confirm');
    expect(corrected.card?.fields).toContainEqual({ label: '金额', value: '¥300.00' });

    const faq = await chat.say('转账手续费多少');
    expect(faq.text).toMatch(/^沙盒银行行内转账免手续费。我们继续刚才的业务：/);
    expect(faq.source?.id).toBe('transfer_fees');
    expect(faq.card?.fields).toContainEqual({ label: '金额', value: '¥300.00' });

    const before = await balance('a1');
    const receipt = await chat.say('确认');
    expect(receipt.card?.type).toBe('receipt');
    expect(await balance('a1')).toBe(before! - yuan(300));
    chat.close();
  });

  it('en: "transfer 200 to John", "no, make it 300", then cancel moves nothing', async () => {
    const chat = await Chat.open(kit, 'app', 'en');
    const first = await chat.say('transfer 200 to John');
    expect(first.card?.type).toBe('verify');
    await chat.verify('13800000001', '135790');
    const readBack = await chat.say('ending 1234');
    expect(readBack.card?.fields).toContainEqual({ label: 'Amount', value: 'CNY 200.00' });
    expect(readBack.card?.fields).toContainEqual({ label: 'Payee', value: 'John Smith **** 2468' });
    const corrected = await chat.say('no, make it 300');
    expect(corrected.card?.fields).toContainEqual({ label: 'Amount', value: 'CNY 300.00' });
    const faq = await chat.say('how much is the transfer fee');
    expect(faq.text).toContain('Transfers within Sandbox Bank are free.');
    const count = await transfers();
    const cancelled = await chat.say('cancel');
    expect(cancelled.text).toContain('cancelled');
    expect(cancelled.card).toBeUndefined();
    const after = await chat.say('confirm');
    expect(after.kind).not.toBe('flow');
    expect(await transfers()).toBe(count);
    chat.close();
  });

  it('cancel while waiting for the code: the flow ends and the code is refused', async () => {
    const chat = await Chat.open(kit, 'kiosk', 'zh-CN');
    await chat.say('给张三转500');
    const prompt = await chat.say('13800000002');
    expect(prompt.card?.verify?.method).toBe('otp');
    const cancelled = await chat.say('算了');
    expect(cancelled.text).toContain('已为您取消');
    const code = await chat.latestCode('0002');
    expect((await chat.submit('otp', code)).error?.code).toBe('E_CODE_EXPIRED');
    chat.close();
  });

  it('a read-back left too long times out instead of moving money', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('给张三转500');
    await chat.verify('13800000001', '135790');
    expect((await chat.say('尾号1234')).card?.type).toBe('confirm');
    const count = await transfers();
    await new Promise((r) => setTimeout(r, 1700));
    const late = await chat.say('确认');
    expect(late.text).toContain('长时间未操作');
    expect(await transfers()).toBe(count);
    chat.close();
  });
});
