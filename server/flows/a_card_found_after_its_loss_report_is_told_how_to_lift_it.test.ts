/**
 * Right after a loss report went through, "i found it actually" got "Okay. What else can I help you with?" and
 * "其实找到了" the out-of-scope fallback; "can i unfreeze it" / "能解冻吗" then started the unfreeze flow, which
 * asked for the PIN and only then said that none of the cards was frozen (the card is reported lost, and no
 * unfreeze brings it back). Now both are told that card was reported lost and how the report is lifted (in
 * the app or at a branch), with no PIN asked and the card left as it is. Through the real server in both
 * languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const S = {
  'zh-CN': {
    customer: { id: 'c1001', card: 'k1', phone: '13800000001', pin: '135790' },
    lost: '我的卡丢了，帮我挂失',
    confirm: '确认',
    reported: /尾号1234的借记卡已挂失/,
    found: '其实找到了',
    unfreeze: '能解冻吗',
    lift: /尾号1234的借记卡刚才已挂失。挂失的卡不能通过解冻恢复.*App“卡片管理”中解除挂失/,
  },
  en: {
    customer: { id: 'c1004', card: 'k4', phone: '13800000004', pin: '864200' },
    lost: 'I lost my card, please block it',
    confirm: 'confirm',
    reported: /debit card ending 2468 is reported lost/,
    found: 'i found it actually',
    unfreeze: 'can i unfreeze it',
    lift: /debit card ending 2468 was reported lost just now\. A card reported lost is not unfrozen.*"Card Management"/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a card found after its loss report', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  it.each(LOCALES)('%s: found, then asked to unfreeze, is told how the report is lifted', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.lost);
    await chat.verify(s.customer.phone);
    expect((await chat.say(s.confirm)).text).toMatch(s.reported);

    const found = await chat.say(s.found);
    expect(found.text).toMatch(s.lift);
    expect(found.text).toMatch(/找到了就好|Glad it turned up/);
    expect(found.source?.id).toBe('lost_card_procedure');

    const unfreeze = await chat.say(s.unfreeze);
    expect(unfreeze.text).toMatch(s.lift);
    expect(unfreeze.card?.verify).toBeUndefined();
    const cards = await kit().feature.core.listCards(s.customer.id);
    expect(cards.find((c) => c.id === s.customer.card)?.status).toBe('lost');
    chat.close();
  });
});
