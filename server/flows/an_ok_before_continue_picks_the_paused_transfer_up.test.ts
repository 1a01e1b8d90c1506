/**
 * A transfer set aside for a balance check is offered back ("Shall we carry on with your transfer?"). A
 * customer who answers "ok continue" / "好的继续" means to carry on: it used to be heard as neither a plain
 * "yes" nor "continue", and the transfer was dropped ("What else can I help you with?"). Now an assent said
 * before the resume word still picks the transfer up. Through the real server, in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from '../test/support/harness.ts';
import { Chat, transactionsServer, type TransactionsServer } from './testing/transactions_test_kit.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    start: '给李娜转500',
    balance: '我余额多少',
    asked: /刚才的转账还要继续吗/,
    resumes: ['好的继续', '嗯，继续吧'],
    dropped: /还有什么可以帮您/,
  },
  en: {
    start: 'send 500 to Li Na',
    balance: 'how much do I have',
    asked: /carry on with your transfer/,
    resumes: ['ok continue', 'yes please, continue'],
    dropped: /What else can I help you with/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe.skipIf(!available)('an assent said before "continue" at a paused transfer offer', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  for (const locale of LOCALES) {
    for (const resume of S[locale].resumes) {
      it(`${locale}: "${resume}" carries on with the transfer`, async () => {
        const s = S[locale];
        const chat = await Chat.open(kit, 'app', locale);
        await chat.say(s.start);
        await chat.verify('13800000001', '135790');
        const balance = await chat.say(s.balance);
        expect(balance.text).toMatch(s.asked);
        const reply = await chat.say(resume);
        expect(reply.intent).toBe('transfer_money');
        expect(reply.text).not.toMatch(s.dropped);
        chat.close();
      });
    }
  }
});
