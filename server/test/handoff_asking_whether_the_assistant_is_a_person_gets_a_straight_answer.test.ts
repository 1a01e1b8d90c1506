/**
 * "你是真人吗" / "are you a real person?" was handed over with "Sorry, nobody from our team is online right now…",
 * never saying what the customer was talking to. It is still handed over (the team labels such a question an
 * ask for a person), and the reply now begins by saying it is the bank's virtual assistant, not a person.
 * A plain ask for a person, or a question that only mentions a person, gets no such sentence.
 */
import { describe, expect, it } from 'vitest';
import { asksWhatTheAssistantIs } from '../handoff/assistant_nature_question.ts';
import type { Locale } from '../protocol/protocol.ts';
import { customerConversations, say } from './support/customer_conversations.ts';

const DISCLOSURE: Record<Locale, RegExp> = {
  'zh-CN': /^我是本行的智能助手，不是真人。/,
  en: /^I'm the bank's virtual assistant, not a person\./,
};
const ASKED: Array<[Locale, string]> = [
  ['zh-CN', '你是真人吗'],
  ['zh-CN', '你到底是不是机器人'],
  ['zh-CN', '是真人在回复吗'],
  ['zh-CN', '跟我聊天的是真人还是机器人'],
  ['en', 'are you a real person?'],
  ['en', 'am I talking to a bot?'],
  ['en', 'is this a human or a bot'],
];

describe('asking whether the assistant is a person', () => {
  const { open } = customerConversations();

  it.each(ASKED)('%s: "%s" is told it is the virtual assistant, and handed over', async (locale, text) => {
    const { socket } = await open(locale);
    const reply = await say(socket, text);
    expect(reply.kind).toBe('handoff');
    expect(reply.text).toMatch(DISCLOSURE[locale]);
    // The rest of the handoff reply is still there: nobody is online, a callback is offered.
    expect(reply.quickReplies.length).toBeGreaterThan(0);
  });

  it.each([
    ['zh-CN', '转人工'],
    ['en', 'agent please'],
  ] as const)('%s: a plain ask for a person ("%s") gets no such sentence', async (locale, text) => {
    const { socket } = await open(locale);
    const reply = await say(socket, text);
    expect(reply.kind).toBe('handoff');
    expect(reply.text).not.toMatch(DISCLOSURE[locale]);
  });

  it('does not read other sentences about people as the question', () => {
    for (const [text, locale] of [
      ['我是本人，要查余额', 'zh-CN'],
      ['人工客服几点上班', 'zh-CN'],
      ['是本人办理吗', 'zh-CN'],
      ['I am a real person, why does the app say I am a robot', 'en'],
      ['are you open on sunday', 'en'],
      ['is this account in my name', 'en'],
    ] as const) {
      expect(asksWhatTheAssistantIs(text, locale), text).toBe(false);
    }
  });
});
