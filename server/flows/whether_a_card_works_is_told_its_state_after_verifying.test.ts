/**
 * "我的卡还能用吗" / "is my card still working?" was only understood within the few minutes after a freeze
 * (card_just_frozen.ts); at any other time it got the credit-card repayment or application article. Now it
 * starts the card-state check: the customer is verified first (no card data before), then told each card's
 * state, with the unfreeze of a frozen card one tap away. The same words with another subject (a card unused
 * for years, a card abroad) keep their articles. The recogniser and the reply on their own, and through the
 * real server in both languages.
 */
import { describe, expect, it } from 'vitest';
import type { BankCard } from '../banking/core_banking.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from '../test/support/expect_article.ts';
import { asksAboutOwnCardState, cardStatesReply } from './card_state_question.ts';
import { useCardsInUseAfterEach } from './testing/cards_in_use_after_each.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

describe('asking whether one’s card works', () => {
  it.each([
    '我的卡还能用吗',
    '我卡还能正常用吗',
    '卡还能刷吗',
    '我的卡现在是什么状态',
    'is my card still working?',
    'can I still use my card?',
    "what's the status of my cards",
    'does my card still work',
  ])('"%s" asks it', (text) => expect(asksAboutOwnCardState(text)).toBe(true));

  it.each([
    '卡好久没用了还能用吗',
    '卡在国外能用吗',
    '冻结之后还能用支付宝吗',
    '我的卡被冻结了',
    'I lost my card, is it still working?',
    'is my card working abroad?',
    'can I use my credit card to pay bills',
    'check my balance',
  ])('"%s" asks something else', (text) => expect(asksAboutOwnCardState(text)).toBe(false));
});

const product = { 'zh-CN': '借记卡', en: 'Debit card' };
const CARDS: BankCard[] = [
  { id: 'a', customerId: 'c', accountId: 'x', tail: '1111', product, status: 'active' },
  { id: 'b', customerId: 'c', accountId: 'x', tail: '2222', product, status: 'frozen' },
  { id: 'c', customerId: 'c', accountId: 'x', tail: '3333', product, status: 'lost' },
];

describe('the cards’ states', () => {
  it.each([
    ['zh-CN', [/尾号1111的借记卡状态正常/, /尾号2222的借记卡已冻结/, /尾号3333的借记卡已挂失/]],
    [
      'en',
      [
        /debit card ending 1111 is active/,
        /debit card ending 2222 is frozen/,
        /ending 3333 is reported lost/,
      ],
    ],
  ] as const)('%s: each card said, a frozen one offered its unfreeze', (locale, lines) => {
    const reply = cardStatesReply(CARDS, locale);
    for (const line of lines) expect(reply.text).toMatch(line);
    expect(reply.quickReplies?.map((q) => q.text)).toEqual([
      locale === 'zh-CN' ? '解冻尾号2222的卡' : 'unfreeze the card ending 2222',
    ]);
    // On the lobby screen the tails are shown, never said.
    expect(reply.card?.sensitive).toBe(true);
    expect(reply.kioskText).not.toMatch(/\d/);
  });
});

const S = {
  'zh-CN': {
    customer: { id: 'c1001', card: 'k1', phone: '13800000001', pin: '135790' },
    asks: '我的卡还能用吗',
    active: /尾号1234的借记卡状态正常，可以使用/,
    frozen: /尾号1234的借记卡已冻结/,
    unfreeze: '解冻尾号1234的卡',
    dormant: '卡好久没用了还能用吗',
  },
  en: {
    customer: { id: 'c1004', card: 'k4', phone: '13800000004', pin: '864200' },
    asks: 'is my card still working?',
    active: /debit card ending 2468 is active and can be used/,
    frozen: /debit card ending 2468 is frozen/,
    unfreeze: 'unfreeze the card ending 2468',
    dormant: "I haven't used my card for years, can I still use it?",
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('through the server', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );
  useCardsInUseAfterEach(kit, [S['zh-CN'].customer, S.en.customer]);

  it.each(LOCALES)('%s: verified first, then the card is said to work', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    const asked = await chat.say(s.asks);
    // No card data before verification, and no article in its place.
    expect(asked.kind).toBe('flow');
    expect(asked.source ?? null).toBeNull();
    expect(asked.text).not.toMatch(/1234|2468/);
    const told = await chat.verify(s.customer.phone, s.customer.pin);
    expect(told.text).toMatch(s.active);
    chat.close();
  });

  it.each(LOCALES)('%s: a card frozen earlier is said to be frozen, its unfreeze offered', async (locale) => {
    const s = S[locale];
    await kit().feature.core.changeCard(s.customer.id, s.customer.card, 'freeze');
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.asks);
    const told = await chat.verify(s.customer.phone, s.customer.pin);
    expect(told.text).toMatch(s.frozen);
    expect(told.quickReplies.map((q) => q.text)).toContain(s.unfreeze);
    // Asked again once verified: told at once.
    const again = await chat.say(s.asks);
    expect(again.text).toMatch(s.frozen);
    chat.close();
  });

  it.each(LOCALES)('%s: a card unused for years keeps the dormancy article', async (locale) => {
    await expectArticle(kit(), locale, S[locale].dormant, 'account_dormancy');
  });
});
