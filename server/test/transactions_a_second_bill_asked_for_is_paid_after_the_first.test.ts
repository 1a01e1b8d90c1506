/**
 * "交下电费" → verified → "国网电费待缴¥236.50。请问从哪个账户付款？" → "水费也一起交了吧" → … → "缴费成功！自来水费
 * 已缴纳¥58.20": the water bill silently replaced the electricity bill, which was never paid nor mentioned
 * again, and the customer believed both were paid. Now a second bill asked for during a payment is noted, the
 * first is paid, and the second is offered next ("还需要缴纳自来水费吗？") with a quick reply; two bills in the
 * first message ("电费和水费都交了") are done one at a time the same way; a clear switch ("不交电费了，交水费")
 * pays the second instead and says the first was not paid; a cancel says the second was not paid either; a
 * bill asked for that is not due is said so. Through the real server (trained intent model, Redis, sandbox
 * OTP), in both locales.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locale, Reply } from '../protocol/protocol.ts';
import {
  Chat,
  transactionsServer,
  type TransactionsServer,
  cardField as field,
} from '../flows/testing/transactions_test_kit.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

/** 张伟 (c1001): two accounts; electricity ¥236.50 and water ¥58.20 due, gas nothing due. */
const ZHANG_WEI = { id: 'c1001', phone: '13800000001', pin: '135790' };
/** John Smith (c1004): one account; only broadband ¥99 due. */
const JOHN = { id: 'c1004', phone: '13800000004', pin: '864200' };

interface Script {
  payElectricity: string;
  alsoWater: string;
  noted: string;
  bothAtOnce: string;
  plan: string;
  switchToWater: string;
  notPaid: string;
  electricityDue: string;
  waterDue: string;
  billLabel: string;
  electricity: RegExp;
  water: RegExp;
  confirm: string;
  cancel: string;
  paidElectricity: string;
  paidWater: string;
  offerWater: string;
  offerLabel: string;
  declined: string;
  cancelled: string;
}

