/**
 * A transfer set aside for a balance check is offered back when the balance is shown ("刚才的转账还要继续
 * 吗？"). It used to stay behind for the whole flow idle time (5 minutes): several questions later a "继续" or
 * a plain "好的" / "yes" meant for something else still picked the transfer up. Now the offer is answered on
 * the next message, or after one question in between by "继续转账" / "continue with the transfer" (a bare
 * "yes" after a question answers that question); after two other messages the customer has moved on and
 * the transfer is neither picked up nor offered again. The flow asked for in the middle called off (a bill
 * payment cancelled) offers the transfer back too: only an offered flow is picked up. Through the real
 * server, in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { redisAvailable } from '../test/support/harness.ts';
import { Chat, transactionsServer, type TransactionsServer } from './testing/transactions_test_kit.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    start: '给李娜转500',
    balance: '等等，我卡里还有多少钱',
    asked: /刚才的转账还要继续吗/,
    asides: ['你们几点开门', '信用卡年费多少'],
    resume: '继续',
    resumeTransfer: '继续转账',
    yes: '好的',
    from: '尾号1234',
    bill: '等等，我先缴一下电费',
    cancel: '取消',
  },
  en: {
    start: 'send 500 to Li Na',
    balance: "hang on, what's my balance first",
    asked: /carry on with your transfer/,
    asides: ['what are your opening hours', 'what is the annual fee of a credit card'],
    resume: 'continue',
    resumeTransfer: 'continue with the transfer',
    yes: 'yes',
    from: 'ending 1234',
    bill: 'hang on, I want to pay my electricity bill first',
    cancel: 'cancel',
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe.skipIf(!available)('a transfer offered back after a balance check', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  /** The transfer set aside and offered back; `asides` questions answered after the offer. */
  async function offeredThenAsked(locale: Locale, asides: number): Promise<Chat> {
    const s = S[locale];
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(s.start);
    await chat.verify('13800000001', '135790');
    const balance = await chat.say(s.balance);
    expect(balance.card?.type).toBe('balance');
    expect(balance.text).toMatch(s.asked);
    for (const q of s.asides.slice(0, asides)) {
      const answer = await chat.say(q);
      expect(answer.intent).not.toBe('transfer_money');
      expect(answer.text).not.toMatch(s.asked);
    }
    return chat;
  }

  const notPickedUp = (r: Reply, locale: Locale): void => {
    expect(r.intent).not.toBe('transfer_money');
    expect(r.card?.type).not.toBe('confirm');
    expect(r.text).not.toMatch(S[locale].asked);
    expect(r.text).not.toMatch(/李娜|Li Na/);
  };

  it.each(LOCALES)('%s: after two other questions "continue" no longer picks it up', async (locale) => {
    const chat = await offeredThenAsked(locale, 2);
    notPickedUp(await chat.say(S[locale].resume), locale);
    chat.close();
  });

  it.each(LOCALES)('%s: after one other question a plain yes does not pick it up', async (locale) => {
    const chat = await offeredThenAsked(locale, 1);
    notPickedUp(await chat.say(S[locale].yes), locale);
    // Nor does "continue" after that: the offer is not made again.
    notPickedUp(await chat.say(S[locale].resume), locale);
    chat.close();
  });

  it.each(LOCALES)(
    '%s: after one other question "continue with the transfer" picks it up',
    async (locale) => {
      const s = S[locale];
      const chat = await offeredThenAsked(locale, 1);
      const back = await chat.say(s.resumeTransfer);
      expect(back.intent).toBe('transfer_money');
      const confirm = back.card?.type === 'confirm' ? back : await chat.say(s.from);
      expect(confirm.card?.type).toBe('confirm');
      expect(confirm.card?.fields.map((f) => f.value).join(' ')).toMatch(/李娜|Li Na/);
      chat.close();
    },
  );

  it.each(LOCALES)('%s: a bill payment cancelled in the middle offers the transfer back', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(s.start);
    await chat.verify('13800000001', '135790');
    const bill = await chat.say(s.bill);
    expect(bill.intent).toBe('pay_bill');
    const cancelled = await chat.say(s.cancel);
    expect(cancelled.text).toMatch(s.asked);
    const back = await chat.say(s.resume);
    expect(back.intent).toBe('transfer_money');
    const confirm = back.card?.type === 'confirm' ? back : await chat.say(s.from);
    expect(confirm.card?.fields.map((f) => f.value).join(' ')).toMatch(/李娜|Li Na/);
    chat.close();
  });
});
