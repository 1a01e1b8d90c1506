/**
 * When a flow asks which account or card and offers them ("请问从哪个账户付款？" with **** 4321 / **** 6060),
 * the customer often names one by its last four digits alone: "4321那个", "4321", "6060的", "the 4321 one",
 * "4321 please". That picks the option, as if its button had been pressed. It used to be read as an amount
 * (the transfer silently became ¥4,321.00) or not at all, and the question came back again and again, also
 * after "不对，改成500" and "确认". Digits that end none of the options say so and list them. Through the real
 * server (trained intent model, knowledge base, real sockets and Redis).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Chat,
  transactionsServer,
  type TransactionsServer,
  cardField as field,
} from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

/** 李娜: I类 …4321 and I类 …6060; cards …4321 (active) and …6060 (frozen). */
const LI_NA = { phone: '13800000002', pin: '246802' };
/** ¥80, which both accounts hold (more than the balance is said before any read-back). */
const TRANSFER: Record<Locale, string> = { 'zh-CN': '给张伟转80', en: 'transfer 80 to Zhang Wei' };
const LOST: Record<Locale, string> = { 'zh-CN': '我的卡丢了', en: 'I lost my card' };
const L = {
  from: { 'zh-CN': '付款账户', en: 'From' },
  amount: { 'zh-CN': '金额', en: 'Amount' },
  card: { 'zh-CN': '卡片', en: 'Card' },
} as const;

describe.skipIf(!available)('an account or card named by its last four digits alone', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  async function askedWhichAccount(locale: Locale, channel: 'app' | 'kiosk' = 'app'): Promise<Chat> {
    const chat = await Chat.open(kit, channel, locale);
    await chat.say(TRANSFER[locale]);
    const question = await chat.verify(LI_NA.phone, LI_NA.pin);
    expect(question.quickReplies).toHaveLength(2);
    return chat;
  }

  it.each([
    ['zh-CN', '4321那个', '4321'],
    ['zh-CN', '4321', '4321'],
    ['zh-CN', '6060的', '6060'],
    ['zh-CN', '用6060那张卡', '6060'],
    ['en', 'the 4321 one', '4321'],
    ['en', '4321 please', '4321'],
    ['en', '6060', '6060'],
  ] as const)(
    '%s "%s" pays from the account ending %s, and the amount stays',
    async (locale, answer, tail) => {
      const chat = await askedWhichAccount(locale);
      const readBack = await chat.say(answer);
      expect(readBack.card?.type, readBack.text).toBe('confirm');
      expect(field(readBack, L.from[locale])).toContain(`**** ${tail}`);
      expect(field(readBack, L.amount[locale])).toMatch(/\b80\.00$/);
      chat.close();
    },
  );

  it.each([
    ['zh-CN', '4321那个', '不对，改成500', '确认', /转账成功/],
    ['en', 'the 4321 one', 'no, make it 500', 'confirm', /sent|success/i],
  ] as const)('%s: "%s", then "%s" and "%s" finish the transfer', async (locale, pick, fix, yes, done) => {
    const chat = await askedWhichAccount(locale);
    await chat.say(pick);
    const corrected = await chat.say(fix);
    expect(field(corrected, L.amount[locale])).toMatch(/500\.00$/);
    expect(field(corrected, L.from[locale])).toContain('**** 4321');
    const receipt = await chat.say(yes);
    expect(receipt.card?.type, receipt.text).toBe('receipt');
    expect(receipt.text).toMatch(done);
    chat.close();
  });

  it.each([
    ['zh-CN', '5678那个', '没有尾号为5678的账户，您可以选：**** 4321 I类借记账户、**** 6060 I类借记账户。'],
    [
      'en',
      'the 5678 one',
      'You have no account ending 5678; choose: **** 4321 Class I debit account; **** 6060',
    ],
    ['en', '5678', 'You have no account ending 5678; choose:'],
  ] as const)('%s "%s" matches no account: says so and lists them', async (locale, answer, says) => {
    const chat = await askedWhichAccount(locale);
    const reply = await chat.say(answer);
    expect(reply.text).toContain(says);
    expect(reply.text).not.toMatch(/抱歉|Sorry/);
    expect(reply.quickReplies).toHaveLength(2);
    // The same again: the same answer, never "sorry"; then a real pick works and the amount never changed.
    const again = await chat.say(answer);
    expect(again.text).toContain(says);
    expect(again.text).not.toMatch(/抱歉|Sorry/);
    const readBack = await chat.say(locale === 'zh-CN' ? '4321' : 'the 4321 one');
    expect(field(readBack, L.amount[locale])).toMatch(/\b80\.00$/);
    chat.close();
  });

  it('at a kiosk the tail that matches nothing is not spoken back', async () => {
    const chat = await askedWhichAccount('zh-CN', 'kiosk');
    const reply = await chat.say('5678那个');
    expect(reply.text).toContain('没有这个尾号的账户');
    expect(reply.speech ?? '').not.toMatch(/\d/);
    expect(reply.quickReplies).toHaveLength(2);
    chat.close();
  });

  it.each([
    ['zh-CN', '6060那张', '6060'],
    ['zh-CN', '4321的', '4321'],
    ['en', 'the 4321 one', '4321'],
    ['en', '6060 please', '6060'],
  ] as const)('%s "%s" reports the card ending %s lost', async (locale, answer, tail) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(LOST[locale]);
    const question = await chat.verify(LI_NA.phone);
    expect(question.quickReplies).toHaveLength(2);
    const readBack = await chat.say(answer);
    expect(readBack.card?.type, readBack.text).toBe('confirm');
    expect(field(readBack, L.card[locale])).toContain(`**** ${tail}`);
    chat.close();
  });

  it.each([
    ['zh-CN', '5678那张', '没有尾号为5678的卡，您可以选：借记卡 **** 4321、借记卡 **** 6060。'],
    [
      'en',
      'the 5678 one',
      'You have no card ending 5678; choose: Debit card **** 4321; Debit card **** 6060.',
    ],
  ] as const)('%s "%s" matches no card: says so and lists them', async (locale, answer, says) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(LOST[locale]);
    await chat.verify(LI_NA.phone);
    const reply = await chat.say(answer);
    expect(reply.text).toBe(says);
    expect(reply.quickReplies).toHaveLength(2);
    chat.close();
  });
});
