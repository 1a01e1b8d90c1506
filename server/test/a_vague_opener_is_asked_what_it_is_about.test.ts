/**
 * A first message that only says there is a question or a problem ("I have a problem", "quick question",
 * "我有个问题想问", "问个事", "想咨询一下") is asked what it is about, with the menu, on the app and the lobby
 * screen: it used to be handed over as a complaint ("I have a problem"), answered with an unrelated article
 * ("I have a question" got the credit-card fee, "我有个问题" the mobile-banking login) or told it was out of
 * scope. A message that says what the problem is, and a wish to complain, are handled as before.
 */
import { describe, expect, it } from 'vitest';
import type { Channel, Locale } from '../protocol/protocol.ts';
import { customerConversations, say } from './support/customer_conversations.ts';

const OPENERS: Array<[Locale, string]> = [
  ['en', 'I have a problem'],
  ['en', 'I have a question'],
  ['en', "I've got an issue"],
  ['en', 'quick question'],
  ['en', 'can I ask you something'],
  ['en', 'hi, I need help with something'],
  ['zh-CN', '我有个问题'],
  ['zh-CN', '我有个问题想问'],
  ['zh-CN', '问个事'],
  ['zh-CN', '有个问题'],
  ['zh-CN', '想咨询一下'],
  ['zh-CN', '我遇到个问题'],
];

const ASKED: Record<Locale, RegExp> = { en: /what's it about/i, 'zh-CN': /请问是什么问题/ };
const MENU: Record<Locale, string> = { en: 'check balance', 'zh-CN': '查余额' };

describe('a vague opener', () => {
  const conversations = customerConversations();

  it.each(
    OPENERS.flatMap(([locale, text]) =>
      (['app', 'kiosk'] as Channel[]).map((channel) => [locale, channel, text] as const),
    ),
  )('%s on the %s: "%s" is asked what it is about, with the menu', async (locale, channel, text) => {
    const { socket } = await conversations.open(locale, channel);
    const reply = await say(socket, text);
    expect(reply.kind, reply.text).toBe('intent');
    expect(reply.text).toMatch(ASKED[locale]);
    expect(reply.source).toBeNull();
    expect(reply.quickReplies.map((q) => q.text)).toContain(MENU[locale]);
  });

  it.each([
    ['en', 'I have a problem', 'my card was swallowed by the ATM', 'atm_card_retained'],
    ['zh-CN', '我有个问题', '转账多久到账', 'transfer_arrival_time'],
  ] as const)('%s: what is said next is answered', async (locale, opener, question, article) => {
    const { socket } = await conversations.open(locale);
    await say(socket, opener);
    expect((await say(socket, question)).source?.id).toBe(article);
  });

  it.each([
    ['en', 'I have a problem with your staff, they were rude'],
    ['zh-CN', '我要投诉'],
  ] as const)('%s: a complaint, "%s", is still handed over', async (locale, text) => {
    const { socket } = await conversations.open(locale);
    const reply = await say(socket, text);
    expect(reply.kind).toBe('handoff');
    expect(reply.text).not.toMatch(ASKED[locale]);
  });
});
