/**
 * "刚才有人冒充客服 我把验证码告诉他了 咋办" / "I already gave my code to someone who said he was from the bank, what
 * do I do now" got the generic warning ("do not share any code"), too late for a code already given, with "I've
 * stopped" as the first button. Now the warning says what protects the money now (freeze the card, change the
 * passwords), and the first button freezes the card: it starts the freeze, verification first. Someone who
 * did not give the code gets no such advice. Through the real server (trained models, flows, handoff with
 * nobody online, Redis), in both locales.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    given: ['刚才有人冒充客服 我把验证码告诉他了 咋办', '自称银行的人让我报了短信验证码，我已经告诉他了'],
    notGiven: '有人冒充客服打电话问我要验证码，我没告诉他，直接挂了',
    steps: /马上冻结银行卡.*修改手机银行登录密码和交易密码/,
    freeze: '帮我冻结银行卡',
  },
  en: {
    given: [
      'I already gave my code to someone who said he was from the bank, what do I do now',
      'a man called from the bank and I read out the code to him',
    ],
    notGiven: "someone called asking for my code but I didn't give it to them, I hung up",
    steps: /freeze your card now.*change your app login and transaction passwords/,
    freeze: 'freeze my card',
  },
} as const;

describe.skipIf(!available)('a code already given to a scammer', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ features: [handoffForTests()] });
  });
  afterAll(() => kit.close());

  it.each(['zh-CN', 'en'] as const)(
    '%s: the warning says to freeze the card and change the passwords, and the first button freezes it',
    async (locale: Locale) => {
      const s = S[locale];
      for (const text of s.given) {
        const chat = await Chat.open(kit, 'app', locale);
        const warned = await chat.say(text);
        expect(warned.kind, `${text} -> ${warned.text}`).toBe('handoff');
        expect(warned.card?.type, text).toBe('warning');
        expect(warned.text, text).toMatch(s.steps);
        expect(warned.quickReplies[0]?.text, text).toBe(s.freeze);
        const freezing = await chat.say(warned.quickReplies[0]!.text);
        expect(freezing.intent, freezing.text).toBe('freeze_card');
        expect(freezing.card?.type, freezing.text).toBe('verify');
        chat.close();
      }
    },
  );

  it.each(['zh-CN', 'en'] as const)('%s: a code not given gets no such advice', async (locale: Locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit, 'app', locale);
    const reply = await chat.say(s.notGiven);
    expect(reply.text, reply.text).not.toMatch(s.steps);
    expect(reply.quickReplies.map((q) => q.text)).not.toContain(s.freeze);
    chat.close();
  });
});
