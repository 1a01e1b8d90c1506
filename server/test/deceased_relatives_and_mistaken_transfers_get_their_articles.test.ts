/**
 * Found in a walkthrough: "my father passed away last month, how do we access his account?" started the
 * recent-transactions flow (asking for the customer's own phone), "我爸去世了，他卡里的钱怎么取出来" got the
 * social security answer, and "转账转错人了怎么办" fell back or got the scam tips. No intent covers these, so a
 * rule picks the article whatever the intent model heard; a scam told around the same words still gets the
 * warning, and the customer's own account keeps its flow. With the handoff feature on, through the real server.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from './support/expect_article.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

describe.skipIf(!available)("a deceased relative's money and a transfer sent to the wrong account", () => {
  const kit = useTransactionsServer({ features: [handoffForTests()] }, 180_000);

  it.each([
    ['en', 'my father passed away last month. how do we access his account?', 'deceased_account_inheritance'],
    ['en', 'my husband died, what happens to his savings', 'deceased_account_inheritance'],
    ['zh-CN', '我爸去世了，他卡里的钱怎么取出来', 'deceased_account_inheritance'],
    ['zh-CN', '家里老人过世了，存款怎么继承', 'deceased_account_inheritance'],
    ['en', 'I sent money to the wrong account by mistake', 'mistaken_transfer_recovery'],
    ['en', 'I transferred 500 to the wrong person, can I get it back?', 'mistaken_transfer_recovery'],
    ['zh-CN', '转账转错人了怎么办', 'mistaken_transfer_recovery'],
    ['zh-CN', '不小心转错账号了，钱能追回来吗', 'mistaken_transfer_recovery'],
  ] as Array<[Locale, string, string]>)('%s "%s" gets %s, no flow', async (locale, text, article) => {
    const reply = await expectArticle(kit(), locale, text, article);
    expect(reply.kind).toBe('faq');
    expect(reply.card?.type).not.toBe('verify');
  });

  it.each([
    ['zh-CN', '有人打电话说我爸去世前欠了钱，要我先转5000到安全账户才能办继承'],
    ['en', 'my dad died and someone called saying I must pay a fee to release his inheritance'],
  ] as Array<[Locale, string]>)('%s "%s" is still a scam', async (locale, text) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    expect(reply.kind).toBe('handoff');
    chat.close();
  });

  it('the customer\'s own balance keeps its flow: "我爸去世了，先帮我查一下我的余额"', async () => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    const reply = await chat.say('我爸去世了，先帮我查一下我的余额');
    expect(reply.source?.id).not.toBe('deceased_account_inheritance');
    chat.close();
  });
});
