/**
 * "存折丢了" / "I lost my passbook" started the lost-card flow ("I'll block the card right away", a phone
 * prompt), and "bank book is missing" a branch booking: neither helps with a passbook. Through the real
 * server (trained models, knowledge base, flows), on both channels: a lost passbook gets the passbook
 * article (report it by phone or at a branch, formally at a branch with ID, a new passbook later) with a
 * branch appointment offered, and the offer books one; a verified customer with a card in use is also
 * offered a freeze; said during a transfer, the article is given and the transfer goes on; a lost card
 * still starts the card flow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Channel, Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const LOST: Array<[Locale, Channel, string]> = [
  ['zh-CN', 'app', '存折丢了'],
  ['zh-CN', 'kiosk', '存折找不到了'],
  ['zh-CN', 'app', '我妈的存折不见了怎么办'],
  ['en', 'app', 'I lost my passbook'],
  ['en', 'kiosk', 'bank book is missing'],
  ['en', 'app', "can't find my passbook anywhere"],
];
const BRANCH: Record<Locale, RegExp> = { 'zh-CN': /网点/, en: /branch/i };

describe.skipIf(!available)('a lost passbook', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each(LOST)(
    '%s %s "%s" gets the passbook article and a branch appointment offer',
    async (locale, channel, text) => {
      const chat = await Chat.open(kit, channel, locale);
      const reply = await chat.say(text);
      expect(reply.kind).toBe('faq');
      expect(reply.source?.id).toBe('passbook_lost');
      expect(reply.card).toBeUndefined();
      expect(reply.text).toMatch(locale === 'zh-CN' ? /存折/ : /passbook/);
      expect(reply.text).not.toMatch(locale === 'zh-CN' ? /验证|手机号/ : /verify|mobile number/i);
      const book = reply.quickReplies.find((q) => BRANCH[locale].test(q.label));
      expect(book).toBeDefined();
      // The offer books a visit (verification first), it does not bring the article back.
      const booking = await chat.say(book!.text);
      expect(booking.kind).toBe('flow');
      expect(booking.intent).toBe('book_appointment');
      expect(booking.card?.type).toBe('verify');
      chat.close();
    },
  );

  it('a verified customer with a card in use is also offered a freeze, which freezes it', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('查余额');
    await chat.verify('13800000002');
    const reply = await chat.say('我存折丢了');
    expect(reply.source?.id).toBe('passbook_lost');
    const freeze = reply.quickReplies.find((q) => /冻结/.test(q.label));
    expect(freeze).toBeDefined();
    const frozen = await chat.say(freeze!.text);
    expect(frozen.intent).toBe('freeze_card');
    expect(frozen.text).toContain('4321');
    chat.close();
  });

  it.each([
    ['zh-CN', '给张三转500', '我存折也找不到了'],
    ['en', 'transfer 200 to John Smith', 'oh and I lost my passbook too'],
  ] as const)(
    '%s: during a transfer the article is given and the transfer goes on',
    async (locale, start, text) => {
      const chat = await Chat.open(kit, 'app', locale);
      expect((await chat.say(start)).card?.type).toBe('verify');
      const reply = await chat.say(text);
      expect(reply.source?.id).toBe('passbook_lost');
      expect(reply.intent).toBe('transfer_money');
      expect((await chat.say('13800000001')).card?.verify?.method).toBe('otp');
      chat.close();
    },
  );

  it.each([
    ['zh-CN', '银行卡丢了'],
    ['zh-CN', '存折和银行卡都丢了'],
    ['en', 'I lost my debit card'],
  ] as const)('%s "%s" still starts the lost-card flow', async (locale, text) => {
    const chat = await Chat.open(kit, 'app', locale);
    const reply = await chat.say(text);
    expect(reply.kind).toBe('flow');
    expect(reply.intent).toBe('report_lost_card');
    expect(reply.card?.type).toBe('verify');
    chat.close();
  });
});
