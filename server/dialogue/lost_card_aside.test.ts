/** Whether a message says the customer's card is lost, and the aside added to an article for it. */
import { describe, expect, it } from 'vitest';
import { lostCardAside, saysCardLost } from './lost_card_aside.ts';

describe('a card said to be lost', () => {
  it.each([
    '我卡丢了，补卡要多少钱',
    '银行卡不见了怎么补',
    '信用卡被偷了',
    'I lost my card',
    'my card was stolen',
    "can't find my card",
  ])('"%s" says so', (text) => {
    expect(saysCardLost(text)).toBe(true);
  });

  it.each([
    '补卡要多少钱',
    '卡找到了，补卡还要钱吗',
    'how much is a new card',
    'I found my card, never mind',
  ])('"%s" does not', (text) => {
    expect(saysCardLost(text)).toBe(false);
  });

  it('adds nothing to the lost-card article itself', () => {
    expect(lostCardAside('我卡丢了怎么办', 'lost_card_procedure', 'zh-CN')).toBeNull();
    expect(lostCardAside('我卡丢了，补卡要多少钱', 'card_replacement_fee', 'zh-CN')?.quickReply.text).toBe(
      '帮我挂失银行卡',
    );
  });
});
