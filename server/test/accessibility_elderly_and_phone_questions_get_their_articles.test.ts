/**
 * Found in a walkthrough: a deaf customer asking whether chat is enough got a goodbye ("I'm deaf" heard as one),
 * sign language and wheelchair questions fell back as out of scope (no article covered disabilities), "my mum is
 * 85 and can't use smartphones" fell back though the elderly-services article answers it (it scored under the
 * FAQ threshold, far ahead of any other), "能不能上门办业务" started the booking flow, torn banknotes got the branch
 * finder, and "how do I update my phone number" got the SMS-code article. Each
 * now gets its article, with the handoff feature on as in the product. Through the real server.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from './support/expect_article.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

describe.skipIf(!available)('accessibility, elderly and phone-number questions', () => {
  const kit = useTransactionsServer({ features: [handoffForTests()] }, 180_000);

  it.each([
    ['en', "I'm deaf, can I do everything by chat?", 'accessibility_services'],
    ['en', 'I am hearing impaired, can I use text only?', 'accessibility_services'],
    ['en', 'is the branch wheelchair accessible', 'accessibility_services'],
    ['zh-CN', '我是聋哑人，有手语服务吗', 'accessibility_services'],
    ['zh-CN', '我坐轮椅，网点有无障碍通道吗', 'accessibility_services'],
    ['en', "my mum is 85 and can't use smartphones, what can she do", 'elderly_services'],
    // A home visit asked about, not booked: the booking flow asked for a phone number.
    ['zh-CN', '我妈80多岁了腿脚不方便，能不能上门办业务', 'elderly_services'],
    ['en', "do you do home visits? my mum is 84 and can't walk", 'elderly_services'],
    ['en', 'where can I change torn banknotes', 'damaged_notes_and_coins'],
    ['en', 'how do I update my phone number', 'registered_phone_update'],
    ['zh-CN', '预留手机号怎么改', 'registered_phone_update'],
  ] as Array<[Locale, string, string]>)('%s "%s" gets %s', async (locale, text, article) => {
    const reply = await expectArticle(kit(), locale, text, article);
    expect(reply.kind).toBe('faq');
  });

  it.each([
    ['en', "what's the weather tomorrow"],
    ['zh-CN', '今天天气怎么样'],
  ] as Array<[Locale, string]>)('%s "%s" still falls back', async (locale, text) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    expect(reply.kind).toBe('fallback');
    chat.close();
  });
});
