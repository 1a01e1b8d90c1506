/**
 * A customer names the card or account by four digits inside a sentence, without 尾号 or "ending":
 * "解冻6060", "冻结4321这张卡", "show me the last few transactions on the 6060 one". The digits were ignored:
 * after the code and PIN the flow asked "请问要解冻哪张卡？" again, or answered "Sorry, I didn't catch that".
 * Through the real server (trained models, real sockets and Redis): the card or account named is the one
 * used, on both channels; in a transfer four digits stay an amount.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Chat,
  transactionsServer,
  type TransactionsServer,
  cardField as field,
} from '../flows/testing/transactions_test_kit.ts';
import type { BankCard } from '../banking/core_banking.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

/** 李娜: I类 …4321 and I类 …6060; cards …4321 (active) and …6060 (frozen). */
const LI_NA = { id: 'c1002', phone: '13800000002', pin: '246802' };

describe.skipIf(!available)('card or account digits said in a sentence', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  const card = async (tail: string): Promise<BankCard> => {
    const found = (await kit.feature.core.listCards(LI_NA.id)).find((c) => c.tail === tail);
    if (!found) throw new Error(`no card ending ${tail}`);
    return found;
  };

  /** Both of Li Na's cards in one state, so the flow cannot pick the only one it may act on. */
  const setBoth = async (change: 'freeze' | 'unfreeze'): Promise<void> => {
    for (const tail of ['4321', '6060']) {
      const c = await card(tail);
      if ((change === 'freeze') === (c.status === 'active'))
        await kit.feature.core.changeCard(LI_NA.id, c.id, change);
    }
  };

  it.each(['app', 'kiosk'] as const)(
    'zh-CN %s "解冻6060" with both cards frozen unfreezes the card ending 6060',
    async (channel) => {
      await setBoth('freeze');
      const chat = await Chat.open(kit, channel, 'zh-CN');
      await chat.say('解冻6060');
      const done = await chat.verify(LI_NA.phone, LI_NA.pin);
      expect(done.card?.type).toBe('result');
      expect(field(done, '卡片')).toContain('6060');
      expect((await card('6060')).status).toBe('active');
      expect((await card('4321')).status).toBe('frozen');
      chat.close();
    },
  );

  it('en "freeze the 4321 card please" with both cards active freezes that card', async () => {
    await setBoth('unfreeze');
    const chat = await Chat.open(kit, 'app', 'en');
    await chat.say('freeze the 4321 card please');
    const done = await chat.verify(LI_NA.phone);
    expect(done.card?.type).toBe('result');
    expect(field(done, 'Card')).toContain('4321');
    expect((await card('4321')).status).toBe('frozen');
    expect((await card('6060')).status).toBe('active');
    chat.close();
  });

  it('en "show me the last few transactions on the 6060 one" while asked which account', async () => {
    const chat = await Chat.open(kit, 'app', 'en');
    await chat.say('recent transactions');
    const asked = await chat.verify(LI_NA.phone);
    expect(asked.quickReplies.map((q) => q.text)).toContain('ending 6060');
    const shown = await chat.say('show me the last few transactions on the 6060 one');
    expect(shown.text).not.toMatch(/didn't catch/i);
    expect(shown.card?.title).toContain('6060');
    chat.close();
  });

  it.each([
    ['zh-CN', '查下6060余额'],
    ['en', 'balance of 6060 please'],
  ] as const)('%s "%s" shows that account only', async (locale, text) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(text);
    const shown = await chat.verify(LI_NA.phone);
    expect(shown.card?.type).toBe('balance');
    expect(shown.card?.fields.map((f) => f.label).join()).toContain('6060');
    expect(shown.card?.fields.map((f) => f.label).join()).not.toContain('4321');
    chat.close();
  });

  it('zh-CN "给张伟转1000" keeps 1000 as the amount', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('给张伟转1000');
    const asked = await chat.verify(LI_NA.phone, LI_NA.pin);
    const confirm = asked.card?.type === 'confirm' ? asked : await chat.say('尾号4321');
    expect(field(confirm, '金额')).toBe('¥1,000.00');
    chat.close();
  });
});
