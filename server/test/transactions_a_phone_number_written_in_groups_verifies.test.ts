/**
 * Asked for the registered mobile number, customers write it the way phones show it: "138 0000 0002",
 * "138-0000-0004", "+86 138 0000 0003", "手机 138 0000 0004". The intent model heard such groups of digits as a
 * transfer (0.67-0.82), so a balance check or a loss report switched to a transfer ("为了您的资金安全，转账前
 * 需要先验证…"). The number is the answer: the code is sent to it, the same flow goes on, and after
 * verification it does what was asked. The classifier here is scripted to hear every number as a transfer,
 * as the trained model did; the rest of the pipeline, the flows and Redis are real.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Chat,
  scriptedPipeline,
  transactionsServer,
  type TransactionsServer,
} from '../flows/testing/transactions_test_kit.ts';
import type { IntentScore } from '../nlu/understanding.ts';
import type { Channel, Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const PHONES = [
  '138 0000 0001',
  '138 0000 0002',
  '138-0000-0004',
  '+86 138 0000 0003',
  '手机 138 0000 0004',
  'my number is 138 0000 0003',
];
const heard = (intent: string, confidence = 0.99): IntentScore[] => [{ intent, confidence }];
const SCRIPT: Record<string, IntentScore[]> = {
  余额多少: heard('check_balance'),
  '卡丢了 帮我挂失': heard('report_lost_card'),
  冻结我的卡: heard('freeze_card'),
  "what's my balance": heard('check_balance'),
  'freeze my card': heard('freeze_card'),
  ...Object.fromEntries(PHONES.map((p) => [p, heard('transfer_money', 0.82)])),
};

const CASES: [Locale, Channel, string, string, string][] = [
  ['zh-CN', 'app', '余额多少', 'check_balance', '138 0000 0002'],
  ['zh-CN', 'kiosk', '卡丢了 帮我挂失', 'report_lost_card', '138 0000 0001'],
  ['zh-CN', 'app', '冻结我的卡', 'freeze_card', '手机 138 0000 0004'],
  ['zh-CN', 'app', '余额多少', 'check_balance', '+86 138 0000 0003'],
  ['en', 'app', "what's my balance", 'check_balance', '138-0000-0004'],
  ['en', 'app', 'freeze my card', 'freeze_card', 'my number is 138 0000 0003'],
];
const PIN: Record<Locale, string> = { 'zh-CN': '135790', en: '864200' };
const NOT_THIS = /转账|transfer/i;

describe.skipIf(!available)('a phone number written in groups', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 }, pipeline: scriptedPipeline(SCRIPT) });
  });
  afterAll(() => kit.close());

  it.each(CASES)(
    '%s %s: "%s" (%s), then "%s": the code is sent and the flow goes on',
    async (locale, channel, opening, flow, phone) => {
      const chat = await Chat.open(kit, channel, locale);
      const opened = await chat.say(opening);
      expect(opened.intent, `${opening} -> ${opened.text}`).toBe(flow);
      const prompt = await chat.say(phone);
      const seen = `${phone} -> ${prompt.text}`;
      expect(prompt.kind, seen).toBe('flow');
      expect(prompt.intent, seen).toBe(flow);
      expect(prompt.card?.verify?.method, seen).toBe('otp');
      // The app says where the code went; the lobby screen does not show the number.
      expect(prompt.text, seen).toMatch(channel === 'kiosk' ? /验证码已发送/ : /138\*\*\*\*000\d/);
      expect(prompt.text, seen).not.toMatch(NOT_THIS);
      chat.close();
    },
  );

  it.each(['zh-CN', 'en'] as const)('%s: verified that way, the balance is shown', async (locale) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(locale === 'zh-CN' ? '余额多少' : "what's my balance");
    const done = await chat.verify(locale === 'zh-CN' ? '138 0000 0001' : '138-0000-0004', PIN[locale]);
    expect(done.intent, done.text).toBe('check_balance');
    expect(done.card?.type, done.text).toBe('balance');
    chat.close();
  });
});
