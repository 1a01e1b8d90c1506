/**
 * A customer whose card was used without them ("我的卡被盗刷了", "somebody used my card without permission")
 * used to get the script for someone being talked into a transfer ("stop! banks never ask you to move money to
 * a safe account", button "I've stopped"). Through the real server (trained models, flows, handoff): they are
 * offered to freeze the card first, the button starts the freeze, and the case is still flagged for the fraud
 * team. A scam being talked through still gets the scam warning.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const FREEZE: Record<Locale, string> = { 'zh-CN': '立即冻结银行卡', en: 'Freeze my card now' };
const VICTIMS: Array<[Locale, string]> = [
  ['zh-CN', '我的卡被盗刷了'],
  ['zh-CN', '有一笔消费不是我刷的'],
  ['en', 'somebody used my card without permission'],
  ['en', "there are charges on my card I didn't make"],
  // Money taken out of the account by someone else: the same first step (it used to get the "safe account" script).
  ['zh-CN', '我卡里的钱被人转走了'],
  ['en', 'someone took money from my account'],
];

describe.skipIf(!available)('a victim of card misuse', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ features: [handoffForTests()] });
  });
  afterAll(() => kit.close());

  it.each(VICTIMS)('%s "%s": offered a freeze first, and the button starts it', async (locale, text) => {
    const chat = await Chat.open(kit, 'app', locale);
    const reply = await chat.say(text);
    expect(reply.text).not.toMatch(/安全账户|safe account/);
    const freeze = reply.quickReplies.find((q) => q.label === FREEZE[locale]);
    expect(freeze).toBeDefined();
    const next = await chat.say(freeze!.text);
    expect(next.kind).toBe('flow');
    expect(next.intent).toBe('freeze_card');
    chat.close();
  });

  it('a scam being talked through still gets the scam warning', async () => {
    const chat = await Chat.open(kit, 'app', 'en');
    const reply = await chat.say(
      'A man from the police called and said I must move my savings to a safe account today',
    );
    expect(reply.kind).toBe('handoff');
    expect(reply.text).toMatch(/safe account/);
    expect(reply.quickReplies.map((q) => q.label)).not.toContain(FREEZE.en);
    chat.close();
  });
});
