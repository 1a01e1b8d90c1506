/**
 * Lifting a loss report was heard as making one: "我要解除挂失" started the loss report ("别着急，我马上帮您挂失"),
 * and "不是挂失，是解挂" during a loss report got the lost-card article while the report went on. A card reported
 * lost cannot be unfrozen (the unfreeze flow only takes frozen cards), and no flow lifts a loss report, so the
 * customer is told how it is lifted (in the app or at a branch, once the card is found) and offered the unfreeze
 * of a card they only froze, which that quick reply starts. A correction "not X but Y" during a card flow calls
 * it off and does Y. A card really lost is still reported. Through the real server, in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { redisAvailable } from '../test/support/harness.ts';
import { Chat, transactionsServer, type TransactionsServer } from './testing/transactions_test_kit.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    lifts: ['我要解除挂失', '取消挂失', '撤销挂失', '挂失解除', '卡找到了，解挂'],
    lift: /解除挂失需要您本人办理.*App“卡片管理”.*网点/,
    unfreezeOwn: '解冻我自己冻结的卡',
    unfreezeIntro: /解冻银行卡需要验证码和交易密码/,
    lossIntro: /我马上帮您挂失/,
    lost: '我的卡丢了，先挂失',
    lossOff: /^挂失没有办理。/,
    notLossButLift: '不是挂失，是解挂',
    liftDuring: '取消挂失',
    freeze: '帮我冻结银行卡',
    freezeOff: /^冻结银行卡没有办理。/,
    notFreezeButUnfreeze: '我说的是解冻，不是冻结',
  },
  en: {
    lifts: ['found my card, cancel the lost report', 'unblock my card I reported lost'],
    lift: /A loss report has to be lifted by you.*Card Management.*branch/,
    unfreezeOwn: 'Unfreeze a card I froze myself',
    unfreezeIntro: /Unfreezing a card needs a one-time code/,
    lossIntro: /I'll block the card right away/,
    lost: 'I lost my card, block it first',
    lossOff: /^I have not gone ahead with reporting your lost card\./,
    notLossButLift: 'no, not lost, I want to unfreeze it',
    liftDuring: 'cancel the loss report',
    freeze: 'freeze my card',
    freezeOff: /^I have not gone ahead with freezing your card\./,
    notFreezeButUnfreeze: 'I said unfreeze, not block',
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];
const RESUME = /我们继续刚才的业务|Let's continue/;

describe.skipIf(!available)('lifting a loss report', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer();
  });
  afterAll(() => kit.close());

  async function firstReply(locale: Locale, text: string): Promise<Reply> {
    const chat = await Chat.open(kit, 'app', locale);
    const reply = await chat.say(text);
    chat.close();
    return reply;
  }

  const toldHowToLift = (r: Reply, locale: Locale): void => {
    expect(r.text).toMatch(S[locale].lift);
    expect(r.text).not.toMatch(S[locale].lossIntro);
    expect(r.source?.id).toBe('lost_card_procedure');
    expect(r.quickReplies.map((q) => q.text)).toContain(S[locale].unfreezeOwn);
  };

  it.each(LOCALES.flatMap((l) => S[l].lifts.map((t) => [l, t] as const)))(
    '%s: "%s" is told how a loss report is lifted',
    async (locale, text) => {
      toldHowToLift(await firstReply(locale, text), locale);
    },
  );

  it.each(LOCALES)('%s: the quick reply starts the unfreeze of a card the customer froze', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit, 'app', locale);
    toldHowToLift(await chat.say(s.lifts[0]), locale);
    const unfreeze = await chat.say(s.unfreezeOwn);
    expect(unfreeze.intent).toBe('unfreeze_card');
    expect(unfreeze.text).toMatch(s.unfreezeIntro);
    chat.close();
  });

  it.each(LOCALES)('%s: a lost card is still reported', async (locale) => {
    const reply = await firstReply(locale, S[locale].lost);
    expect(reply.intent).toBe('report_lost_card');
    expect(reply.text).toMatch(S[locale].lossIntro);
  });

  it.each(LOCALES)('%s: "not lost but ..." during a loss report calls it off', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit, 'app', locale);
    expect((await chat.say(s.lost)).text).toMatch(s.lossIntro);
    const corrected = await chat.say(s.notLossButLift);
    expect(corrected.text).toMatch(s.lossOff);
    expect(corrected.text).not.toMatch(RESUME);
    expect(corrected.text).not.toMatch(s.lossIntro);
    // zh: "解挂" is the lift; en: "I want to unfreeze it" is the unfreeze.
    if (locale === 'zh-CN')
      toldHowToLift({ ...corrected, text: corrected.text.replace(s.lossOff, '') }, locale);
    else expect(corrected.text).toMatch(s.unfreezeIntro);
    chat.close();
  });

  it.each(LOCALES)('%s: "unfreeze, not freeze" during a freeze starts the unfreeze', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit, 'app', locale);
    expect((await chat.say(s.freeze)).intent).toBe('freeze_card');
    const corrected = await chat.say(s.notFreezeButUnfreeze);
    expect(corrected.text).toMatch(s.freezeOff);
    expect(corrected.text).toMatch(s.unfreezeIntro);
    expect(corrected.intent).toBe('unfreeze_card');
    chat.close();
  });

  it.each(LOCALES)(
    '%s: lifting a loss report during one is told how, and the report ends',
    async (locale) => {
      const s = S[locale];
      const chat = await Chat.open(kit, 'app', locale);
      await chat.say(s.lost);
      const lift = await chat.say(s.liftDuring);
      expect(lift.text).toMatch(s.lossOff);
      expect(lift.text).not.toMatch(/还有什么可以帮您|Anything else I can help with/);
      toldHowToLift({ ...lift, text: lift.text.replace(s.lossOff, '') }, locale);
      // The loss report is over: the number given now is no answer to it.
      const after = await chat.say('13800000001');
      expect(after.card?.verify).toBeUndefined();
      chat.close();
    },
  );
});
