/**
 * A shop's refund to the card awaited within the days the shop gave, asked whether that is normal
 * (delay_question.ts): a calm question, no frustration, though the model hears it in 还没. A refund awaited for weeks,
 * or asked "again", is still read as before.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("a shop's refund awaited within its promised days", () => {
  it.each(['网上退了一双鞋，客服说5到10个工作日退回原卡，今天第六天了还没，正常吗'])(
    '"%s" stays with the assistant',
    (text) => {
      expect(verdict(text)).toBeNull();
    },
  );

  it.each(['退款都一个多月了还没退回卡里，到底怎么回事！！'])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
