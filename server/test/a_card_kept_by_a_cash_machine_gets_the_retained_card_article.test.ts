/**
 * A card a cash machine kept, however it is said: "我卡被吞了" got the anti-fraud warning and a handoff with
 * transfers held (the intent model heard a fraud report), "卡被吞了 怎么拿回来" / "the machine didn't give my
 * card back" started the unfreeze flow ("解冻银行卡需要验证码和交易密码"), "ATM took my card" the loss report,
 * "卡退不出来" a handoff and "银行卡被吞" / "机器不还我卡" the out-of-scope fallback. Each gets the article on a
 * retained card (whom to call, where to collect it), on the app and the lobby screen. Through the real server
 * with the card flows and the handoff, both languages (the card flows' side: server/flows/a_card_kept_by_a_cash_machine_starts_no_card_flow.test.ts).
 *
 * Said plainly, the handoff model heard frustration in 不出来 / "won't give" (up to 0.97): "卡吐不出来了", "我的卡退
 * 不出来了" and "the atm keeps my card and won't give it back" were handed to a person, "卡拿不出来了" and "卡一直吐不
 * 出来" too, after the card_declined reply, and "my card won't come out of the machine" got the ATM limits. A
 * calm report is no frustration (../handoff/sentiment/kept_card_report.ts) and the article answers whatever
 * the intent model heard, with the freeze one tap away; said in anger ("什么破机器"), it still goes to a person.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Channel, Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const KEPT: Record<Locale, string[]> = {
  'zh-CN': [
    '我卡被吞了',
    '我卡被吞了咋办',
    '银行卡被吞',
    '卡被机器吃了',
    '卡被吃了',
    '卡退不出来',
    '机器不还我卡',
    '自助机把我卡扣了',
    '取钱的时候卡没出来',
    '柜员机吞了我的卡',
  ],
  en: [
    'the ATM ate my card',
    'atm kept my card',
    'the atm has taken my card',
    "my card didn't come out of the atm",
    'the cashpoint has my card',
    'atm wont return my card',
    'atm grabbed my card',
  ],
};

/** Said plainly, heard as frustration or as a declined card. */
const PLAINLY: Record<Locale, string[]> = {
  'zh-CN': ['卡吐不出来了', '我的卡退不出来了', '卡拿不出来了', '卡一直吐不出来', '卡取不出来了'],
  en: ["the atm keeps my card and won't give it back", "my card won't come out of the machine"],
};
/** The freeze offered with the article. */
const FREEZE: Record<Locale, string> = { 'zh-CN': '冻结银行卡', en: 'freeze my card' };

/** What the retained-card article says, and what the flows and the fraud warning would have said. */
const ARTICLE: Record<Locale, RegExp> = {
  'zh-CN': /ATM所属网点取出保管/,
  en: /held at the branch that runs the ATM/,
};
const WRONG: Record<Locale, RegExp> = {
  'zh-CN': /解冻银行卡需要|安全账户|挂失前需要|预留的手机号码/,
  en: /Unfreezing a card needs|safe account|block the card right away|registered phone/i,
};

describe.skipIf(!available)('a card kept by a cash machine', () => {
  // The product's features: the card flows (which the intent model may start) and the handoff.
  const kit = useTransactionsServer({ features: [handoffForTests()] });

  it.each((['zh-CN', 'en'] as Locale[]).flatMap((l) => KEPT[l].map((t) => [l, t] as const)))(
    '%s: "%s" gets the retained-card article, no flow and no handoff',
    async (locale, text) => {
      const chat = await Chat.open(kit(), 'app', locale);
      const reply = await chat.say(text);
      chat.close();
      expect(reply.source?.id, reply.text).toBe('atm_card_retained');
      expect(reply.kind).toBe('faq');
      expect(reply.text).toMatch(ARTICLE[locale]);
      expect(reply.text).not.toMatch(WRONG[locale]);
    },
  );

  it.each((['zh-CN', 'en'] as Locale[]).flatMap((l) => PLAINLY[l].map((t) => [l, t] as const)))(
    '%s: "%s" is no frustration: the retained-card article, with the freeze one tap away',
    async (locale, text) => {
      const chat = await Chat.open(kit(), 'app', locale);
      const reply = await chat.say(text);
      chat.close();
      expect(reply.kind, reply.text).toBe('faq');
      expect(reply.source?.id).toBe('atm_card_retained');
      expect(reply.text).toMatch(ARTICLE[locale]);
      expect(reply.quickReplies.map((q) => q.text)).toContain(FREEZE[locale]);
    },
  );

  it.each([
    ['zh-CN', '什么破机器，卡吐不出来了'],
    ['en', 'the stupid atm ate my card again'],
  ] as Array<[Locale, string]>)('%s: "%s" said in anger still goes to a person', async (locale, text) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    chat.close();
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it.each([
    ['zh-CN', 'kiosk', '我卡被吞了'],
    ['zh-CN', 'app', '我卡被吞了'],
    ['en', 'kiosk', 'the ATM ate my card'],
  ] as Array<[Locale, Channel, string]>)(
    '%s on the %s: "%s" is no scam and holds nothing',
    async (locale, channel, text) => {
      const chat = await Chat.open(kit(), channel, locale);
      const reply = await chat.say(text);
      chat.close();
      expect(reply.kind, reply.text).not.toBe('handoff');
      expect(reply.source?.id).toBe('atm_card_retained');
      expect(reply.intent).not.toBe('fraud_report');
    },
  );
});
