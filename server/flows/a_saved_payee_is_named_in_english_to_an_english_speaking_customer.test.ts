/**
 * A customer who saved 李娜 and 张三 (with their romanised names, Li Na and Zhang San, as other spellings)
 * and talks in English: the payees offered, the read-back and the receipt named them in Chinese characters
 * ("Payee: 张三 **** 7788"), which an English reader may not know them by. In English they are now named by
 * the romanised name the customer saved; in Chinese, as before, by the name saved. Through the real server.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import { Chat, cardField } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const CUSTOMER = { phone: '13800000001', pin: '135790' };
const HAN = /\p{Script=Han}/u;

describe('a saved payee named to an English-speaking customer', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  it('en: the payees offered, the read-back and the receipt use the romanised name', async () => {
    const chat = await Chat.open(kit(), 'app', 'en');
    await chat.say('I want to transfer money');
    const who = await chat.verify(CUSTOMER.phone, CUSTOMER.pin);
    expect(who.text).toMatch(/Who would you like to send money to\?/);
    expect(who.quickReplies?.map((q) => q.label)).toEqual(['Li Na', 'Zhang San', 'John Smith']);
    await chat.say('Zhang San');
    await chat.say('200');
    const readBack = await chat.say('ending 1234');
    expect(readBack.card?.type, readBack.text).toBe('confirm');
    expect(cardField(readBack, 'Payee')).toMatch(/^Zhang San \*+ ?7788$/);
    expect(readBack.text).not.toMatch(HAN);
    const done = await chat.say('confirm');
    expect(done.card?.type, done.text).toBe('receipt');
    expect(done.text).toMatch(/to Zhang San/);
    expect(done.text).not.toMatch(HAN);
    chat.close();
  });

  it('zh-CN: the name saved is used, as before', async () => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    await chat.say('给李娜转200');
    await chat.verify(CUSTOMER.phone, CUSTOMER.pin);
    const readBack = await chat.say('尾号1234');
    expect(readBack.card?.type, readBack.text).toBe('confirm');
    expect(cardField(readBack, '收款人')).toMatch(/^李娜 /);
    chat.close();
  });
});
