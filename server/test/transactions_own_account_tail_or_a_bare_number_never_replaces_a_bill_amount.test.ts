/**
 * At a bill's read-back of ¥99 from **** 2468, the customer typed "2468" and the amount became ¥2,468;
 * "confirm" paid ¥2,468 for a ¥99 broadband bill. Now four digits that end one of the customer's own
 * accounts or cards name that account (said so, with how to say an amount that happens to be those digits),
 * in a bill payment and in a transfer alike. A number alone ("200") does not replace the amount due either:
 * the customer is told to say another amount as one ("缴200元", "pay 100"), and then the read-back shows the
 * amount due beside it. Through the real server (trained intent model, Redis), in both locales.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisCoreBanking } from '../banking/redis_core_banking.ts';
import {
  Chat,
  transactionsServer,
  type TransactionsServer,
  cardField as field,
} from '../flows/testing/transactions_test_kit.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

/** John Smith: one account a6 (**** 2468), broadband ¥99 due, Alice Chen saved. */
const JOHN = { phone: '13800000004', pin: '864200' };
/** 张伟: a1 (**** 1234) and a2 (**** 5678), electricity ¥236.50 due. */
const ZHANG_WEI = { phone: '13800000001', pin: '135790' };

describe.skipIf(!available)('digits at a read-back that moves money', () => {
  let kit: TransactionsServer;
  const balance = async (id: string): Promise<number | undefined> =>
    (await (kit.feature.core as RedisCoreBanking).allBalances()).get(id);

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it('en: "2468" at the bill read-back is the account; confirm pays the CNY 99 due', async () => {
    const chat = await Chat.open(kit, 'app', 'en');
    await chat.say('pay my broadband bill');
    const readBack = await chat.verify(JOHN.phone, JOHN.pin);
    expect(field(readBack, 'Amount'), readBack.text).toBe('CNY 99.00');

    const tail = await chat.say('2468');
    expect(tail.card?.type, tail.text).toBe('confirm');
    expect(field(tail, 'Amount')).toBe('CNY 99.00');
    expect(field(tail, 'From')).toContain('**** 2468');
    expect(tail.text).toContain('if you meant an amount, say "2468 yuan"');

    const bare = await chat.say('100');
    expect(field(bare, 'Amount'), bare.text).toBe('CNY 99.00');
    expect(bare.text).toContain('say it with the amount, for example "pay 100 yuan"');

    const before = await balance('a6');
    const receipt = await chat.say('confirm');
    expect(receipt.card?.type, receipt.text).toBe('receipt');
    expect(field(receipt, 'Amount')).toBe('CNY 99.00');
    expect(await balance('a6')).toBe((before ?? 0) - 9_900);
    chat.close();
  });

  it('zh-CN: an own tail switches the account, "200" is refused, "缴200元" is read back beside the due', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('交电费');
    await chat.verify(ZHANG_WEI.phone, ZHANG_WEI.pin);
    const readBack = await chat.say('1234');
    expect(field(readBack, '金额'), readBack.text).toBe('¥236.50');

    const same = await chat.say('1234');
    expect(field(same, '金额'), same.text).toBe('¥236.50');
    expect(same.text).toContain('如果您说的是金额，请说“1234元”');

    const other = await chat.say('5678吧');
    expect(field(other, '金额'), other.text).toBe('¥236.50');
    expect(field(other, '付款账户')).toContain('**** 5678');

    const bare = await chat.say('200');
    expect(field(bare, '金额'), bare.text).toBe('¥236.50');
    expect(bare.text).toContain('请连同金额一起说，例如“缴100元”');

    const said = await chat.say('缴200元');
    expect(field(said, '金额'), said.text).toBe('¥200.00');
    expect(field(said, '账单应缴')).toBe('¥236.50');

    const before = await balance('a2');
    const receipt = await chat.say('确认');
    expect(receipt.card?.type, receipt.text).toBe('receipt');
    expect(field(receipt, '金额')).toBe('¥200.00');
    expect(await balance('a2')).toBe((before ?? 0) - 20_000);
    chat.close();
  });

  it('en: "2468" at a transfer read-back keeps the amount', async () => {
    const chat = await Chat.open(kit, 'app', 'en');
    await chat.say('transfer 3000 to Alice Chen');
    const readBack = await chat.verify(JOHN.phone, JOHN.pin);
    expect(field(readBack, 'Amount'), readBack.text).toBe('CNY 3,000.00');
    const tail = await chat.say('2468');
    expect(field(tail, 'Amount'), tail.text).toBe('CNY 3,000.00');
    // A transfer has no amount due: a number alone is the new amount, read back.
    const bare = await chat.say('300');
    expect(field(bare, 'Amount'), bare.text).toBe('CNY 300.00');
    chat.close();
  });

  it('zh-CN kiosk: the own tail is said back without the digits', async () => {
    const chat = await Chat.open(kit, 'kiosk', 'zh-CN');
    await chat.say('交电费');
    await chat.verify(ZHANG_WEI.phone, ZHANG_WEI.pin);
    await chat.say('1234');
    const same = await chat.say('1234');
    expect(same.card?.type, same.text).toBe('confirm');
    expect(same.speech ?? '').toContain('已按付款账户记下');
    expect(same.speech ?? '').not.toContain('1234');
    chat.close();
  });
});
