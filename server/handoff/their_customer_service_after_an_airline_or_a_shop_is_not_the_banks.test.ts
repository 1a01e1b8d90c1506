/**
 * "航空公司把我航班取消了还不给退，客服推来推去，太恶心了。用你们信用卡买的机票有没有啥行程保障能理赔？": the 客服 passing the
 * customer around is the airline's, named just before, not the bank's; the anger is off topic and the question
 * about the card's travel cover stays with the assistant. So in English with "their customer service". The bank's
 * own customer service ("你们客服推来推去", "your customer service") is still frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('their customer service after an airline or a shop', () => {
  it.each([
    '航空公司把我航班取消了还不给退，客服推来推去，太恶心了。用你们信用卡买的机票有没有啥行程保障能理赔？',
    '网上买的冰箱坏了商家不给换 客服推来推去 气死了 信用卡分期的能提前还吗',
    'the airline cancelled my flight and their customer service kept passing me around, so rude. does my credit card have travel insurance?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '航空公司把我航班取消了，你们客服推来推去，太恶心了',
    '网上买的冰箱坏了 你们银行客服也推来推去 气死了',
    'the airline cancelled my flight and then your customer service kept passing me around, so rude',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