const SCRIPTS: Record<Locale, Script> = {
  'zh-CN': {
    payElectricity: '交下电费',
    alsoWater: '水费也一起交了吧',
    noted: '好的，水费等这笔缴完再缴。',
    bothAtOnce: '电费和水费都交了',
    plan: '缴费一项一项办：先缴电费；水费等这笔缴完再缴。',
    switchToWater: '不交电费了，交水费',
    notPaid: '电费没有缴纳。',
    electricityDue: '国网电费待缴¥236.50。',
    waterDue: '自来水费待缴¥58.20。',
    billLabel: '缴费项目',
    electricity: /^国网电费 /,
    water: /^自来水费 /,
    confirm: '确认',
    cancel: '取消',
    paidElectricity: '缴费成功！国网电费已缴纳¥236.50。',
    paidWater: '缴费成功！自来水费已缴纳¥58.20。',
    offerWater: '还需要缴纳自来水费吗？',
    offerLabel: '缴纳自来水费',
    declined: '好的，水费没有缴纳。',
    cancelled: '好的，已为您取消，水费也没有办理。',
  },
  en: {
    payElectricity: 'pay my electricity bill',
    alsoWater: 'and the water bill too',
    noted: 'Noted: the water bill comes right after this one.',
    bothAtOnce: 'pay my electricity and water bills',
    plan: 'Bills are paid one at a time: first the electricity bill; the water bill comes right after it.',
    switchToWater: 'not the electricity, pay the water bill instead',
    notPaid: 'I have not paid the electricity bill.',
    electricityDue: 'Your Electricity (State Grid) bill is CNY 236.50.',
    waterDue: 'Your Water bill is CNY 58.20.',
    billLabel: 'Bill',
    electricity: /^Electricity \(State Grid\) /,
    water: /^Water /,
    confirm: 'confirm',
    cancel: 'cancel',
    paidElectricity: 'Paid! CNY 236.50 for Electricity (State Grid).',
    paidWater: 'Paid! CNY 58.20 for Water.',
    offerWater: 'Would you like to pay your Water bill too?',
    offerLabel: 'Pay the Water bill',
    declined: 'Okay, nothing was paid for the water bill.',
    cancelled: 'Okay, I have cancelled that; the water bill has not been done either.',
  },
};

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe.skipIf(!available)('a second bill asked for during a bill payment', () => {
  // Each test pays from the same sandbox customer: a fresh sandbox (own Redis prefix) for each.
  let kit: TransactionsServer;
  beforeEach(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterEach(() => kit.close());

  const due = async (customerId: string, billerId: string): Promise<number | undefined> =>
    (await kit.feature.core.listBills(customerId)).find((b) => b.billerId === billerId)?.due;

  /** Zhang Wei has two accounts: the first one offered is taken, up to the read-back. */
  async function readBack(chat: Chat, asked: Reply): Promise<Reply> {
    if (asked.card?.type === 'confirm') return asked;
    const account = asked.quickReplies[0];
    expect(account, asked.text).toBeDefined();
    const reply = await chat.say(account!.text);
    expect(reply.card?.type, reply.text).toBe('confirm');
    return reply;
  }

  it.each(LOCALES)('%s: "and the water bill too" is paid after the electricity bill', async (locale) => {
    const s = SCRIPTS[locale];
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(s.payElectricity);
    const asked = await chat.verify(ZHANG_WEI.phone, ZHANG_WEI.pin);
    expect(asked.text).toContain(s.electricityDue);

    const noted = await chat.say(s.alsoWater);
    expect(noted.text).toContain(s.noted);
    expect(noted.text).not.toContain(s.waterDue);
    const first = await readBack(chat, noted);
    expect(field(first, s.billLabel)).toMatch(s.electricity);

    const paid = await chat.say(s.confirm);
    expect(paid.text).toContain(s.paidElectricity);
    expect(paid.text).toContain(s.offerWater);
    const take = paid.quickReplies.find((q) => q.label === s.offerLabel);
    expect(take, JSON.stringify(paid.quickReplies)).toBeDefined();

    const water = await chat.say(take!.text);
    expect(water.text).toContain(s.waterDue);
    const second = await readBack(chat, water);
    expect(field(second, s.billLabel)).toMatch(s.water);
    const paidToo = await chat.say(s.confirm);
    expect(paidToo.text).toContain(s.paidWater);
    expect(paidToo.text).not.toContain(s.offerWater);
    expect(await due(ZHANG_WEI.id, 'electricity')).toBe(0);
    expect(await due(ZHANG_WEI.id, 'water')).toBe(0);
    chat.close();
  });

  it.each(LOCALES)(
    '%s: two bills in one message go one at a time; the second can be declined',
    async (locale) => {
      const s = SCRIPTS[locale];
      const chat = await Chat.open(kit, 'app', locale);
      const started = await chat.say(s.bothAtOnce);
      expect(started.text).toContain(s.plan);
      const asked = await chat.verify(ZHANG_WEI.phone, ZHANG_WEI.pin);
      expect(asked.text).toContain(s.electricityDue);
      const first = await readBack(chat, asked);
      expect(field(first, s.billLabel)).toMatch(s.electricity);
      const paid = await chat.say(s.confirm);
      expect(paid.text).toContain(s.paidElectricity);
      expect(paid.text).toContain(s.offerWater);

      const drop = paid.quickReplies[paid.quickReplies.length - 1];
      const declined = await chat.say(drop!.text);
      expect(declined.text).toContain(s.declined);
      expect(declined.card?.type).not.toBe('confirm');
      expect(await due(ZHANG_WEI.id, 'electricity')).toBe(0);
      expect(await due(ZHANG_WEI.id, 'water')).toBe(5_820);
      chat.close();
    },
  );

  it.each(LOCALES)('%s: a clear switch pays the water bill instead and says so', async (locale) => {
    const s = SCRIPTS[locale];
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(s.payElectricity);
    await chat.verify(ZHANG_WEI.phone, ZHANG_WEI.pin);
    const switched = await chat.say(s.switchToWater);
    expect(switched.text).toContain(s.notPaid);
    expect(switched.text).toContain(s.waterDue);
    const readBackWater = await readBack(chat, switched);
    expect(field(readBackWater, s.billLabel)).toMatch(s.water);
    const paid = await chat.say(s.confirm);
    expect(paid.text).toContain(s.paidWater);
    expect(paid.text).not.toContain(s.offerWater);
    expect(await due(ZHANG_WEI.id, 'electricity')).toBe(23_650);
    chat.close();
  });

  it.each(LOCALES)('%s: cancelling the first says the second was not paid either', async (locale) => {
    const s = SCRIPTS[locale];
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(s.payElectricity);
    await chat.verify(ZHANG_WEI.phone, ZHANG_WEI.pin);
    await chat.say(s.alsoWater);
    const cancelled = await chat.say(s.cancel);
    expect(cancelled.text).toContain(s.cancelled);
    chat.close();
  });

  it('en: a second bill that is not due is said to be not due, not offered', async () => {
    const chat = await Chat.open(kit, 'app', 'en');
    await chat.say('pay my broadband bill');
    const first = await chat.verify(JOHN.phone, JOHN.pin);
    expect(first.card?.type, first.text).toBe('confirm');
    const noted = await chat.say('and the water bill too');
    expect(noted.text).toContain('Noted: the water bill comes right after this one.');
    expect(noted.card?.type, noted.text).toBe('confirm');
    const paid = await chat.say('confirm');
    expect(paid.text).toContain('Paid! CNY 99.00 for Broadband.');
    expect(paid.text).toContain('You have no water bill due.');
    expect(paid.quickReplies.map((q) => q.label)).not.toContain('Pay the Water bill');
    chat.close();
  });
});
