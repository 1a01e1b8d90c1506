/**
 * A flow called off the way people type it, followed by something else: "算了 不查了 你们今天开门到几点" (spaces,
 * no comma), "不用了 我想问下汇率", "forget it. where's the nearest branch", "nvm, what's the euro rate", and
 * "actually no, just the rate" after "can you freeze my card, also what's the euro rate". These used to answer
 * the question and then say "我们继续刚才的业务：请告诉我…" / "Let's continue: …", or not be understood at all,
 * and the flow went on. Now the flow ends ("余额查询没有办理。" / "I have not gone ahead with …"), the rest is
 * answered with no resume line, and a phone number typed afterwards starts nothing. "cool thx bye" in or after
 * a flow is a goodbye, not "Sorry, I didn't catch that" or "which of these do you mean?". A detail after the
 * cancel ("算了 转300吧") and "actually no" alone still answer the flow. Through the real server, both locales.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const RESUME = /我们继续刚才的业务|Let's continue/;
const NOT_UNDERSTOOD = /没有听明白|didn't catch that/;
const BALANCE_OFF = { 'zh-CN': /^余额查询没有办理/, en: /^I have not gone ahead with checking your balance/ };
const TRANSFER_OFF = { 'zh-CN': /^转账没有办理/, en: /^I have not gone ahead with your transfer/ };
const FREEZE_OFF = { 'zh-CN': /^冻结银行卡没有办理/, en: /^I have not gone ahead with freezing your card/ };

/** [locale, the flow's request, the call-off with another question, what was called off, the answer's intent] */
const CALL_OFFS: Array<[Locale, string, string, Record<Locale, RegExp>, string]> = [
  ['zh-CN', '卡里还有多少钱啊', '算了 不查了 你们今天开门到几点', BALANCE_OFF, 'branch_hours'],
  ['zh-CN', '我要转账', '不转了 我问下几点关门', TRANSFER_OFF, 'branch_hours'],
  ['zh-CN', '我要转账', '不用了 我想问下汇率', TRANSFER_OFF, 'exchange_rate'],
  ['zh-CN', '我要转账', '不用了我想问下汇率', TRANSFER_OFF, 'exchange_rate'],
  ['zh-CN', '帮我冻结银行卡，顺便问下汇率', '哦不，只要查汇率', FREEZE_OFF, 'exchange_rate'],
  ['en', 'transfer money', "forget it. where's the nearest branch", TRANSFER_OFF, 'find_branch'],
  ['en', 'transfer money', "nvm, what's the euro rate", TRANSFER_OFF, 'exchange_rate'],
  ['en', 'hey how much money do i have left', 'nvm, what time do u close today', BALANCE_OFF, 'branch_hours'],
  [
    'en',
    "can you freeze my card, also what's the euro rate",
    'actually no, just the rate',
    FREEZE_OFF,
    'exchange_rate',
  ],
];

const GOODBYE = { 'zh-CN': /再见/, en: /goodbye/i };

describe.skipIf(!available)('a call-off typed loosely, then something else', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each(CALL_OFFS)(
    '%s "%s", then "%s": the flow ends and the question is answered',
    async (locale, start, off, said, intent) => {
      const chat = await Chat.open(kit, 'app', locale);
      expect((await chat.say(start)).card?.type).toBe('verify');
      const reply = await chat.say(off);
      expect(reply.text).toMatch(said[locale]);
      expect(reply.intent).toBe(intent);
      expect(reply.text).not.toMatch(RESUME);
      expect(reply.text).not.toMatch(NOT_UNDERSTOOD);
      const after = await chat.say('13800000001');
      expect(after.card?.verify).toBeUndefined();
      chat.close();
    },
  );

  it.each<[Locale, string, string, string]>([
    ['zh-CN', '查一下余额', '算了 不查了 你们今天开门到几点', '行 谢了 拜拜'],
    ['en', 'hey how much money do i have left', 'nvm, what time do u close today', 'cool thx bye'],
  ])('%s: "%s", "%s", then "%s" is a goodbye', async (locale, start, off, bye) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(start);
    await chat.say(off);
    const reply = await chat.say(bye);
    expect(reply.text).toMatch(GOODBYE[locale]);
    expect(reply.text).not.toMatch(NOT_UNDERSTOOD);
    expect(reply.quickReplies.map((q) => q.label)).not.toContain('thanks');
    chat.close();
  });

  it.each<[Locale, string, string]>([
    ['zh-CN', '查一下余额', '好嘞 谢了 拜拜'],
    ['en', 'hey how much money do i have left', 'cool thx bye'],
  ])('%s: "%s", then "%s" ends the flow with a goodbye', async (locale, start, bye) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(start);
    const reply = await chat.say(bye);
    expect(reply.text).toMatch(BALANCE_OFF[locale]);
    expect(reply.text).toMatch(GOODBYE[locale]);
    const after = await chat.say('13800000001');
    expect(after.card?.verify).toBeUndefined();
    chat.close();
  });

  it.each<[Locale, string, string, string]>([
    ['zh-CN', '给李娜转500', '算了 转300吧', '尾号1234'],
    ['en', 'send 500 to Li Na', 'actually no, make it 300', 'ending 1234'],
  ])('%s: "%s", then a new amount ("%s") keeps the transfer', async (locale, start, amount, from) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(start);
    const reply = await chat.say(amount);
    expect(reply.text).not.toMatch(TRANSFER_OFF[locale]);
    expect(reply.intent).toBe('transfer_money');
    const verified = await chat.verify('13800000001', '135790');
    const confirm: Reply = verified.card?.type === 'confirm' ? verified : await chat.say(from);
    expect(confirm.card?.type).toBe('confirm');
    expect(confirm.card?.fields.map((f) => f.value).join(' ')).toMatch(/300/);
    chat.close();
  });

  it('en: "actually no" alone does not end the transfer', async () => {
    const chat = await Chat.open(kit, 'app', 'en');
    await chat.say('transfer money');
    const reply = await chat.say('actually no');
    expect(reply.text).not.toMatch(TRANSFER_OFF.en);
    expect(reply.intent).toBe('transfer_money');
    chat.close();
  });
});
