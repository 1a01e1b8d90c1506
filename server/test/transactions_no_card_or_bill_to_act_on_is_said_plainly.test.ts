/**
 * After the code (and PIN), a customer with no card the flow can act on was told "没有找到可以办理的项目" /
 * "There is nothing I can do for that right now": not why. Through the real server, on both channels:
 * a customer with no cards is told so; one whose cards are all in another state is told which state
 * the flow needs and what their cards are (no tails, so a kiosk may say it); one with no bills is told
 * there are none and where to add one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Channel } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

/** 王芳 has no cards and no bills; John Smith one active card (…2468). */
const WANG_FANG = { phone: '13800000003', pin: '975310' };
const JOHN = { phone: '13800000004', pin: '864200' };
const VAGUE = /没有找到可以办理的项目|nothing I can do/i;

describe.skipIf(!available)('no card or bill to act on', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each(['app', 'kiosk'] as const)(
    'zh-CN %s: a customer with no cards asks to freeze one',
    async (channel) => {
      const chat = await Chat.open(kit, channel, 'zh-CN');
      await chat.say('冻结我的卡');
      const reply = await chat.verify(WANG_FANG.phone);
      expect(reply.text).toContain('您名下没有银行卡');
      expect(reply.text).not.toMatch(VAGUE);
      chat.close();
    },
  );

  it.each([
    ['app', /None of your cards is frozen \(you have: 1 active\)/],
    ['kiosk', /None of your cards is frozen \(you have: 1 active\)/],
  ] as Array<[Channel, RegExp]>)(
    'en %s: unfreezing when no card is frozen says so',
    async (channel, said) => {
      const chat = await Chat.open(kit, channel, 'en');
      await chat.say('unfreeze my card');
      const reply = await chat.verify(JOHN.phone, JOHN.pin);
      expect(reply.text).toMatch(said);
      expect(reply.text).not.toMatch(VAGUE);
      expect(reply.speech ?? reply.text).not.toContain('2468');
      chat.close();
    },
  );

  it('en: a customer with no bills asks to pay one', async () => {
    const chat = await Chat.open(kit, 'app', 'en');
    await chat.say('pay my water bill');
    const reply = await chat.verify(WANG_FANG.phone, WANG_FANG.pin);
    expect(reply.text).toMatch(/no bills set up/);
    expect(reply.text).not.toMatch(VAGUE);
    chat.close();
  });
});
