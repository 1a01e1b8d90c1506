/**
 * "我的卡被冻结了" / "my card has been frozen" / "卡怎么被冻结了" started the unfreeze flow at once ("好的，解冻银行卡
 * 需要验证码和交易密码"), but a card the bank froze (risk control, a court order, a dormant account, too many
 * wrong PINs) cannot be unfrozen in the app. A message that says the card was frozen, or asks why, gets the
 * article on restrictions by the bank (with what to do for each, the wrong-PIN lock and the dormant account
 * included), and a quick reply for the unfreeze of a card the customer froze, which starts the flow when
 * pressed. "帮我解冻银行卡" / "unfreeze my card" still starts it directly. Through the real server, both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { redisAvailable } from '../test/support/harness.ts';
import { Chat, transactionsServer, type TransactionsServer } from './testing/transactions_test_kit.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    frozen: ['我的卡被冻结了', '卡怎么被冻结了', '为什么我的卡冻结了'],
    article: /司法冻结.*不动户.*输错3次交易密码会锁定，次日自动解锁/s,
    unfreezeOwn: '解冻我自己冻结的卡',
    unfreeze: '帮我解冻银行卡',
    unfreezeIntro: /解冻银行卡需要验证码和交易密码/,
  },
  en: {
    frozen: ['my card has been frozen', 'why is my card frozen', 'the bank froze my card'],
    article:
      /legal freeze.*dormant account.*three wrong transaction PINs in one day lock it until the next day/s,
    unfreezeOwn: 'Unfreeze a card I froze myself',
    unfreeze: 'unfreeze my card',
    unfreezeIntro: /Unfreezing a card needs a one-time code/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe.skipIf(!available)('a card frozen by the bank', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer();
  });
  afterAll(() => kit.close());

  const explained = (r: Reply, locale: Locale): void => {
    expect(r.source?.id).toBe('account_restricted_by_bank');
    expect(r.text).toMatch(S[locale].article);
    expect(r.text).not.toMatch(S[locale].unfreezeIntro);
    expect(r.quickReplies.map((q) => q.text)).toContain(S[locale].unfreezeOwn);
  };

  it.each(LOCALES.flatMap((l) => S[l].frozen.map((t) => [l, t] as const)))(
    '%s: "%s" gets the article on restrictions by the bank',
    async (locale, text) => {
      const chat = await Chat.open(kit, 'app', locale);
      explained(await chat.say(text), locale);
      chat.close();
    },
  );

  it.each(LOCALES)('%s: its quick reply starts the unfreeze flow', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit, 'app', locale);
    explained(await chat.say(s.frozen[0]), locale);
    const unfreeze = await chat.say(s.unfreezeOwn);
    expect(unfreeze.intent).toBe('unfreeze_card');
    expect(unfreeze.text).toMatch(s.unfreezeIntro);
    chat.close();
  });

  it.each(LOCALES)('%s: asking to unfreeze a card starts the flow directly', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit, 'app', locale);
    const reply = await chat.say(s.unfreeze);
    expect(reply.intent).toBe('unfreeze_card');
    expect(reply.text).toMatch(s.unfreezeIntro);
    chat.close();
  });
});
