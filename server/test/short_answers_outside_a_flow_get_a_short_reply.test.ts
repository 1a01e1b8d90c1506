/**
 * "确认", "取消", "好的", "cancel", "no", "ok" with nothing running, through the real server (trained models,
 * knowledge base, flows and handoff): a short reply that there is nothing to confirm or cancel, or a plain
 * "okay, what else", never an unrelated article (they used to get "code not received", "branch appointments",
 * "dormant accounts"), and never a handoff.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const ROWS: Array<[Locale, string, string]> = [
  ['zh-CN', '确认', '目前没有需要您确认的业务'],
  ['zh-CN', '取消', '目前没有正在办理的业务需要取消'],
  ['zh-CN', '好的', '请问还有什么可以帮您'],
  ['zh-CN', '不用了谢谢', '还有其他需要帮忙的吗'],
  ['en', 'confirm', "There's nothing waiting for your confirmation"],
  ['en', 'cancel', "There's nothing in progress to cancel"],
  ['en', 'ok', 'What else can I help you with?'],
  ['en', 'no', 'Is there anything else I can help with?'],
  ['en', 'never mind', 'Is there anything else I can help with?'],
];

describe.skipIf(!available)('a short answer with nothing running', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ features: [handoffForTests()] });
  });
  afterAll(() => kit.close());

  it.each(ROWS)('%s "%s" gets a short reply, not an article', async (locale, text, expected) => {
    const chat = await Chat.open(kit, 'app', locale);
    const reply = await chat.say(text);
    expect(reply.source).toBeNull();
    expect(reply.kind).toBe('intent');
    expect(reply.text).toContain(expected);
    chat.close();
  });

  it('inside a flow the same words still steer it', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('给张三转500');
    expect((await chat.say('取消')).text).toContain('已为您取消');
    chat.close();
  });
});
