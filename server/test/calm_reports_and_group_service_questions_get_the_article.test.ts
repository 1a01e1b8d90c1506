/**
 * Calm messages the knowledge base answers used to go to a person (with nobody online, "I'm sorry this has been
 * frustrating… request a callback"): a calm report of an everyday card problem ("I was charged twice for the
 * same purchase", read as frustration) and a calm question about services for a group of customers ("我七十岁了，
 * 有没有针对老年人的服务", read as a complaint). They get the article; a real complaint still goes to a person.
 */
import { describe, expect, it } from 'vitest';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { customerConversations } from './support/customer_conversations.ts';
import { talkWatchingHandoff } from './support/talk_watching_handoff.ts';

describe('calm messages the knowledge base answers', () => {
  const conversations = customerConversations();

  /** The reply to `text` as the first message of a new conversation, and whether a handoff status was sent. */
  const ask = async (locale: Locale, text: string): Promise<[Reply, boolean]> => {
    const [[reply], statuses] = await talkWatchingHandoff(conversations, locale, [text]);
    return [reply!, statuses.length > 0];
  };

  it.each([
    ['en', 'I was charged twice for the same purchase', 'card_transaction_dispute'],
    ['zh-CN', '同一笔消费扣了我两次钱', 'card_transaction_dispute'],
    ['zh-CN', '我七十岁了，有没有针对老年人的服务', 'elderly_services'],
    ['en', "I'm 70, is there anything special for older customers", 'elderly_services'],
    ['zh-CN', '我今年75了，有什么适合老人的服务', 'elderly_services'],
  ] as const)('%s: "%s" is answered with the %s article', async (locale, text, article) => {
    const [reply, handedOver] = await ask(locale, text);
    expect(handedOver).toBe(false);
    expect(reply.kind).toBe('faq');
    expect(reply.source?.id).toBe(article);
  });

  it.each([
    ['zh-CN', '你们服务太差了我要投诉'],
    ['en', 'the teller was rude, I want to complain'],
    ['en', 'I was charged twice AGAIN, this is the third time, absolutely ridiculous'],
    ['zh-CN', '同一笔消费扣了我两次钱，你们到底怎么搞的，气死我了'],
    ['en', 'Your branch staff were disrespectful to my elderly mother'],
  ] as const)('%s: "%s" still goes to a person', async (locale, text) => {
    const [reply, handedOver] = await ask(locale, text);
    expect(handedOver).toBe(true);
    expect(reply.kind).toBe('handoff');
  });
});
