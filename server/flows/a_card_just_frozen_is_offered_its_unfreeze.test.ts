/**
 * After a card freeze went through, "找到了，不用冻结了" / "I found it, don't freeze it" started another freeze
 * ("None of your cards is active (you have: 2 frozen)"), and "我的卡现在还能用吗" / "is my card still working?"
 * got the credit-card application article. Now the card just frozen is unfrozen (the unfreeze flow, with the
 * PIN it needs; the PIN given, the card is active again), and the question is told that the card is frozen and
 * how to unfreeze it. The phrases on their own too, and through the real server in both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { asksIfCardWorks, undoesFreeze } from './card_just_frozen.ts';
import { useCardsInUseAfterEach } from './testing/cards_in_use_after_each.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

describe('the words after a freeze', () => {
  it.each([
    '找到了，不用冻结了',
    '卡找到了',
    '不用冻结了',
    '别冻了',
    '冻错了',
    "I found it, don't freeze it",
    'never mind, I found my card',
    "don't freeze it",
    'I did not mean to freeze it',
    'undo the freeze',
  ])('"%s" takes the freeze back', (text) => expect(undoesFreeze(text)).toBe(true));

  it.each(['帮我冻结另一张卡', '冻结信用卡', 'freeze my other card', 'thanks'])('"%s" does not', (text) =>
    expect(undoesFreeze(text)).toBe(false),
  );

  it.each([
    '我的卡现在还能用吗',
    '卡还能刷吗',
    '这张卡还可以用吗',
    'is my card still working?',
    'can I still use my card?',
  ])('"%s" asks whether the card works', (text) => expect(asksIfCardWorks(text)).toBe(true));
});

const S = {
  'zh-CN': {
    customer: { id: 'c1001', card: 'k1', phone: '13800000001', pin: '135790' },
    freeze: '帮我冻结银行卡',
    frozen: /尾号1234的借记卡已临时冻结/,
    undo: '找到了，不用冻结了',
    unfreezing: /尾号1234的借记卡刚才已冻结，我来帮您解冻/,
    works: '我的卡现在还能用吗',
    isFrozen: /尾号1234的借记卡目前已冻结.*解冻/,
    unfrozen: /尾号1234的借记卡已解冻/,
    wrong: /信用卡|没有状态为/,
  },
  en: {
    customer: { id: 'c1004', card: 'k4', phone: '13800000004', pin: '864200' },
    freeze: 'freeze my card',
    frozen: /debit card ending 2468 is frozen for now/,
    undo: "I found it, don't freeze it",
    unfreezing: /debit card ending 2468 was frozen just now; let's unfreeze it/,
    works: 'is my card still working?',
    isFrozen: /debit card ending 2468 is frozen at the moment.*unfreeze/,
    unfrozen: /debit card ending 2468 is unfrozen/,
    wrong: /credit card|None of your cards/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a card just frozen', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );
  // Each test starts with the customers' cards in use.
  useCardsInUseAfterEach(kit, [S['zh-CN'].customer, S.en.customer]);

  async function frozen(locale: Locale): Promise<Chat> {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.freeze);
    expect((await chat.verify(s.customer.phone)).text).toMatch(s.frozen);
    return chat;
  }

  it.each(LOCALES)('%s: "found it, don\'t freeze it" unfreezes the card just frozen', async (locale) => {
    const s = S[locale];
    const chat = await frozen(locale);
    const undo = await chat.say(s.undo);
    expect(undo.text).toMatch(s.unfreezing);
    expect(undo.text).not.toMatch(s.wrong);
    expect(undo.card?.verify?.method).toBe('pin');

    // Asked while the PIN is awaited: the card's state, and the PIN asked again.
    const works = await chat.say(s.works);
    expect(works.text).toMatch(s.isFrozen);
    expect(works.text).not.toMatch(s.wrong);
    expect(works.card?.verify?.method).toBe('pin');

    const done = await chat.submit('pin', s.customer.pin);
    expect(done.reply?.text).toMatch(s.unfrozen);
    const cards = await kit().feature.core.listCards(s.customer.id);
    expect(cards.find((c) => c.id === s.customer.card)?.status).toBe('active');
    chat.close();
  });

  it.each(LOCALES)('%s: "is my card still working?" after a freeze says it is frozen', async (locale) => {
    const s = S[locale];
    const chat = await frozen(locale);
    const works = await chat.say(s.works);
    expect(works.text).toMatch(s.isFrozen);
    expect(works.text).not.toMatch(s.wrong);
    expect(works.quickReplies.map((q) => q.text).join(' ')).toMatch(/解冻|unfreeze/);
    chat.close();
  });
});
