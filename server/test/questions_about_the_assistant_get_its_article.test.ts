/**
 * "what can you do", "are you a bot", "你能干什么" fell back as out of scope ("what can you do" is all stop words
 * for retrieval, and no intent covers it). They now get the article on what the assistant is and can do, with
 * "转人工" named in it; a request the assistant can do keeps its intent. Through the real server.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from './support/expect_article.ts';

describe('questions about the assistant itself', () => {
  const kit = useTransactionsServer({ redis: false }, 180_000);

  it.each([
    ['en', 'what can you do'],
    ['en', 'Are you a bot?'],
    ['en', 'What can you help me with?'],
    ['zh-CN', '你是机器人吗'],
    ['zh-CN', '你能干什么'],
    ['zh-CN', '你能帮我做什么'],
  ] as Array<[Locale, string]>)('%s "%s" gets the assistant article', async (locale, text) => {
    const reply = await expectArticle(kit(), locale, text, 'assistant_capabilities');
    expect(reply.kind).toBe('faq');
    expect(reply.text).toContain(locale === 'zh-CN' ? '转人工' : 'talk to a person');
  });

  it.each([
    ['zh-CN', '你能帮我查一下余额吗'],
    ['en', 'can you help me freeze my card'],
  ] as Array<[Locale, string]>)('%s "%s" keeps its flow', async (locale, text) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    expect(reply.kind).toBe('flow');
    chat.close();
  });
});
