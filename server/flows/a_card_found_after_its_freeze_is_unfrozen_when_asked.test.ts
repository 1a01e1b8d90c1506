/**
 * After a card freeze went through, "其实找到了" / "我找到了" got "好的。请问还有什么可以帮您？" (not heard as the card
 * turning up), and "can i unfreeze it" said while the unfreeze of that card asked for the PIN got "Sorry, I
 * didn't catch that". Now both words of a find start the unfreeze of the card just frozen, and the unfreeze
 * asked for again while it runs is told it is under way, with the PIN asked again; the PIN given, the card is
 * active. The phrases on their own, and through the real server in both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { saysCardFound } from './card_found.ts';
import { useCardsInUseAfterEach } from './testing/cards_in_use_after_each.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

describe('a card found, said plainly', () => {
  it.each(['其实找到了', '我找到了', '哦我找到了', '其实卡找到了', 'i found it actually'])(
    '"%s" says the card was found',
    (text) => expect(saysCardFound(text)).toBe(true),
  );

  it.each(['我找到工作了', '我找不到了', '卡找到了还能用吗'])('"%s" does not', (text) =>
    expect(saysCardFound(text)).toBe(false),
  );
});

const S = {
  'zh-CN': {
    customer: { id: 'c1001', card: 'k1', phone: '13800000001', pin: '135790' },
    freeze: '帮我冻结银行卡',
    frozen: /尾号1234的借记卡已临时冻结/,
    found: '其实找到了',
    unfreezing: /找到了就好。尾号1234的借记卡刚才已冻结，我来帮您解冻/,
    again: '能解冻吗',
    underWay: /^好的，正在为您办理解冻银行卡。/,
    unfrozen: /尾号1234的借记卡已解冻/,
  },
  en: {
    customer: { id: 'c1004', card: 'k4', phone: '13800000004', pin: '864200' },
    freeze: 'freeze my card',
    frozen: /debit card ending 2468 is frozen for now/,
    found: 'i found it actually',
    unfreezing: /Glad it turned up\. The debit card ending 2468 was frozen just now; let's unfreeze it/,
    again: 'can i unfreeze it',
    underWay: /^Yes, that is what we are doing: unfreezing your card\./,
    unfrozen: /debit card ending 2468 is unfrozen/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a card found after its freeze', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );
  useCardsInUseAfterEach(
    kit,
    Object.values(S).map((s) => s.customer),
  );

  it.each(LOCALES)('%s: found, then asked to unfreeze, the card just frozen is unfrozen', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.freeze);
    expect((await chat.verify(s.customer.phone)).text).toMatch(s.frozen);

    const found = await chat.say(s.found);
    expect(found.text).toMatch(s.unfreezing);
    expect(found.card?.verify?.method).toBe('pin');

    const again = await chat.say(s.again);
    expect(again.text).toMatch(s.underWay);
    expect(again.text).not.toMatch(/没有听明白|didn't catch/);
    expect(again.card?.verify?.method).toBe('pin');

    const done = await chat.submit('pin', s.customer.pin);
    expect(done.reply?.text).toMatch(s.unfrozen);
    const cards = await kit().feature.core.listCards(s.customer.id);
    expect(cards.find((c) => c.id === s.customer.card)?.status).toBe('active');
    chat.close();
  });
});
