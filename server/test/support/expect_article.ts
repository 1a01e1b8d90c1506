/**
 * Test support: the check the article suites make again and again: a customer says one thing in a new
 * conversation and is answered from a given knowledge-base article.
 */
import { expect } from 'vitest';
import { Chat, type TransactionsServer } from '../../flows/testing/transactions_test_kit.ts';
import type { Channel, Locale, Reply } from '../../protocol/protocol.ts';

/**
 * Opens a conversation in `locale` on `channel` (the app by default), says `text` and closes it; expects the
 * reply's source to be the article `article` (the reply's text is shown when it is not). Returns the reply,
 * for the checks of its text.
 */
export async function expectArticle(
  kit: TransactionsServer,
  locale: Locale,
  text: string,
  article: string,
  channel: Channel = 'app',
): Promise<Reply> {
  const chat = await Chat.open(kit, channel, locale);
  const reply = await chat.say(text);
  chat.close();
  expect(reply.source?.id, reply.text).toBe(article);
  return reply;
}
