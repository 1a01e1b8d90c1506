/**
 * The words of a scam message quoted inside a question whether such messages are real ("are those 'your parcel is
 * held, pay a fee' texts fake?") are the scam's text, not the customer's story (fraud/quoted_scam_message.ts, read by
 * fraud/scam_question.ts). The same quote beside a payment made or a caller pushing still gets the scam warning.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a scam message quoted in a question about such messages', () => {
  it.each([
    "Are those 'your parcel is held, pay 1.50 customs fee' texts fake? My friend got one, I told her to delete it.",
    "Are the 'your toll is unpaid, pay 3.40 now' texts a scam? My dad got one and I told him to delete it.",
    // Mandarin already read the quote as the message's own text; kept as a guard.
    '“您的快递需要补缴2.5元关税，点链接支付”这种短信是骗人的吗？我姐收到了，我叫她删了',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '收到“您的包裹滞留，请点链接补缴关税”的短信，我已经点了链接付了钱，这种是真的吗',
    "He said 'pay the release fee now or lose the parcel'. Is that fake?",
  ])('"%s" gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
