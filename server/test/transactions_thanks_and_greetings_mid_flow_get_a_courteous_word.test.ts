/**
 * "ok thanks", "谢谢", "好的谢谢", "thank you so much", "你好" said while a flow waits for an answer are social
 * remarks: they get a courteous word and the flow's question again, never an article. They used to be taken
 * for a question that leaves its subject to the flow and looked up with the flow's name ("ok thanks" during a
 * transfer got the transfer limits, "谢谢" during a bill payment the utility-bill article), followed by "Let's
 * continue: …". A real short question ("要手续费吗", "is it free?", "多久到账") still gets its article. Through
 * the real server (trained models, knowledge base, Redis).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../flows/flow_messages.ts';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const START = {
  transfer: { 'zh-CN': '我要给房东转300', en: 'I need to send 300 to my landlord' },
  bill: { 'zh-CN': '我要交电费', en: 'I want to pay my electricity bill' },
} as const;
const WELCOME: Record<Locale, string> = { 'zh-CN': '不客气。', en: "You're welcome." };
const HELLO: Record<Locale, string> = { 'zh-CN': '您好！', en: 'Hello!' };

const REMARKS: Array<[Locale, keyof typeof START, string, Record<Locale, string>]> = [
  ['en', 'transfer', 'ok thanks', WELCOME],
  ['en', 'transfer', 'thanks', WELCOME],
  ['en', 'transfer', 'thank you so much', WELCOME],
  ['en', 'bill', 'thanks a lot', WELCOME],
  ['en', 'transfer', 'hello', HELLO],
  ['zh-CN', 'bill', '谢谢', WELCOME],
  ['zh-CN', 'bill', '好的谢谢', WELCOME],
  ['zh-CN', 'transfer', '谢谢', WELCOME],
  ['zh-CN', 'transfer', '你好', HELLO],
];

const QUESTIONS: Array<[Locale, string, string]> = [
  ['zh-CN', '要手续费吗', 'transfer_fees'],
  ['zh-CN', '多久到账', 'transfer_arrival_time'],
  ['en', 'is it free?', 'transfer_fees'],
];

describe.skipIf(!available)('a social remark while a flow asks for the phone number', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each(REMARKS)(
    '%s during the %s, "%s" gets a courteous word and the question again',
    async (locale, flow, text, courtesy) => {
      const chat = await Chat.open(kit, 'app', locale);
      expect((await chat.say(START[flow][locale])).card?.type).toBe('verify');
      const reply = await chat.say(text);
      expect(reply.kind).toBe('flow');
      expect(reply.source).toBeNull();
      expect(reply.text).toBe(`${courtesy[locale]}${locale === 'en' ? ' ' : ''}${say('askPhone', locale)}`);
      expect(reply.card?.type).toBe('verify');
      // The flow is still waiting for the number: giving it sends the code.
      expect((await chat.say('13800000001')).card?.verify?.method).toBe('otp');
      chat.close();
    },
  );

  it.each(QUESTIONS)('%s a real short question, "%s", still gets %s', async (locale, text, article) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(START.transfer[locale]);
    const reply = await chat.say(text);
    expect(reply.source?.id).toBe(article);
    expect(reply.text).toContain(say('askPhone', locale));
    chat.close();
  });
});
