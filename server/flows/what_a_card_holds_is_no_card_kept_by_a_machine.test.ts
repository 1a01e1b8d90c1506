/**
 * Which messages say a cash machine kept the card (answered by the retained-card article, whatever flow or reply
 * the intent model would have chosen) and which only share "卡…不出来": what the card holds or what is done
 * with it ("卡里余额取不出来", "信用卡取现取不出来", "卡在ATM取不出钱": no cash came out), its number or a card
 * being issued ("卡号查不出来", "社保卡办不出来").
 */
import { describe, expect, it } from 'vitest';
import { saysMachineKeptCard } from './card_kept_by_machine.ts';

describe('a card a cash machine kept', () => {
  it.each([
    '卡吐不出来了',
    '卡拿不出来了',
    '卡取不出来了',
    '卡一直吐不出来',
    '我的卡退不出来了',
    '取款机卡吐不出来',
    '卡插进取款机出不来了',
    '卡卡在机器里了',
    '卡在取款机里出不来',
    '卡插在机器里拔不出来',
    "my card won't come out of the machine",
    "the atm keeps my card and won't give it back",
    "the machine won't give my card back",
  ])('"%s" says so', (text) => {
    expect(saysMachineKeptCard(text)).toBe(true);
  });

  it.each([
    '卡里余额取不出来',
    '卡里存款取不出来',
    '卡里的钱取不出来',
    '信用卡取现取不出来',
    '信用卡额度提不出来',
    '卡在ATM取不出钱',
    '卡号查不出来',
    '银行卡开不出来',
    '社保卡办不出来',
    '卡片寄不出来',
    '卡的流水打不出来',
    'my card is stuck on the login screen',
  ])('"%s" does not', (text) => {
    expect(saysMachineKeptCard(text)).toBe(false);
  });
});
